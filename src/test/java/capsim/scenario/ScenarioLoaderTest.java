package capsim.scenario;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ScenarioLoaderTest {
    static final Path DIR = Path.of("src/test/resources/scenarios");

    static Scenario load(String file) { return ScenarioLoader.load(DIR.resolve(file).toString()); }

    @Test
    void readsRunSettingsAndNestedParameters() {
        Scenario s = load("base.yaml");
        assertEquals("test-base", s.name());
        assertEquals("A small test base scenario", s.description());
        assertEquals(42, s.seed());
        assertEquals(2000, s.population());
        assertEquals(1, s.years());
        assertEquals(1, s.burnInYears());
        assertEquals("needs-led", s.params().str("eligibility.regime"));
        // every registry key is present, at its default unless set
        assertEquals(ParamRegistry.get().specs().keySet(), s.params().asMap().keySet());
    }

    @Test
    void extendsChainResolvesBaseFirstThenEachFile() {
        Scenario child = load("child.yaml");
        assertEquals("test-child", child.name());
        assertEquals("A small test base scenario", child.description(), "description inherited");
        assertEquals(42, child.seed());
        assertEquals(2, child.years(), "child overrides years");
        assertEquals("resource-led", child.params().str("eligibility.regime"));

        Scenario grand = load("grandchild.yaml");   // extends: child (no suffix), flat dotted key
        assertEquals(2, grand.years());
        assertEquals("needs-led", grand.params().str("eligibility.regime"));
        assertEquals("Overrides the child's regime again, flat", grand.description());
    }

    @Test
    void extendsAShippedScenarioByName() {
        Scenario shipped = ScenarioLoader.load("baseline-deficit");
        Scenario s = load("extends-shipped.yaml");
        assertEquals(shipped.seed(), s.seed());
        assertEquals(shipped.years(), s.years());
        assertEquals(2000, s.population());
        assertEquals(shipped.params(), s.params());
    }

    @Test
    void shippedScenariosLoadByNameAndByRepositoryPath() {
        assertTrue(ScenarioLoader.shippedNames().contains("baseline-deficit"), ScenarioLoader.shippedNames().toString());
        for (String n : ScenarioLoader.shippedNames()) {
            Scenario s = ScenarioLoader.load(n);
            assertEquals(n, s.name(), "a shipped scenario's name is its file name");
        }
        // the repository's files and the jar's copies are the same scenarios
        for (String n : ScenarioLoader.shippedNames())
            assertEquals(ScenarioLoader.load(n), ScenarioLoader.load("scenarios/" + n + ".yaml"), n);
    }

    @Test
    void setOverridesWinAndAreValidated() {
        Scenario s = ScenarioLoader.load(DIR.resolve("base.yaml").toString(),
                List.of("seed=7", "years=3", "burn_in_years=0", "population=3000", "eligibility.regime=resource-led"));
        assertEquals(7, s.seed());
        assertEquals(3, s.years());
        assertEquals(0, s.burnInYears());
        assertEquals(3000, s.population());
        assertEquals("resource-led", s.params().str("eligibility.regime"));

        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(DIR.resolve("base.yaml").toString(), List.of("eligibility.regime=sometimes")));
        assertEquals("--set", e.file());
        assertEquals("eligibility.regime", e.key());
        assertTrue(e.getMessage().startsWith("--set: eligibility.regime: expected one of needs-led, resource-led"), e.getMessage());

        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(DIR.resolve("base.yaml").toString(), List.of("eligibility.regim=x")));
        assertTrue(e.getMessage().contains("did you mean eligibility.regime?"), e.getMessage());
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(DIR.resolve("base.yaml").toString(), List.of("years")));
        assertTrue(e.getMessage().contains("expected key=value"), e.getMessage());
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(DIR.resolve("base.yaml").toString(), List.of("years=0")));
        assertTrue(e.getMessage().contains("--set: years: expected a whole number in [1, 100], got '0'"), e.getMessage());
    }

    /** Every malformed file: which line and key the error names, and what it says was expected. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bad-syntax.yaml      | bad-syntax.yaml:3      | burn_in_years  | invalid YAML",
            "unknown-key.yaml     | unknown-key.yaml:4     | eligibility.regim  | unknown key; did you mean eligibility.regime?",
            "unknown-top-key.yaml | unknown-top-key.yaml:2 | populaton      | unknown key; did you mean population?",
            "wrong-type.yaml      | wrong-type.yaml:3      | years          | expected a whole number in [1, 100], got 'ten'",
            "out-of-range.yaml    | out-of-range.yaml:2    | population     | expected a whole number in [100, 10000000], got '5' (out of range)",
            "bad-enum.yaml        | bad-enum.yaml:3        | eligibility.regime | expected one of needs-led, resource-led, got 'needs-lead' (did you mean needs-led?)",
            "missing-extends.yaml | missing-extends.yaml:2 | extends        | cannot find 'no-such-scenario'",
            "cycle-a.yaml         | cycle-b.yaml:2         | extends        | cyclic: ",
            "missing-name.yaml    | missing-name.yaml:1    | name           | missing required key",
            "duplicate-key.yaml   | duplicate-key.yaml:4   | eligibility.regime | set twice (first at line 3)",
            "section-scalar.yaml  | section-scalar.yaml:2  | eligibility    | is a section: expected a mapping of its parameters",
            "bad-in-base.yaml     | wrong-type.yaml:3      | years          | expected a whole number",
    })
    void malformedScenariosNameFileLineAndKey(String file, String where, String key, String expected) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(file));
        String msg = e.getMessage();
        assertTrue(msg.startsWith(DIR.resolve(where.substring(0, where.indexOf(':'))).toString() + where.substring(where.indexOf(':')) + ": " + key + ": "),
                "file:line: key: at the start of: " + msg);
        assertEquals(key, e.key());
        assertTrue(msg.contains(expected), msg);
        assertFalse(msg.contains("\n"), "one line: " + msg);
    }

    @Test
    void cycleIsSpelledOut() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load("cycle-a.yaml"));
        assertTrue(e.getMessage().contains("cycle-a.yaml -> " + DIR.resolve("cycle-b.yaml") + " -> " + DIR.resolve("cycle-a.yaml") + "; "),
                e.getMessage());
    }

    @Test
    void selfExtendIsACycle(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("me.yaml");
        Files.writeString(f, "name: me\nextends: me.yaml\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("cyclic: "), e.getMessage());
    }

    @Test
    void missingFileOrNameIsBadInput() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("no-such-thing"));
        assertTrue(e.getMessage().startsWith("no-such-thing: no such file, and no shipped scenario of that name (shipped: "), e.getMessage());
    }

    @Test
    void emptyFileAndNonMappingAreReported(@TempDir Path tmp) throws IOException {
        Path empty = tmp.resolve("empty.yaml");
        Files.writeString(empty, "# nothing\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(empty));
        assertEquals("name", e.key());
        Path list = tmp.resolve("list.yaml");
        Files.writeString(list, "- a\n- b\n");
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(list));
        assertTrue(e.getMessage().contains("expected a mapping"), e.getMessage());
        Path nullValue = tmp.resolve("null.yaml");
        Files.writeString(nullValue, "name: n\nyears:\n");
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(nullValue));
        assertTrue(e.getMessage().endsWith(":2: years: expected a whole number in [1, 100], got nothing"), e.getMessage());
        Path badName = tmp.resolve("badname.yaml");
        Files.writeString(badName, "name: ../escape\n");
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(badName));
        assertEquals("name", e.key());
    }

    @Test
    void numbersAcceptYamlSpellingsButNotOddities(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("n.yaml");
        Files.writeString(f, "name: n\npopulation: 2_000\nyears: 2.0\nseed: \"17\"\n");
        Scenario s = ScenarioLoader.load(f);
        assertEquals(2000, s.population());
        assertEquals(2, s.years());
        assertEquals(17, s.seed());
        Files.writeString(f, "name: n\nyears: 2.5\n");
        assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        Files.writeString(f, "name: n\nyears: 0x10\n");
        assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        Files.writeString(f, "name: n\nseed: 99999999999999999999999\n");
        assertTrue(assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f)).getMessage().contains("too large"));
    }

    @Test
    void checkValueNormalisesOrNamesTheOrigin() {
        assertEquals("resource-led", ScenarioLoader.checkValue("eligibility.regime", "resource-led", "sweep.yaml"));
        assertEquals(3000L, ScenarioLoader.checkValue("population", 3000, "sweep.yaml"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.checkValue("years", 0.5, "sweep.yaml"));
        assertEquals("sweep.yaml: years: expected a whole number in [1, 100], got '0.5'", e.getMessage());
    }

    @Test
    void byteOrderMarkIsIgnored(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("bom.yaml");
        Files.writeString(f, "\uFEFFname: bom\nyears: 3\n");
        assertEquals(3, ScenarioLoader.load(f).years());
    }

    /** Number and boolean parameters, whichever the registry declares (it grows with the model). */
    @Test
    void typedParametersAreCheckedAgainstTheRegistry(@TempDir Path tmp) throws IOException {
        Map<String, ParamSpec> specs = ParamRegistry.get().specs();
        ParamSpec num = specs.values().stream().filter(p -> p.type() == ParamSpec.Type.NUMBER && p.max() != null).findFirst().orElse(null);
        ParamSpec bool = specs.values().stream().filter(p -> p.type() == ParamSpec.Type.BOOLEAN).findFirst().orElse(null);
        Path f = tmp.resolve("t.yaml");
        if (num == null || bool == null) System.err.println("skipped: the parameter registry has no bounded number or no boolean yet");
        Assumptions.assumeTrue(num != null && bool != null, "the parameter registry has no bounded number or no boolean yet");

        Files.writeString(f, "name: t\n" + num.key() + ": " + num.max() + "\n" + bool.key() + ": " + !(Boolean) bool.defaultValue() + "\n");
        Scenario s = ScenarioLoader.load(f);
        assertEquals(num.max(), s.params().num(num.key()));
        assertEquals(!(Boolean) bool.defaultValue(), s.params().bool(bool.key()));

        Files.writeString(f, "name: t\n" + num.key() + ": " + (num.max() + 1) + "\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
        Files.writeString(f, "name: t\n" + num.key() + ": lots\n");
        assertTrue(assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f)).getMessage().contains("expected a number"));
        Files.writeString(f, "name: t\n" + bool.key() + ": maybe\n");
        assertTrue(assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f)).getMessage().contains("expected true or false"));
    }
}
