package capsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code capsim evidence} end to end at a small size: the files, determinism across threads, bad input. */
class EvidenceCommandTest {
    @TempDir Path tmp;

    /** A small run: 3,000 people, 2 years of burn-in, 2 replications. */
    private Cli.Result small(Path out, String threads) {
        return Cli.run("evidence", "--population", "3000", "--replications", "2", "--set", "burn_in_years=2",
                "--threads", threads, "--out", out.toString());
    }

    @Test
    void sameTableAtOneAndTwoThreads() throws IOException {
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        Cli.Result ra = small(a, "1"), rb = small(b, "2");
        assertTrue(ra.code() == 0 || ra.code() == EvidenceCommand.DISAGREES, ra.toString());
        assertEquals(ra.code(), rb.code());
        for (String f : List.of("evidence.csv", "evidence.md", "counts.csv"))
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " differs between 1 and 2 threads");
        List<String> csv = Files.readAllLines(a.resolve("evidence.csv"));
        assertEquals("study,estimand,observed,observed_low,observed_high,simulated,simulated_low,simulated_high,kind,verdict", csv.get(0));
        assertEquals(17, csv.size(), "a header and sixteen rows");
        assertTrue(csv.stream().anyMatch(l -> l.endsWith(",held_out,within") || l.endsWith(",held_out,outside")), "held-out rows reported");
        String md = Files.readString(a.resolve("evidence.md"));
        assertTrue(md.contains("## Held out"), md);
        // the trial counters were really counted: both arms of the family group conference trial enrolled children
        String counts = Files.readString(a.resolve("counts.csv"));
        assertTrue(counts.contains("family-group-conference/fgc.treated.enrolled") && counts.contains("family-group-conference/fgc.control.enrolled"));
    }

    @Test
    void badBaseIsOneLineAndWritesNothing() {
        Path out = tmp.resolve("o");
        Cli.Result r = Cli.run("evidence", "--base", "no-such-scenario", "--out", out.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("no-such-scenario") && r.err().lines().count() == 1, r.err());
        assertFalse(Files.exists(out));
        r = Cli.run("evidence", "--replications", "1", "--out", out.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--replications"), r.err());
        r = Cli.run("evidence", "--set", "trial.design=sometimes", "--out", out.toString());
        assertEquals(2, r.code(), r.toString());
        assertFalse(Files.exists(out));
    }
}
