package capsim.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code capsim params} shows a unit with a comma in full (issue 18: it was cut at the comma). */
class ParamsUnitTest {
    @Test
    void unitsWithACommaAreShownInFull() {
        Cli.Result r = Cli.run("params", "baseline-deficit");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("FTE per 10,000 people"), r.out());
        assertTrue(r.out().contains("per 10,000"), r.out());
    }
}
