package capsim.study;

import capsim.scenario.ParamRegistry;
import capsim.scenario.ParamSpec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every shipped sweep, sensitivity and calibration file loads: its scenarios exist, its
 * parameter keys are in the registry with ranges inside the registry's, its outputs are
 * measures or calibration targets. Nothing is run.
 */
class ShippedStudiesTest {
    private static List<Path> yaml(String dir) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("scenarios", dir))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void sweepFilesLoad() throws IOException {
        List<Path> files = yaml("sweeps");
        assertTrue(files.size() >= 3, "sweeps for investment, deprivation and assumptions");
        for (Path f : files) {
            SweepPlan p = StudyFiles.loadSweep(f);
            assertTrue(p.paired(), f + " compares strengths-based with the deficit baseline");
            assertTrue(p.runs() > 0);
        }
    }

    /**
     * A shipped study names shipped scenarios, not paths beside it: copied to any other folder
     * it plans the same runs (the same fingerprint) as where it ships.
     */
    @Test
    void shippedStudiesPlanTheSameRunsFromAnotherFolder(@org.junit.jupiter.api.io.TempDir Path elsewhere) throws IOException {
        for (String dir : List.of("sweeps", "sensitivity")) {
            for (Path f : yaml(dir)) {
                Path copy = Files.copy(f, elsewhere.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                SweepPlan here = dir.equals("sweeps") ? StudyFiles.loadSweep(f) : SensitivityStudy.load(f).plan();
                SweepPlan there = dir.equals("sweeps") ? StudyFiles.loadSweep(copy) : SensitivityStudy.load(copy).plan();
                assertEquals(here.fingerprint(), there.fingerprint(), f.toString());
                for (String line : Files.readAllLines(f))
                    assertFalse(line.matches("^(base|baseline|scenario):.*[/.]yaml.*"), f + " names a shipped scenario, not a path: " + line);
            }
        }
    }

    @Test
    void sensitivityFilesLoad() throws IOException {
        List<Path> files = yaml("sensitivity");
        assertTrue(files.size() >= 2);
        for (Path f : files) {
            SensitivityStudy s = SensitivityStudy.load(f);
            assertTrue(s.plan().outputs().stream().anyMatch(o -> o.source().equals("total_cost")), f + " analyses net cost");
        }
    }

    /** Registry sections whose parameters shape what happens or what is measured ("costs" holds prices only). */
    private static final List<String> OUTCOME_SECTIONS = List.of("area.", "network.", "events.", "recovery.", "informal.",
            "community.", "agencies.", "crisis.", "measures.", "services.", "sba.", "eligibility.", "investment.", "demography.",
            "employment.", "carers.");

    /** Assumptions that need not be in a sensitivity study, each with the reason. */
    private static final Map<String, String> NOT_SCREENED = Map.ofEntries(
            // cost units: hours and prices that only price what happens (the ledger), never change it
            Map.entry("agencies.csc.assessment_hours", "cost unit"),
            Map.entry("agencies.csc.screening_hours", "cost unit"),
            Map.entry("agencies.csc.cin_hours_week", "cost unit"),
            Map.entry("agencies.csc.cpp_hours_week", "cost unit"),
            Map.entry("agencies.csc.early_help_hours_week", "cost unit"),
            Map.entry("agencies.asc.assessment_hours", "cost unit"),
            Map.entry("agencies.asc.home_care_hours_base", "cost unit"),
            Map.entry("agencies.asc.home_care_hours_per_need", "cost unit"),
            Map.entry("agencies.asc.short_term_hours_week", "cost unit"),
            Map.entry("agencies.mh.assessment_hours", "cost unit"),
            Map.entry("agencies.mh.contacts_per_week", "cost unit"),
            Map.entry("agencies.housing.assessment_hours", "cost unit"),
            Map.entry("agencies.housing.case_cost", "cost unit"),
            Map.entry("agencies.housing.officer_hour", "cost unit"),
            // switches of other scenarios: inactive when strengths-based practice is compared with the
            // deficit baseline, which is what every shipped sensitivity study does
            Map.entry("sba.cuts_threshold_uplift", "acts only under sba.as_cuts (scenario sba-as-cuts)"),
            Map.entry("sba.cuts_package_cut", "acts only under sba.as_cuts (scenario sba-as-cuts)"),
            Map.entry("eligibility.resource_gain", "acts only under eligibility.regime resource-led"),
            Map.entry("agencies.asc.first_reviews_first", "a switch, not a range a screening design can sample; the same process on both pathways (docs/CALIBRATION.md: the check by year with it off)"),
            // numerical settings: how long the built population settles before the run, not how people behave
            Map.entry("demography.spin_up_years", "numerical setting (DemographyTest checks the spin-up is long enough)"),
            Map.entry("demography.spin_up_network_years", "numerical setting (DemographyTest checks the spin-up is long enough)"));

    /**
     * Every outcome-shaping assumption enters at least one shipped sensitivity study, so a new
     * assumption cannot be added without its influence being screened (or a stated reason here).
     */
    @Test
    void everyOutcomeShapingAssumptionIsInASensitivityStudy() throws IOException {
        Set<String> studied = new HashSet<>();
        for (Path f : yaml("sensitivity"))
            for (SweptParameter p : SensitivityStudy.load(f).plan().parameters()) studied.add(p.name());
        List<String> missing = new ArrayList<>();
        for (ParamSpec spec : ParamRegistry.get().specs().values()) {
            String key = spec.key();
            boolean assumption = spec.source().startsWith("assumption");
            boolean shaping = OUTCOME_SECTIONS.stream().anyMatch(key::startsWith);
            if (assumption && shaping && !NOT_SCREENED.containsKey(key) && !studied.contains(key)) missing.add(key);
        }
        assertEquals(List.of(), missing, "assumptions in no scenarios/sensitivity study (add them, or to NOT_SCREENED with a reason)");
    }

    /** The exclusions stay true: each is still an assumption in the registry and is not screened anyway. */
    @Test
    void exclusionsAreCurrentAssumptions() throws IOException {
        Set<String> studied = new HashSet<>();
        for (Path f : yaml("sensitivity"))
            for (SweptParameter p : SensitivityStudy.load(f).plan().parameters()) studied.add(p.name());
        for (String key : NOT_SCREENED.keySet()) {
            ParamSpec spec = ParamRegistry.get().spec(key);
            assertNotNull(spec, key + " is no longer in the registry: drop it from NOT_SCREENED");
            assertTrue(spec.source().startsWith("assumption"), key + " now has a source: drop it from NOT_SCREENED");
            assertFalse(studied.contains(key), key + " is in a study: drop it from NOT_SCREENED");
        }
    }

    @Test
    void calibrationFilesLoadWithEveryShippedTarget() throws IOException {
        for (Path f : yaml("calibration")) {
            if (f.getFileName().toString().startsWith("calibration-targets")) {
                assertEquals(CalibrationTargets.all().size(), TargetFile.load(f).size(), "every target of " + f + " is simulated");
                continue;
            }
            if (f.getFileName().toString().equals("evidence-targets.yaml")) {  // rows of capsim evidence, fitted on virtual trials
                assertTrue(TargetFile.load(f).stream().allMatch(TargetFile.Target::evidence), f + " names evidence rows only");
                continue;
            }
            Calibration.Study s = Calibration.load(f, null);
            assertFalse(s.targets().isEmpty());
            assertFalse(s.parameters().isEmpty());
        }
    }
}
