package capsim.scenario;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every registry parameter resolves to an uncertainty with a basis; bad entries fail at load with the key. */
class UncertaintyRegistryTest {
    static final String HEAD = "parameters:\n  s:\n    a: {default: 0.5, range: [0, 1], unit: share, source: \"assumption\", label: \"a plain name\", doc: \"\"}\n"
            + "    b: {default: 2.0, range: [0, 10], unit: x, source: \"PSSRU 2024\", label: \"a plain name\", doc: \"\"}\n"
            + "    c: {default: true, unit: \"\", source: \"assumption\", label: \"a plain name\", doc: \"\"}\n";

    @Test
    void everyShippedParameterResolves() {
        for (ParamSpec p : ParamRegistry.get().specs().values()) {
            Uncertainty u = p.uncertainty();
            assertNotNull(u, p.key());
            assertTrue(u.basis() != null && !u.basis().isBlank(), p.key());
            if (p.type() == ParamSpec.Type.NUMBER || p.type() == ParamSpec.Type.INTEGER) {
                assertNull(u.problem(p.min(), p.max()), p.key());
                double d = ((Number) p.defaultValue()).doubleValue();
                assertTrue(u.low() <= d && d <= u.high(), p.key() + ": the default lies in its range");
            }
        }
        assertEquals(Uncertainty.Dist.TRIANGULAR, ParamRegistry.get().spec("sba.fidelity").uncertainty().dist());
        assertTrue(ParamRegistry.get().spec("sba.trained_share").uncertainty().isFixed());
    }

    @Test
    void rulesFollowTheSource() {
        ParamRegistry r = ParamRegistry.parse(HEAD);
        Uncertainty a = r.spec("s.a").uncertainty(), b = r.spec("s.b").uncertainty();
        assertEquals(0.25, a.low(), 1e-12);
        assertEquals(0.75, a.high(), 1e-12);
        assertTrue(a.basis().startsWith("rule: an assumption"));
        assertEquals(1.8, b.low(), 1e-12);
        assertEquals(2.2, b.high(), 1e-12);
        assertTrue(r.spec("s.c").uncertainty().isFixed());
        ParamRegistry explicit = ParamRegistry.parse(HEAD + "uncertainty:\n  s.a: {dist: beta, low: 0.1, high: 0.9, basis: \"trials\"}\n");
        Uncertainty e = explicit.spec("s.a").uncertainty();
        assertEquals(Uncertainty.Dist.BETA, e.dist());
        assertEquals(0.5, e.mode(), 1e-12, "mode defaults to the default");
        assertEquals("trials", e.basis());
    }

