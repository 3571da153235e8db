package capsim.cli;

import capsim.output.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a new user meets at the command line: a near miss named, a --set that changes nothing said so, fair pairs listed, a sane first estimate. */
class NewUserTest {
    @TempDir Path tmp;

    @Test
    void aMisspeltScenarioGetsADidYouMean() {
        Cli.Result r = Cli.run("run", "strenghts-based", "--years", "1");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("did you mean strengths-based?"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace");
    }

    @Test
    void aSetThatNothingReadsIsAWarningNotAnError() {
        String[] common = {"--years", "1", "--population", "500", "--set", "burn_in_years=0", "--set", "sba.fidelity=0.5", "--threads", "1"};
        Cli.Result deficit = Cli.run(concat(new String[]{"run", "baseline-deficit", "--replications", "1", "--out", tmp.resolve("a").toString()}, common));
        assertEquals(0, deficit.code(), deficit.toString());
        assertTrue(deficit.err().contains("warning: --set sba.fidelity: nothing reads it (baseline-deficit: no agency is on the strengths-based pathway)"),
                deficit.err());
        Cli.Result sba = Cli.run(concat(new String[]{"run", "strengths-based", "--replications", "1", "--out", tmp.resolve("b").toString()}, common));
        assertEquals(0, sba.code(), sba.toString());
        assertFalse(sba.err().contains("warning"), "the strengths-based pathway reads it: " + sba.err());
    }

    @Test
    void listShowsTheFairPairs() {
        Cli.Result r = Cli.run("list");
        assertEquals(0, r.code(), r.toString());
        String flat = r.out().replaceAll("\\s+", " ");
        assertTrue(flat.contains("[Fair pair: capsim compare low-community-capacity-deficit low-community-capacity]"), flat);
        assertTrue(flat.contains("[Fair pair: capsim compare baseline-deficit strengths-based]"), flat);
        assertTrue(flat.contains("[The fair baseline for: community-led-support, family-group-conferencing, sba-as-cuts, strengths-based,"), flat);
    }

    @Test
    void theFirstEstimateWaitsForEnoughWork() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (Progress p = Progress.to(new PrintStream(b, true, StandardCharsets.UTF_8), "compare", 1_000_000)) {
            p.accept(1);  // the first week of a long job: far too little to estimate from
        }
        String shown = b.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("eta ...") && !shown.matches("(?s).*eta \\d+m.*"), shown);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
