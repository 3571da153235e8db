package capsim.analysis;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void sensitivityFilesLoad() throws IOException {
        List<Path> files = yaml("sensitivity");
        assertTrue(files.size() >= 2);
        for (Path f : files) {
            SensitivityStudy s = SensitivityStudy.load(f);
            assertTrue(s.plan().outputs().stream().anyMatch(o -> o.source().equals("total_cost")), f + " analyses net cost");
        }
    }

    @Test
    void calibrationFilesLoadWithEveryShippedTarget() throws IOException {
        for (Path f : yaml("calibration")) {
            if (f.getFileName().toString().startsWith("calibration-targets")) {
                assertEquals(CalibrationTargets.all().size(), TargetFile.load(f).size(), "every target of " + f + " is simulated");
                continue;
            }
            Calibration.Study s = Calibration.load(f, null);
            assertFalse(s.targets().isEmpty());
            assertFalse(s.parameters().isEmpty());
        }
    }
}
