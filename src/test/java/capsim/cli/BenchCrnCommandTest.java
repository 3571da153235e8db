package capsim.cli;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Common random numbers must survive the two arms' populations drifting apart: with every draw
 * keyed by stream, time and person (newcomers and babies included), pairing the strengths-based
 * arm with the baseline cuts the variance of the estimated total-cost difference several times.
 */
class BenchCrnCommandTest {
    @Test
    void pairingCutsTheVarianceOfTheTotalCostDifferenceAtLeastFourTimes() {
        Cli.Result r = Cli.run("bench-crn", "baseline-deficit", "strengths-based", "--population", "6000",
                "--years", "3", "--replications", "16", "--threads", "2");
        assertEquals(0, r.code(), r::toString);
        Matcher m = Pattern.compile("total cost difference: .*: ([0-9.]+) times smaller").matcher(r.out());
        assertTrue(m.find(), r::toString);
        double ratio = Double.parseDouble(m.group(1));
        assertTrue(ratio >= 4, "variance ratio unpaired/paired " + ratio + "\n" + r);
    }
}