    @Test
    void wholeNumbersFollowTheRuleOfTheirSourceUnlessTheyAreCounts() {
        ParamRegistry r = ParamRegistry.parse("parameters:\n  s:\n"
                + "    weeks: {default: 8, range: [1, 52], unit: weeks, source: \"assumption\", label: \"a plain name\", doc: \"\"}\n"
                + "    size: {default: 1500, range: [200, 20000], unit: people, source: \"ONS\", label: \"a plain name\", doc: \"\"}\n"
                + "    tight: {default: 5, range: [0, 52], unit: weeks, source: \"a trial\", label: \"a plain name\", doc: \"\"}\n"
                + "    zero: {default: 0, range: [0, 52], unit: weeks, source: \"assumption\", label: \"a plain name\", doc: \"\"}\n"
                + "    lever: {default: 2, range: [0, 50], unit: years, source: \"scenario\", label: \"a plain name\", doc: \"\"}\n"
                + "    wide: {default: 8, range: [1, 52], unit: weeks, source: \"assumption\", label: \"a plain name\", doc: \"\"}\n"
                + "  demography:\n    spin_up_years: {default: 80, range: [0, 300], unit: years, source: \"assumption\", label: \"a plain name\", doc: \"\"}\n"
                + "  costs:\n    x_year: {default: 2016, range: [2000, 2040], unit: year, source: \"PSSRU\", label: \"a plain name\", doc: \"\"}\n"
                + "  trial:\n    weeks: {default: 52, range: [1, 520], unit: weeks, source: \"assumption\", label: \"a plain name\", doc: \"\"}\n"
                + "uncertainty:\n  s.wide: {dist: uniform, low: 2, high: 20, basis: \"trials\"}\n"
                + "  demography.spin_up_years: {dist: uniform, low: 60, high: 120, basis: \"asked for\"}\n");
        Uncertainty weeks = r.spec("s.weeks").uncertainty(), size = r.spec("s.size").uncertainty();
        assertEquals(Uncertainty.Dist.TRIANGULAR, weeks.dist());
        assertEquals(4, weeks.low(), 1e-12);
        assertEquals(12, weeks.high(), 1e-12);
        assertTrue(weeks.basis().startsWith("rule: an assumption") && weeks.basis().contains("nearest whole number"), weeks.basis());
        assertEquals(1350, size.low(), 1e-9);
        assertEquals(1650, size.high(), 1e-9);
        // +-10% of 5 is 4.5 to 5.5: no other whole number, so fixed, saying why
        assertTrue(r.spec("s.tight").uncertainty().isFixed());
        assertTrue(r.spec("s.tight").uncertainty().basis().contains("rounds to the default"));
        assertTrue(r.spec("s.zero").uncertainty().isFixed());
        assertTrue(r.spec("s.lever").uncertainty().isFixed());
        for (String k : java.util.List.of("costs.x_year", "trial.weeks")) {
            assertTrue(r.spec(k).uncertainty().isFixed(), k);
            assertTrue(r.spec(k).uncertainty().basis().contains("not a claim about the world"), k);
        }
        // an explicit entry keeps working for a whole number, a count included
        assertEquals(Uncertainty.Dist.UNIFORM, r.spec("s.wide").uncertainty().dist());
        assertEquals(20, r.spec("s.wide").uncertainty().high(), 1e-12);
        assertEquals(Uncertainty.Dist.UNIFORM, r.spec("demography.spin_up_years").uncertainty().dist());
        assertEquals(60, r.spec("demography.spin_up_years").uncertainty().low(), 1e-12);
    }

    @Test
    void badEntriesFailWithTheKey() {
        assertMessage(HEAD + "uncertainty:\n  s.zz: {dist: uniform, low: 0, high: 1, basis: x}\n", "uncertainty.s.zz", "a parameter declared");
        assertMessage(HEAD + "uncertainty:\n  s.a: {dist: gamma, low: 0, high: 1, basis: x}\n", "uncertainty.s.a.dist", "one of fixed, uniform");
        assertMessage(HEAD + "uncertainty:\n  s.a: {dist: uniform, low: 0.6, high: 1, basis: x}\n", "uncertainty.s.a", "low <= mode <= high");
        assertMessage(HEAD + "uncertainty:\n  s.a: {dist: uniform, low: 0, high: 2, basis: x}\n", "uncertainty.s.a", "inside the valid range [0, 1]");
        assertMessage(HEAD + "uncertainty:\n  s.a: {dist: uniform, low: 0, high: 1}\n", "uncertainty.s.a", "a basis");
        assertMessage(HEAD + "uncertainty:\n  s.a: {dist: lognormal, low: 0, high: 1, basis: x}\n", "uncertainty.s.a", "low > 0");
        assertMessage(HEAD + "uncertainty:\n  s.c: {dist: uniform, low: 0, high: 1, basis: x}\n", "uncertainty.s.c.dist", "fixed for a boolean");
        assertMessage(HEAD + "uncertainty:\n  s.a: {dist: uniform, low: 0, high: 1, basis: x, spread: 2}\n", "uncertainty.s.a.spread", "one of dist");
    }

    private static void assertMessage(String yaml, String... parts) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParamRegistry.parse(yaml));
        for (String p : parts) assertTrue(e.getMessage().contains(p), e.getMessage() + " lacks " + p);
    }
}
