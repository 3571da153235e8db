package capsim.scenario;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every registry parameter resolves to an uncertainty with a basis; bad entries fail at load with the key. */
class UncertaintyRegistryTest {
    static final String HEAD = "parameters:\n  s:\n    a: {default: 0.5, range: [0, 1], unit: share, source: \"assumption\", doc: \"\"}\n"
            + "    b: {default: 2.0, range: [0, 10], unit: x, source: \"PSSRU 2024\", doc: \"\"}\n"
            + "    c: {default: true, unit: \"\", source: \"assumption\", doc: \"\"}\n";

    @Test
    void everyShippedParameterResolves() {
        for (ParamSpec p : ParamRegistry.get().specs().values()) {
            Uncertainty u = p.uncertainty();
            assertNotNull(u, p.key());
            assertTrue(u.basis() != null && !u.basis().isBlank(), p.key());
            if (p.type() == ParamSpec.Type.NUMBER) {
                assertNull(u.problem(p.min(), p.max()), p.key());
                double d = (Double) p.defaultValue();
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
