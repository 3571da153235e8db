package capsim.evidence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The verdict rules, case by case: an empty end is open, a value on an end is inside, NaN never passes. */
class VerdictsTest {
    @ParameterizedTest(name = "{0} [{1}, {2}] simulated {3} -> {4}")
    @CsvSource({
            // kind, low, high, simulated, verdict
            "trial, -13.6, -3.7, -8.6, within",
            "trial, -13.6, -3.7, -13.6, within",
            "trial, -13.6, -3.7, -3.7, within",
            "trial, -13.6, -3.7, -3.6, outside",
            "trial, -13.6, -3.7, -14.9, outside",
            "trial, -5, 5, 0, within",
            "trial, -5, 5, NaN, outside",
            "held_out, 10, NaN, 11.3, within",
            "held_out, 10, NaN, 9.99, outside",
            "held_out, 4.7, 7.1, 149, outside",
            "bound, -0.49, NaN, 0.02, bound_respected",
            "bound, -0.49, NaN, -0.49, bound_respected",
            "bound, -0.49, NaN, -0.5, bound_broken",
            "bound, NaN, 0, -0.51, bound_respected",
            "bound, NaN, 0, 0.01, bound_broken",
            "bound, NaN, 0, NaN, bound_broken",
    })
    void verdict(String kind, double low, double high, double simulated, String verdict) {
        assertEquals(verdict, Verdicts.of(Verdicts.Kind.of(kind), low, high, simulated).code);
    }
}
