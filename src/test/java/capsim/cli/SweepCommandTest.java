package capsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SweepCommandTest {
    static final String SWEEP = """
            name: small
            base: defaults
            population: 1000
            years: 1
            burn_in_years: 0
            seed: 5
            parameters:
              eligibility.regime: {values: [needs-led, resource-led]}
              population: {range: [800, 1500]}
            design: lhs
            points: 5
            replications: 2
            outputs:
              total_cost: [sum, per_year]
              children_looked_after: final
              childrens_social_care.referrals_per_10k_children_per_year: mean
            """;

    static Path write(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    static String runs(Path dir) throws IOException { return Files.readString(dir.resolve("runs.csv"), StandardCharsets.UTF_8); }

    @Test
    void runsCsvHasOneRowPerRunInOrderAndIsTheSameWhateverTheThreadCount(@TempDir Path tmp) throws IOException {
        Path f = write(tmp, "s.yaml", SWEEP);
        CliRun one = CliRun.of("sweep", f.toString(), "--out", tmp.resolve("t1").toString(), "--threads", "1");
        assertEquals(0, one.code(), one.err());
        CliRun three = CliRun.of("sweep", f.toString(), "--out", tmp.resolve("t3").toString(), "--threads", "3");
        assertEquals(0, three.code(), three.err());
        String a = runs(tmp.resolve("t1"));
        assertEquals(a, runs(tmp.resolve("t3")));
        List<String> lines = a.lines().toList();
        assertEquals("point,replication,seed,eligibility.regime,population,total_cost_sum,total_cost_y1,"
                + "children_looked_after_final,childrens_social_care.referrals_per_10k_children_per_year_mean", lines.get(0));
        assertEquals(11, lines.size());
        for (int run = 0; run < 10; run++) assertTrue(lines.get(run + 1).startsWith((run / 2) + "," + (run % 2) + ","), lines.get(run + 1));
        // replications of a point differ in seed; the seed column is what reproduces the run
        assertNotEquals(lines.get(1).split(",")[2], lines.get(2).split(",")[2]);

        // points.csv: per point, the mean over replications and its interval
        String points = Files.readString(tmp.resolve("t1/points.csv"));
        assertEquals(points, Files.readString(tmp.resolve("t3/points.csv")));
        List<String> p = points.lines().toList();
        assertEquals(6, p.size());
        assertTrue(p.get(0).startsWith("point,eligibility.regime,population,replications,total_cost_sum_mean,total_cost_sum_ci95_low,"), p.get(0));
        String[] p0 = p.get(1).split(","), r0 = lines.get(1).split(","), r1 = lines.get(2).split(",");
        assertEquals("2", p0[3]);
        assertEquals(r0[3], p0[1]);
        double mean = (Double.parseDouble(r0[5]) + Double.parseDouble(r1[5])) / 2;
        assertEquals(mean, Double.parseDouble(p0[4]), 1e-9 * Math.abs(mean));
        assertTrue(Double.parseDouble(p0[5]) <= mean && mean <= Double.parseDouble(p0[6]));
    }

    @Test
    void rerunningACompleteSweepRunsNothingAndChangesNothing(@TempDir Path tmp) throws IOException {
        Path f = write(tmp, "s.yaml", SWEEP);
        Path out = tmp.resolve("o");
        assertEquals(0, CliRun.of("sweep", f.toString(), "--out", out.toString()).code());
        String before = runs(out);
        CliRun again = CliRun.of("sweep", f.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("already complete"), again.out());
        assertEquals(before, runs(out));
    }

    @Test
    void aTornLastLineIsCutAndTheSweepResumesToTheSameBytes(@TempDir Path tmp) throws IOException {
        Path f = write(tmp, "s.yaml", SWEEP);
        Path full = tmp.resolve("full"), cut = tmp.resolve("cut");
        assertEquals(0, CliRun.of("sweep", f.toString(), "--out", full.toString()).code());
        String expected = runs(full);
        Files.createDirectories(cut);
        Files.copy(full.resolve("sweep.id"), cut.resolve("sweep.id"));
        // as if killed while writing row 4: three whole rows and half of the fourth
        List<String> lines = expected.lines().toList();
        String partial = String.join("\n", lines.subList(0, 4)) + "\n" + lines.get(4).substring(0, 7);
        Files.writeString(cut.resolve("runs.csv"), partial, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("sweep", f.toString(), "--out", cut.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("resumed after 3 runs, ran 7"), r.out());
        assertEquals(expected, runs(cut));
    }

    @Test
    void shardsMergeIntoTheUnshardedFileByteForByte(@TempDir Path tmp) throws IOException {
        Path f = write(tmp, "s.yaml", SWEEP);
        assertEquals(0, CliRun.of("sweep", f.toString(), "--out", tmp.resolve("all").toString()).code());
        for (int i = 0; i < 3; i++)
            assertEquals(0, CliRun.of("sweep", f.toString(), "--out", tmp.resolve("s" + i).toString(), "--shard", i + "/3").code());
        assertEquals(4, runs(tmp.resolve("s1")).lines().count(), "shard 1 of 3 holds runs 1, 4, 7");
        CliRun m = CliRun.of("sweep-merge", "--out", tmp.resolve("merged").toString(),
                tmp.resolve("s2").toString(), tmp.resolve("s0").toString(), tmp.resolve("s1").toString());
        assertEquals(0, m.code(), m.err());
        assertEquals(runs(tmp.resolve("all")), runs(tmp.resolve("merged")));
        assertEquals(Files.readString(tmp.resolve("all/points.csv")), Files.readString(tmp.resolve("merged/points.csv")));
        assertFalse(Files.exists(tmp.resolve("s0/points.csv")), "a shard alone has no point summary");
        // the merged folder is a complete sweep output: the sweep recognises it
        CliRun again = CliRun.of("sweep", f.toString(), "--out", tmp.resolve("merged").toString());
        assertTrue(again.out().contains("already complete"), again.out() + again.err());

        CliRun missing = CliRun.of("sweep-merge", "--out", tmp.resolve("m2").toString(), tmp.resolve("s0").toString(), tmp.resolve("s1").toString());
        assertEquals(2, missing.code());
        assertFalse(Files.exists(tmp.resolve("m2")));
    }

    @Test
    void aDifferentSweepCannotResumeIntoAnotherSweepsFolder(@TempDir Path tmp) throws IOException {
        Path f = write(tmp, "s.yaml", SWEEP);
        Path g = write(tmp, "g.yaml", SWEEP.replace("seed: 5", "seed: 6"));
        Path out = tmp.resolve("o");
        assertEquals(0, CliRun.of("sweep", f.toString(), "--out", out.toString()).code());
        String before = runs(out);
        CliRun r = CliRun.of("sweep", g.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("different sweep"), r.err());
        assertEquals(before, runs(out));
        assertEquals(2, CliRun.of("sweep", f.toString(), "--out", out.toString(), "--shard", "0/2").code());
    }

    @Test
    void badSweepFilesGetOneLineWithFileLineAndKeyExitTwoAndNoOutput(@TempDir Path tmp) throws IOException {
        String[][] cases = {
                {SWEEP.replace("design: lhs", "design: lhs\nreplicatoins: 2"), ":11: replicatoins: unknown key"},
                {SWEEP.replace("eligibility.regime: {values: [needs-led, resource-led]}", "no.such.key: {range: [0, 1]}"), ":8: parameters.no.such.key"},
                {SWEEP.replace("values: [needs-led, resource-led]", "values: [needs-led, sideways]"), "parameters.eligibility.regime.values: one of needs-led, resource-led"},
                {SWEEP.replace("design: lhs", "design: random"), ":10: design: grid, lhs or sobol"},
                {SWEEP.replace("children_looked_after: final", "children_looked_after: median"), "outputs.children_looked_after: sum, mean, final or per_year"},
                {SWEEP.replace("  total_cost: [sum, per_year]", "  total_costs: sum"), "outputs.total_costs: a measure"},
                {SWEEP.replace("points: 5", "points: five"), ":11: points: a whole number"},
                {SWEEP.replace("population: {range: [800, 1500]}", "population: {range: [800, 1500]"), "not valid YAML"},
                {SWEEP.replace("base: defaults", "base: no-such-scenario"), ":2: base: a scenario file"},
                {SWEEP.replace("base: defaults", "base: broken.yaml"), "broken.yaml:2: agencies.csc.threshold"},
                {SWEEP.replace("population: {range: [800, 1500]}", "agencies.csc.threshold: {range: [0.2, 1.5]}"), "parameters.agencies.csc.threshold.range: a number in [0, 1]"},
                {SWEEP.replace("base: defaults", "baseline: baseline-deficit"), "base: a base scenario, or both baseline and scenario"},
        };
        write(tmp, "broken.yaml", "name: broken\nagencies.csc.threshold: 7\n");
        for (String[] c : cases) {
            Path f = write(tmp, "bad.yaml", c[0]);
            Path out = tmp.resolve("never");
            CliRun r = CliRun.of("sweep", f.toString(), "--out", out.toString());
            assertEquals(2, r.code(), c[1] + " -> " + r.err());
            assertTrue((r.err().contains("bad.yaml") || c[1].startsWith("broken.yaml")) && r.err().contains(c[1]), "expected '" + c[1] + "' in: " + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertFalse(Files.exists(out), "no output folder for bad input");
        }
        CliRun shard = CliRun.of("sweep", write(tmp, "ok.yaml", SWEEP).toString(), "--shard", "3/3", "--out", tmp.resolve("x").toString());
        assertEquals(2, shard.code());
        assertTrue(shard.err().contains("--shard"), shard.err());
    }

    static final String PAIRED = """
            name: paired
            baseline: baseline-deficit
            scenario: %s
            population: 1000
            years: 1
            burn_in_years: 1
            seed: 9
            parameters:
              community.assets_per_1000: {range: [0.5, 3]}
              sba.trained_share: {range: [0.5, 1], applies_to: scenario}
            design: sobol
            points: 3
            replications: 2
            outputs:
              total_cost: sum
              unmet_need: mean
              children_looked_after: final
            """;

    @Test
    void aPairedSweepOfAScenarioAgainstItselfGivesZeroDeltasExactly(@TempDir Path tmp) throws IOException {
        Path same = write(tmp, "same.yaml", PAIRED.formatted("baseline-deficit"));
        assertEquals(0, CliRun.of("sweep", same.toString(), "--out", tmp.resolve("same").toString()).code());
        List<String> lines = runs(tmp.resolve("same")).lines().toList();
        assertEquals(7, lines.size());
        for (String l : lines.subList(1, lines.size())) assertTrue(l.endsWith(",0,0,0"), "common random numbers: zero deltas, got " + l);

        Path sba = write(tmp, "sba.yaml", PAIRED.formatted("strengths-based"));
        CliRun r = CliRun.of("sweep", sba.toString(), "--out", tmp.resolve("sba").toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        long nonZero = runs(tmp.resolve("sba")).lines().skip(1).filter(l -> !l.endsWith(",0,0,0")).count();
        assertEquals(6, nonZero, "the strengths-based pathway changes the outputs of every run");
    }

    @Test
    void commonRandomNumbersGiveReplicationRTheSameSeedAtEveryPoint(@TempDir Path tmp) throws IOException {
        Path f = write(tmp, "crn.yaml", SWEEP.replace("seed: 5", "seed: 5\ncommon_random_numbers: true"));
        assertEquals(0, CliRun.of("sweep", f.toString(), "--out", tmp.resolve("c").toString()).code());
        List<String[]> rows = runs(tmp.resolve("c")).lines().skip(1).map(l -> l.split(",")).toList();
        for (String[] r : rows) assertEquals(rows.get(Integer.parseInt(r[1]))[2], r[2], "replication " + r[1] + " seed");
        assertNotEquals(rows.get(0)[2], rows.get(1)[2]);
        // without the option every run has its own seed
        assertEquals(10, runs(tmp.resolve("c")).lines().count() - 1);
        Path g = write(tmp, "own.yaml", SWEEP);
        assertEquals(0, CliRun.of("sweep", g.toString(), "--out", tmp.resolve("o").toString()).code());
        assertEquals(10, runs(tmp.resolve("o")).lines().skip(1).map(l -> l.split(",")[2]).distinct().count());
    }

    @Test
    void theSeedColumnReproducesARunWithCapsimRun(@TempDir Path tmp) throws IOException {
        Path f = write(tmp, "r.yaml", """
                name: repro
                base: baseline-deficit
                population: 1000
                years: 1
                burn_in_years: 1
                seed: 5
                parameters:
                  community.assets_per_1000: {range: [0.5, 3]}
                design: lhs
                points: 2
                replications: 2
                outputs:
                  total_cost: sum
                """);
        assertEquals(0, CliRun.of("sweep", f.toString(), "--out", tmp.resolve("s").toString()).code());
        String[] row = runs(tmp.resolve("s")).lines().toList().get(4).split(",");
        CliRun run = CliRun.of("run", "baseline-deficit", "--seed", row[2], "--population", "1000", "--years", "1",
                "--set", "burn_in_years=1", "--set", "community.assets_per_1000=" + row[3], "--replications", "1",
                "--out", tmp.resolve("run").toString());
        assertEquals(0, run.code(), run.err());
        List<String> ts = Files.readAllLines(tmp.resolve("run/timeseries.csv"));
        int col = List.of(ts.get(0).split(",")).indexOf("total_cost");
        double total = 0;
        for (String l : ts.subList(1, ts.size())) total += Double.parseDouble(l.split(",")[col]);
        assertEquals(Double.parseDouble(row[4]), total, "run " + row[0] + "/" + row[1] + " reproduced from its seed");
    }

    @Test
    void dryRunPrintsThePlanAndWritesNothing(@TempDir Path tmp) throws IOException {
        Path f = write(tmp, "s.yaml", SWEEP);
        CliRun r = CliRun.of("sweep", f.toString(), "--out", tmp.resolve("d").toString(), "--dry-run", "--shard", "1/4");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("5 points x 2 replications = 10 runs, 3 in shard 1/4"), r.out());
        assertTrue(r.out().contains("columns: point,replication,seed,eligibility.regime,population,total_cost_sum"), r.out());
        assertFalse(Files.exists(tmp.resolve("d")));
    }
}
