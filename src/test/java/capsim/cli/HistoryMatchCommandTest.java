package capsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code capsim calibrate --history-match}: a tiny real run, its files, determinism across threads, and bad input. */
class HistoryMatchCommandTest {
    /** The referral rate is ruled in near the value whose simulated referrals are the target. */
    static final String HM = CalibrateCommandTest.CAL.replace("max_evaluations: 24\n", "").replace("validation_replications: 3\n", "")
            .replace("population: 3000", "population: 5000").replace("replications: 2", "replications: 3"); // less noise than calibrate's test

    @Test
    void wavesWritePlausibleSetsNearTheTargetAndTheSameBytesAtAnyThreads(@TempDir Path tmp) throws IOException {
        double goal = CalibrateCommandTest.referrals(0.3);
        SweepCommandTest.write(tmp, "targets.yaml", CalibrateCommandTest.TARGETS.replace("{target: 518,", "{target: " + goal + ","));
        Path f = SweepCommandTest.write(tmp, "hm.yaml", HM);
        List<String> common = List.of("calibrate", "--history-match", f.toString(), "--waves", "2", "--points", "6", "--candidates", "400");
        CliRun a = CliRun.of(args(common, "--threads", "1", "--out", tmp.resolve("a").toString()));
        assertEquals(0, a.code(), a.err());
        CliRun b = CliRun.of(args(common, "--threads", "2", "--out", tmp.resolve("b").toString()));
        assertEquals(0, b.code(), b.err());
        for (String file : List.of("plausible.csv", "waves.csv", "runs.csv", "charts/ranges-by-wave.svg", "charts/runs-by-wave.png"))
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(file)), Files.readAllBytes(tmp.resolve("b").resolve(file)), file);
        List<String> plausible = Files.readAllLines(tmp.resolve("a/plausible.csv"));
        assertEquals("wave,point,agencies.csc.referral_rate,implausibility_max,implausibility_second,"
                + "implausibility_childrens_social_care.referrals_per_10k_children_per_year", plausible.get(0));
        assertTrue(plausible.size() > 1, "some referral rate matches its own simulated referrals");
        boolean nearGoal = false;
        for (String row : plausible.subList(1, plausible.size())) {
            double rate = Double.parseDouble(row.split(",")[2]), imp = Double.parseDouble(row.split(",")[3]);
            assertTrue(imp <= 3, row);
            nearGoal |= rate > 0.2 && rate < 0.4;
        }
        // 5,000 people and three replications are still noisy, so the plausible range is wide; it must hold the rate that made the target
        assertTrue(nearGoal, "a plausible rate near 0.3: " + plausible);
        List<String> waves = Files.readAllLines(tmp.resolve("a/waves.csv"));
        assertEquals(4, waves.size(), "a header, two waves and the final space");
        double kept = Double.parseDouble(waves.get(3).split(",")[5]);
        assertTrue(kept > 0 && kept < 1, "part of the range is ruled out: " + waves);
        assertTrue(a.out().contains("not ruled out"), a.out());
        // a plausible.csv is what compare --plausible reads
        assertEquals(0, Cli.run("compare", "baseline-deficit", "strengths-based", "--population", "1000", "--years", "1", "--set",
                "burn_in_years=1", "--draws", "4", "--plausible", tmp.resolve("a/plausible.csv").toString(),
                "--out", tmp.resolve("c").toString()).code());
        assertTrue(Files.readString(tmp.resolve("c/draws.csv")).lines().findFirst().orElseThrow().endsWith(",agencies.csc.referral_rate"));
    }

    @Test
    void badInputIsOneLineExitTwo(@TempDir Path tmp) throws IOException {
        Path f = SweepCommandTest.write(tmp, "hm.yaml", HM);
        SweepCommandTest.write(tmp, "targets.yaml", CalibrateCommandTest.TARGETS);
        BadInputTest.assertOneLineError(Cli.run("calibrate", "--history-match", f.toString(), "--cutoff", "0",
                "--out", tmp.resolve("o").toString()), "--cutoff");
        BadInputTest.assertOneLineError(Cli.run("calibrate", "--history-match", f.toString(), "--points", "2",
                "--out", tmp.resolve("o").toString()), "--points");
        Path settings = SweepCommandTest.write(tmp, "s.yaml", HM.replace("agencies.csc.referral_rate: {range: [0.02, 0.5]}", "population: {range: [500, 1000]}"));
        BadInputTest.assertOneLineError(Cli.run("calibrate", "--history-match", settings.toString(), "--out", tmp.resolve("o").toString()),
                "population", "numeric range");
        assertTrue(Files.notExists(tmp.resolve("o")));
    }

    private static String[] args(List<String> common, String... more) {
        List<String> all = new java.util.ArrayList<>(common);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
