package capsim.scenario;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parameter spec with a field the registry does not read is refused, naming the key and the field
 * (issue 18); so is one without a plain-English label (issue 22).
 */
class ParamSpecFieldsTest {
    @Test
    void unknownFieldIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParamRegistry.parse(
                "parameters:\n  s:\n    a: {default: 0.5, range: [0, 1], unit: share, source: \"assumption\", doc: \"\", lable: x}\n"));
        assertTrue(e.getMessage().contains("s.a.lable"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown field 'lable'"), e.getMessage());
    }

    @Test
    void unitCutAtACommaIsRefused() {
        // unquoted, a flow map cuts the unit at the comma and leaves the key "000 people"
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParamRegistry.parse(
                "parameters:\n  s:\n    a: {default: 6.0, range: [0, 100], unit: FTE per 10,000 people, source: \"assumption\", doc: \"\"}\n"));
        assertTrue(e.getMessage().contains("s.a.000 people"), e.getMessage());
    }

    @Test
    void everyKnownFieldIsAccepted() {
        ParamRegistry r = ParamRegistry.parse("parameters:\n  s:\n"
                + "    a: {default: 6.0, type: number, range: [0, 100], unit: \"FTE per 10,000 people\", source: \"assumption\", label: \"social workers\", doc: \"d\","
                + " uncertainty: {dist: uniform, low: 1, high: 9, basis: \"b\"}}\n"
                + "    b: {default: x, values: [x, y], unit: \"\", source: \"scenario\", label: \" way of working \", doc: \"\"}\n");
        assertEquals("FTE per 10,000 people", r.spec("s.a").unit());
        assertEquals("social workers", r.spec("s.a").label());
        assertEquals("way of working", r.spec("s.b").label());
    }

    @Test
    void specWithoutALabelIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParamRegistry.parse(
                "parameters:\n  s:\n    a: {default: 0.5, range: [0, 1], unit: share, source: \"assumption\", doc: \"Share trained\"}\n"));
        assertTrue(e.getMessage().contains("s.a.label: expected a plain name"), e.getMessage());
        assertTrue(e.getMessage().startsWith("/capsim/parameters.yaml: "), e.getMessage());
    }

    @Test
    void blankOrNonTextLabelIsRefused() {
        for (String label : new String[]{"\"  \"", "\"\"", "3", "[a, b]"}) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParamRegistry.parse(
                    "parameters:\n  s:\n    a: {default: 0.5, range: [0, 1], unit: share, source: \"assumption\", label: " + label + ", doc: \"\"}\n"), label);
            assertTrue(e.getMessage().contains("s.a.label"), e.getMessage());
        }
    }

    @Test
    void faultNamesTheFileItIsIn() {
        String ok = "parameters:\n  s:\n    a: {default: 1.0, unit: x, source: \"assumption\", label: \"a thing\", doc: \"\"}\n";
        String unlabelled = "parameters:\n  t:\n    b: {default: 1.0, unit: x, source: \"assumption\", doc: \"\"}\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ParamRegistry.parse(ParamRegistry.RESOURCES, java.util.List.of(ok, unlabelled)));
        assertTrue(e.getMessage().startsWith("/capsim/parameters-families.yaml: t.b.label: "), e.getMessage());
    }

    @Test
    void shippedUnitsAreWhole() {
        assertEquals("FTE per 10,000 people", ParamRegistry.get().spec("agencies.csc.practitioners_per_10k").unit());
        assertEquals("GBP per year per 50,000 people", ParamRegistry.get().spec("investment.community_per_year").unit());
    }
}
