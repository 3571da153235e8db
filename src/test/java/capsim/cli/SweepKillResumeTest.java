package capsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A sweep killed with SIGKILL (destroyForcibly) part-way, twice, then started again with the
 * same arguments, ends with the same runs.csv as an uninterrupted sweep, byte for byte.
 */
class SweepKillResumeTest {
    static final String SWEEP = """
            name: killme
            base: defaults
            population: 1000
            years: 1
            burn_in_years: 0
            seed: 17
            parameters:
              population: {range: [1000, 2000]}
              eligibility.regime: {values: [needs-led, resource-led]}
            design: sobol
            points: 30
            replications: 2
            outputs:
              total_cost: sum
              children_looked_after: final
              adults_long_term_support: per_year
            """;

    @Test
    void killedTwiceThenResumedGivesTheUninterruptedBytes(@TempDir Path tmp) throws Exception {
        Path f = SweepCommandTest.write(tmp, "k.yaml", SWEEP);
        Path reference = tmp.resolve("reference"), killed = tmp.resolve("killed");
        CliRun ref = CliRun.of("sweep", f.toString(), "--out", reference.toString(), "--threads", "2");
        assertEquals(0, ref.code(), ref.err());
        String expected = SweepCommandTest.runs(reference);
        long total = expected.lines().count() - 1;

        long[] killedAt = new long[2];
        for (int attempt = 0; attempt < 2; attempt++) {
            Process p = child(f, killed, attempt == 0 ? "1" : "2");
            long before = rows(killed);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            // wait for at least two new rows, then kill without warning
            while (rows(killed) < before + 2 && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(2);
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            killedAt[attempt] = rows(killed);
        }
        assertTrue(killedAt[1] < total, "the second kill came before the end (" + killedAt[1] + " of " + total + " rows)");
        assertTrue(killedAt[0] >= 2, "the first attempt wrote rows before it was killed");

        Process last = child(f, killed, "2");
        assertTrue(last.waitFor(300, TimeUnit.SECONDS), "resumed sweep finishes");
        String err = new String(last.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, last.exitValue(), err);
        String out = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(out.contains("resumed after"), out);
        assertEquals(expected, SweepCommandTest.runs(killed));
    }

    private static Process child(Path sweep, Path out, String threads) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "capsim.cli.Main",
                "sweep", sweep.toString(), "--out", out.toString(), "--threads", threads));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectOutput(ProcessBuilder.Redirect.PIPE);
        pb.redirectError(ProcessBuilder.Redirect.PIPE);
        return pb.start();
    }

    /** Complete data rows in runs.csv now (a torn line does not count). */
    private static long rows(Path dir) throws IOException {
        Path f = dir.resolve("runs.csv");
        if (!Files.exists(f)) return 0;
        byte[] b = Files.readAllBytes(f);
        long n = 0;
        for (byte x : b) if (x == '\n') n++;
        return Math.max(0, n - 1);
    }

}
