package capsim.cli;

import capsim.study.Calibration;
import capsim.study.SensitivityStudy;
import capsim.study.StudyFiles;
import capsim.study.StudyOverrides;
import capsim.study.SweepPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * sweep, sensitivity and calibrate take --population, --years, --set and --replications over
 * the study file: on every run (both arms of a paired study), recorded beside the output, the
 * same runs as editing the file, and bad values refused as run refuses them.
 */
class StudyOverridesTest {
    static final String PAIRED = """
            name: paired
            baseline: baseline-deficit
            scenario: strengths-based
            population: 3000
            years: 3
            burn_in_years: 2
            seed: 9
            parameters:
              sba.fidelity: {range: [0.2, 1], applies_to: scenario}
            design: grid
            levels: 2
            replications: 3
            outputs:
              total_cost: sum
              unmet_need: mean
            """;

    static final StudyOverrides OVER = new StudyOverrides("800", "1", List.of("burn_in_years=0", "community.assets_per_1000=3"), 1);

    @Test
    void theOverridesReachBothArmsOfThePlan(@TempDir Path tmp) throws IOException {
        Path f = SweepCommandTest.write(tmp, "p.yaml", PAIRED);
        SweepPlan plan = StudyFiles.loadSweep(f, OVER);
        for (var s : List.of(plan.base(), plan.baseline())) {
            assertEquals(800, s.population());
            assertEquals(1, s.years());
            assertEquals(0, s.burnInYears());
            assertEquals(3.0, ((Number) s.params().get("community.assets_per_1000")).doubleValue());
        }
        assertEquals(1, plan.replications());
        assertEquals(2, plan.runs());
        assertEquals("--population 800 --years 1 --set burn_in_years=0 --set community.assets_per_1000=3 --replications 1", plan.overrides());
        assertNotEquals(StudyFiles.loadSweep(f).fingerprint(), plan.fingerprint(), "another plan: no resuming into the file's folder");
    }

    @Test
    void aSweepWithOverridesRunsWhatTheEditedFileRunsAndRecordsThem(@TempDir Path tmp) throws IOException {
        Path f = SweepCommandTest.write(tmp, "p.yaml", PAIRED);
        CliRun r = CliRun.of("sweep", f.toString(), "--out", tmp.resolve("o").toString(), "--threads", "2", "--population", "800",
                "--years", "1", "--set", "burn_in_years=0", "--set", "community.assets_per_1000=3", "--replications", "1");
        assertEquals(0, r.code(), r.err());
        Path g = SweepCommandTest.write(tmp, "edited.yaml", PAIRED.replace("population: 3000", "population: 800")
                .replace("years: 3", "years: 1").replace("burn_in_years: 2", "burn_in_years: 0").replace("replications: 3", "replications: 1")
                + "set:\n  community.assets_per_1000: 3\n");
        assertEquals(0, CliRun.of("sweep", g.toString(), "--out", tmp.resolve("e").toString()).code());
        assertEquals(SweepCommandTest.runs(tmp.resolve("e")), SweepCommandTest.runs(tmp.resolve("o")));
        assertTrue(Files.readString(tmp.resolve("o/sweep.id")).contains("\noverrides --population 800 --years 1 --set burn_in_years=0 "
                + "--set community.assets_per_1000=3 --replications 1\n"));
        assertFalse(Files.readString(tmp.resolve("e/sweep.id")).contains("overrides"), "no line without overrides");
        // a run of the same command resumes (nothing to do); without the overrides it is another sweep
        assertEquals(0, CliRun.of("sweep", f.toString(), "--out", tmp.resolve("o").toString(), "--population", "800",
                "--years", "1", "--set", "burn_in_years=0", "--set", "community.assets_per_1000=3", "--replications", "1").code());
        assertEquals(2, CliRun.of("sweep", f.toString(), "--out", tmp.resolve("o").toString()).code());
        CliRun dry = CliRun.of("sweep", f.toString(), "--dry-run", "--population", "800", "--replications", "2");
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("overrides: --population 800 --replications 2 (on every run, both arms)"), dry.out());
        assertTrue(dry.out().contains("2 points x 2 replications"), dry.out());
    }

    @Test
    void badOverridesGetOneLineAndExitTwo(@TempDir Path tmp) throws IOException {
        Path f = SweepCommandTest.write(tmp, "p.yaml", PAIRED);
        String[][] cases = {
                {"--population", "5"}, {"--years", "many"}, {"--set", "no.such.key=1"}, {"--set", "sba.fidelity=0.5"},
                {"--replications", "0"}, {"--set", "burn_in_years"}};
        String[] expect = {"--population", "--years", "no.such.key", "sweeps sba.fidelity", "--replications", "key=value"};
        for (int i = 0; i < cases.length; i++) {
            CliRun r = CliRun.of("sweep", f.toString(), "--dry-run", cases[i][0], cases[i][1]);
            assertEquals(2, r.code(), String.join(" ", cases[i]) + ": " + r.err());
            assertTrue(r.err().contains(expect[i]), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        CliRun s = CliRun.of("sensitivity", f.toString(), "--population", "5");
        assertEquals(2, s.code(), s.err());
    }

    @Test
    void sensitivityAndCalibrationFilesTakeThemToo(@TempDir Path tmp) throws IOException {
        StudyOverrides small = new StudyOverrides("800", "1", List.of("burn_in_years=0"), 1);
        SensitivityStudy s = SensitivityStudy.load(Path.of("scenarios/sensitivity/sba-savings-drivers.yaml"), small);
        assertEquals(800, s.plan().base().population());
        assertEquals(800, s.plan().baseline().population());
        assertEquals(0, s.plan().baseline().burnInYears());
        assertEquals(1, s.plan().replications());
        assertEquals(small.describe(), s.plan().overrides());
        CliRun swept = CliRun.of("sensitivity", "scenarios/sensitivity/sba-savings-drivers.yaml", "--set", "community.assets_per_1000=3");
        assertEquals(2, swept.code(), "a swept parameter cannot also be fixed: " + swept.err());

        Path cal = Path.of("scenarios/calibration/calibrate-baseline-deficit.yaml");
        Calibration.Study plain = Calibration.load(cal, null);
        Calibration.Study c = Calibration.load(cal, null, OVER, 3);
        assertEquals(800, c.base().population());
        assertEquals(1, c.base().years());
        assertEquals(1, c.replications());
        assertEquals(3, c.validationReplications());
        assertNotEquals(plain.base().population(), c.base().population());
        assertEquals(plain.seed(), c.seed(), "the study's seed stays the file's");
        Calibration.Result r = new Calibration.Result(new double[0], 0, List.of(), c.base(), List.of());
        String yaml = CalibrateCommand.scenarioYaml(c, r, tmp);
        assertTrue(yaml.contains("\ncommunity.assets_per_1000: 3\n"), "a --set value is part of the calibrated scenario:\n" + yaml);
        assertTrue(yaml.contains("\npopulation: 800\n"), yaml);
        assertTrue(yaml.contains("# with --population 800"), yaml);
        CliRun bad = CliRun.of("calibrate", cal.toString(), "--check", "--validation-replications", "1", "--out", tmp.resolve("c").toString());
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains("--validation-replications"), bad.err());
    }
}
