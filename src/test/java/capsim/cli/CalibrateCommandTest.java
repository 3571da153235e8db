package capsim.cli;

import capsim.experiment.Replications;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import capsim.study.CalibrationTargets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CalibrateCommandTest {
    static final String TARGETS = """
            population:
              share_aged_0_17: {value: 0.21, source: "context only: no target"}
            childrens_social_care:
              referrals_per_10k_children_per_year: {target: 518, tolerance: 0.15, year: 2023-24, source: "DfE"}
              children_looked_after_per_10k_at_31_march: {target: 70, tolerance: 0.15, year: 2023-24, source: "DfE"}
            """;
    // starts at a referral rate of 0.05; the target is what a rate of 0.2 gives: the fit must move it
    // (0.2, where referrals still climb steeply with the rate: at 3,000 people they level off
    // above 0.35, 753 at 0.3 and 769 at 0.46, so a fit to 0.3 could fairly land anywhere up there)
    static final String CAL = """
            name: cal
            base: baseline-deficit
            targets: targets.yaml
            only: [childrens_social_care.referrals_per_10k_children_per_year]
            population: 3000
            years: 1
            burn_in_years: 1
            seed: 4
            replications: 2
            set:
              agencies.csc.referral_rate: 0.05
            parameters:
              agencies.csc.referral_rate: {range: [0.02, 0.5]}
            max_evaluations: 24
            validation_replications: 3
            """;

    /** The referral rate per 10k children that calibrate's objective sees at a given referral rate. */
    static double referrals(double referralRate) {
        Scenario s = ScenarioLoader.load("baseline-deficit").withPopulation(3000).withYears(1).withBurnInYears(1).withSeed(4);
        s = s.withParams(s.params().with("agencies.csc.referral_rate", referralRate));
        return Replications.run(s, 2, 1, null).stream().mapToDouble(r -> CalibrationTargets.meanOverYears(
                "childrens_social_care.referrals_per_10k_children_per_year", r)).average().orElseThrow();
    }

    @Test
    void cmaesMovesTheParameterTowardTheTargetAndWritesTheTablesDeterministically(@TempDir Path tmp) throws IOException {
        double atStart = referrals(0.05), goal = referrals(0.2);
        assertTrue(goal > 1.5 * atStart, "more referral chances give more referrals: " + atStart + " -> " + goal);
        SweepCommandTest.write(tmp, "targets.yaml", TARGETS.replace("{target: 518,", "{target: " + goal + ","));
        Path f = SweepCommandTest.write(tmp, "cal.yaml", CAL);
        CliRun a = CliRun.of("calibrate", f.toString(), "--out", tmp.resolve("a").toString(), "--threads", "1");
        assertEquals(0, a.code(), a.err());
        CliRun b = CliRun.of("calibrate", f.toString(), "--out", tmp.resolve("b").toString(), "--threads", "2");
        assertEquals(0, b.code(), b.err());
        for (String file : List.of("calibrated.yaml", "targets.csv", "evaluations.csv", "targets.md"))
            assertEquals(Files.readString(tmp.resolve("a").resolve(file)), Files.readString(tmp.resolve("b").resolve(file)), file);
        SensitivityCommandTest.assertPermissionsAsRun(tmp, tmp.resolve("a"), "calibrated.yaml", "targets.csv");

        List<String> evals = Files.readString(tmp.resolve("a/evaluations.csv")).lines().toList();
        assertEquals("evaluation,objective,agencies.csc.referral_rate", evals.get(0));
        assertEquals(25, evals.size(), "the evaluation budget is spent");
        double start = Double.parseDouble(evals.get(1).split(",")[1]);
        double best = evals.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[1])).min().orElseThrow();
        assertTrue(best < start / 10, "fit improves the objective tenfold: " + start + " -> " + best);

        String yaml = Files.readString(tmp.resolve("a/calibrated.yaml"));
        assertTrue(yaml.contains("\nextends: baseline-deficit\n"), yaml);
        assertTrue(Math.abs(fittedRate(yaml) - 0.2) < Math.abs(0.05 - 0.2) / 2, "fitted rate near 0.2: " + yaml);
        // the calibrated scenario loads and carries the best value of the search
        Scenario fitted = ScenarioLoader.load(tmp.resolve("a/calibrated.yaml"));
        double bestValue = evals.stream().skip(1).filter(l -> Double.parseDouble(l.split(",")[1]) == best)
                .mapToDouble(l -> Double.parseDouble(l.split(",")[2])).findFirst().orElseThrow();
        assertEquals(bestValue, fitted.params().num("agencies.csc.referral_rate"));
        assertEquals(3000, fitted.population());
        List<String> table = Files.readString(tmp.resolve("a/targets.csv")).lines().toList();
        assertEquals("target,value,tolerance,simulated_mean,ci95_low,ci95_high,relative_error,within_tolerance", table.get(0));
        assertEquals(2, table.size(), "only the chosen target");
        String[] row = table.get(1).split(",");
        assertTrue(Double.parseDouble(row[4]) <= Double.parseDouble(row[3]) && Double.parseDouble(row[3]) <= Double.parseDouble(row[5]));
    }

    private static double fittedRate(String yaml) {
        return yaml.lines().filter(l -> l.startsWith("agencies.csc.referral_rate: ")).mapToDouble(l -> Double.parseDouble(l.substring(28)))
                .findFirst().orElseThrow();
    }

    @Test
    void unknownTargetsAndExistingOutputAreBadInput(@TempDir Path tmp) throws IOException {
        SweepCommandTest.write(tmp, "targets.yaml", TARGETS + "  made_up_rate: {target: 1, tolerance: 0.1}\n");
        Path f = SweepCommandTest.write(tmp, "cal.yaml", CAL);
        CliRun r = CliRun.of("calibrate", f.toString(), "--out", tmp.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("targets.yaml:6: childrens_social_care.made_up_rate: a target capsim can simulate"), r.err());
        assertFalse(Files.exists(tmp.resolve("x")));

        SweepCommandTest.write(tmp, "targets.yaml", TARGETS);
        Path g = SweepCommandTest.write(tmp, "g.yaml", CAL.replace("only: [childrens_social_care.referrals_per_10k_children_per_year]", "only: [nope]"));
        CliRun s = CliRun.of("calibrate", g.toString(), "--out", tmp.resolve("y").toString());
        assertEquals(2, s.code());
        assertTrue(s.err().contains("g.yaml:4: only: a target of"), s.err());

        Files.createDirectories(tmp.resolve("exists"));
        assertEquals(2, CliRun.of("calibrate", f.toString(), "--out", tmp.resolve("exists").toString()).code());
    }

    @Test
    void listTargetsPrintsTheFormulaTable() {
        CliRun r = CliRun.of("calibrate", "--list-targets");
        assertEquals(0, r.code(), r.err());
        assertEquals(CalibrationTargets.describe(), r.out());
        assertEquals(2, CliRun.of("calibrate").code(), "no file and no --list-targets is bad input");
    }

    // three reported years, a small population: --check --by-year runs the base as it is
    static final String CHECK = """
            name: chk
            base: baseline-deficit
            targets: targets.yaml
            population: 1500
            years: 3
            burn_in_years: 1
            seed: 9
            replications: 2
            parameters:
              agencies.csc.referral_rate: {range: [0.02, 0.5]}
            validation_replications: 3
            """;

    @Test
    void checkByYearWritesAYearColumnTheSameAtOneAndTwoThreadsAndExitsOnAMiss(@TempDir Path tmp) throws IOException {
        // tolerances so wide that every year is within, so exit 0
        SweepCommandTest.write(tmp, "targets.yaml", TARGETS.replace("tolerance: 0.15", "tolerance: 1000"));
        Path f = SweepCommandTest.write(tmp, "chk.yaml", CHECK);
        CliRun one = CliRun.of("calibrate", f.toString(), "--check", "--by-year", "--threads", "1", "--out", tmp.resolve("one").toString());
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().contains("every target within tolerance in every year"), one.out());
        CliRun two = CliRun.of("calibrate", f.toString(), "--check", "--by-year", "--threads", "2", "--out", tmp.resolve("two").toString());
        assertEquals(0, two.code(), two.err());
        for (String file : List.of("targets.csv", "targets.md"))
            assertEquals(Files.readString(tmp.resolve("one").resolve(file)), Files.readString(tmp.resolve("two").resolve(file)), file);

        List<String> csv = Files.readString(tmp.resolve("one/targets.csv")).lines().toList();
        assertEquals("target,year,value,tolerance,simulated_mean,ci95_low,ci95_high,relative_error,within_tolerance", csv.get(0));
        assertEquals(1 + 2 * 4, csv.size(), "two targets, each for all and years 1 to 3");
        assertEquals(List.of("all", "1", "2", "3", "all", "1", "2", "3"), csv.stream().skip(1).map(l -> l.split(",")[1]).toList());
        // the whole-horizon row is the mean of the per-year rows' replications, so of the year means
        for (int t = 0; t < 2; t++) {
            double all = Double.parseDouble(csv.get(1 + 4 * t).split(",")[4]), sum = 0;
            for (int y = 1; y <= 3; y++) sum += Double.parseDouble(csv.get(1 + 4 * t + y).split(",")[4]);
            assertEquals(sum / 3, all, 1e-4 * Math.abs(all));
        }
        String md = Files.readString(tmp.resolve("one/targets.md"));
        assertTrue(md.contains("| target | value | all | 1 | 2 | 3 |"), md);
        assertTrue(md.contains("Every target is within its tolerance in every year."), md);

        // the same without --by-year: the table as before, no year column
        CliRun plain = CliRun.of("calibrate", f.toString(), "--check", "--threads", "2", "--out", tmp.resolve("plain").toString());
        assertEquals(0, plain.code(), plain.err());
        List<String> p = Files.readString(tmp.resolve("plain/targets.csv")).lines().toList();
        assertEquals("target,value,tolerance,simulated_mean,ci95_low,ci95_high,relative_error,within_tolerance", p.get(0));
        assertEquals(csv.get(1).replaceFirst(",all,", ","), p.get(1), "the same whole-horizon row");

        // a tolerance no simulated year meets: exit 3, and the summary names the target and its years
        SweepCommandTest.write(tmp, "targets.yaml", TARGETS.replace("tolerance: 0.15", "tolerance: 1e-9"));
        CliRun miss = CliRun.of("calibrate", f.toString(), "--check", "--by-year", "--threads", "2", "--out", tmp.resolve("miss").toString());
        assertEquals(3, miss.code(), miss.err());
        assertTrue(miss.out().contains("childrens_social_care.referrals_per_10k_children_per_year (all 1 2 3)"), miss.out());
        assertTrue(Files.readString(tmp.resolve("miss/targets.csv")).lines().skip(1).allMatch(l -> l.endsWith(",false")));

        assertEquals(2, CliRun.of("calibrate", f.toString(), "--by-year", "--out", tmp.resolve("no").toString()).code(),
                "--by-year without --check is bad input");
    }
}
