package capsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code capsim compare} end to end, at a small population. */
class CompareCommandTest {
    static final String[] SMALL = {"--population", "1500", "--years", "2", "--set", "burn_in_years=1", "--replications", "3"};

    @TempDir Path tmp;

    static Cli.Result compare(Path out, String baseline, String scenario, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("compare", baseline, scenario));
        args.addAll(List.of(SMALL));
        args.addAll(List.of(extra));
        args.addAll(List.of("--out", out.toString()));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void theHelpsDefaultReplicationsAreTheDesignRulesForTheDefaultDraws() {
        // the help needs a constant; the rule lives in DrawLayout: the two must not drift apart
        assertEquals(capsim.study.DrawLayout.forDraws(CompareCommand.DEFAULT_DRAWS).replications(), CompareCommand.DEFAULT_REPLICATIONS);
        assertEquals(CompareCommand.DEFAULT_DRAWS, capsim.study.DrawLayout.forReplications(CompareCommand.DEFAULT_REPLICATIONS).draws());
    }

    @Test
    void scenarioAgainstItselfIsExactlyZeroInEveryAgencyAndYear() throws IOException {
        Path out = tmp.resolve("self");
        Cli.Result r = compare(out, "strengths-based", "strengths-based");
        assertEquals(0, r.code(), r.toString());
        List<String> deltas = Files.readAllLines(out.resolve("deltas.csv"));
        assertEquals("agency,measure,year,unit,baseline_mean,scenario_mean,change_scenario_minus_baseline,change_ci95_low,"
                + "change_ci95_high,change_sd,replications", deltas.get(0));
        assertEquals(1 + 10 * 4 * 3, deltas.size(), "10 groups (eight agencies, benefits, all) x 4 measures x (2 years + all)");
        boolean someCost = false;
        for (String line : deltas.subList(1, deltas.size())) {
            String[] f = line.split(",");
            for (int i = 6; i <= 9; i++) assertEquals("0", f[i], "exactly zero: " + line);
            if (f[1].equals("cost") && !f[4].equals("0")) someCost = true;
        }
        assertTrue(someCost, "the model did run: costs are not all zero");
        for (String line : Files.readAllLines(out.resolve("who-invests-who-saves.csv")).subList(1, 9 * 3 + 1))
            assertTrue(line.endsWith(",0,0,0,no_change"), line);
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"verdict\": \"identical\""), summary);
        assertTrue(r.out().contains("costs exactly the same"), r.out());
    }

    @Test
    void sameInputsGiveByteIdenticalFilesWhateverTheThreads() throws IOException {
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        assertEquals(0, compare(a, "baseline-deficit", "strengths-based", "--threads", "1").code());
        assertEquals(0, compare(b, "baseline-deficit", "strengths-based", "--threads", "2").code());
        for (String f : List.of("deltas.csv", "summary.json", "draws.csv", "who-invests-who-saves.csv", "report.html",
                "charts/cumulative-saving.svg", "charts/acceptability.svg",
                "baseline/timeseries.csv", "scenario/timeseries.csv", "scenario/summary.json"))
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        assertFalse(Files.readString(a.resolve("deltas.csv")).lines().skip(1).allMatch(l -> l.split(",")[6].equals("0")),
                "a real scenario differs from the baseline somewhere");
    }

    @Test
    void writesEveryOutputAndBothRunsInRunFormat() throws IOException {
        Path out = tmp.resolve("all");
        Cli.Result r = compare(out, "baseline-deficit", "family-group-conferencing", "--seed", "7", "--discount-rate", "0.05");
        assertEquals(0, r.code(), r.toString());
        for (String f : List.of("deltas.csv", "who-invests-who-saves.csv", "summary.json", "report.html", "manifest.json",
                "charts/cumulative-saving.png", "charts/cumulative-saving.svg", "charts/invest-save-heatmap.png",
                "charts/cost-csc.svg", "charts/quintiles-wellbeing.png"))
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        for (String side : List.of("baseline", "scenario"))
            for (String f : List.of("timeseries.csv", "summary.json", "scenario.yaml", "manifest.json"))
                assertTrue(Files.isRegularFile(out.resolve(side).resolve(f)), side + "/" + f);
        // both sides run from the same seed: that is the pairing
        assertTrue(Files.readString(out.resolve("baseline/scenario.yaml")).contains("\nseed: 7\n"));
        assertTrue(Files.readString(out.resolve("scenario/scenario.yaml")).contains("\nseed: 7\n"));
        assertTrue(Files.readString(out.resolve("scenario/scenario.yaml")).contains("name: \"family-group-conferencing\""));
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"discount_rate\": 0.05"), summary);
        assertTrue(summary.contains("\"share_never\": "), summary);
        // the assumptions section is computed: the pathway switch of children's social care is among the differences
        assertTrue(summary.contains("\"key\": \"agencies.csc.pathway\""), summary);
        assertTrue(Files.readString(out.resolve("report.html")).contains("<code>agencies.csc.pathway</code>"));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(out), s.toList(), "no temporary folder left beside the output");
        }
    }

    @Test
    void badInputIsOneLineExitTwoAndWritesNothing() throws IOException {
        Path out = tmp.resolve("o");
        BadInputTest.assertOneLineError(compare(out, "baseline-deficit", "no-such-scenario"), "no-such-scenario");
        BadInputTest.assertOneLineError(Cli.run("compare", "baseline-deficit", "strengths-based", "--replications", "1",
                "--out", out.toString()), "--replications", "[2, ");
        BadInputTest.assertOneLineError(compare(out, "baseline-deficit", "strengths-based", "--discount-rate", "-0.1"), "--discount-rate");
        BadInputTest.assertOneLineError(compare(out, "baseline-deficit", "strengths-based", "--uncertainty", "some"), "--uncertainty", "effects, all or none");
        BadInputTest.assertOneLineError(compare(out, "baseline-deficit", "strengths-based", "--replications-per-draw", "1"), "--replications-per-draw");
        Path badPlausible = Files.writeString(tmp.resolve("plausible.csv"), "wave,sba.fidelity\n1,1.5\n");
        BadInputTest.assertOneLineError(compare(out, "baseline-deficit", "strengths-based", "--plausible", badPlausible.toString()),
                "plausible.csv", "sba.fidelity");
        Files.delete(badPlausible);
        BadInputTest.assertOneLineError(compare(out, "baseline-deficit", "strengths-based", "--set", "sba.nope=1"), "sba.nope");
        // paired runs need the same people and years: a scenario file with another population is refused
        Path other = tmp.resolve("other.yaml");
        Files.writeString(other, "name: bigger\nextends: strengths-based\npopulation: 3000\n");
        Cli.Result r = Cli.run("compare", "baseline-deficit", other.toString(), "--years", "1", "--replications", "2",
                "--out", out.toString());
        BadInputTest.assertOneLineError(r, "population is 3000", "--population");
        Files.delete(other);
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(0, s.count(), "nothing written");
        }
    }

    @Test
    void helpDescribesTheCommand() {
        Cli.Result r = Cli.run("compare", "--help");
        assertEquals(0, r.code());
        for (String option : List.of("--replications", "--draws", "--uncertainty", "--plausible", "--replications-per-draw", "--decompose",
                "--seed", "--years", "--population", "--threads", "--set", "--out", "--discount-rate"))
            assertTrue(r.out().contains(option), option);
    }
}
