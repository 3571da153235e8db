package capsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Spark in local mode ({@code local[2]}) must write the same runs.csv as the local engine, byte for byte. */
class SparkEngineTest {
    @Test
    void sparkLocalModeAndTheLocalEngineWriteTheSameRunsCsv(@TempDir Path tmp) throws IOException {
        Path f = SweepCommandTest.write(tmp, "s.yaml", SweepCommandTest.SWEEP);
        CliRun local = CliRun.of("sweep", f.toString(), "--out", tmp.resolve("local").toString(), "--threads", "1");
        assertEquals(0, local.code(), local.err());
        CliRun spark = CliRun.of("sweep", f.toString(), "--out", tmp.resolve("spark").toString(), "--engine", "spark", "--threads", "2");
        assertEquals(0, spark.code(), spark.err());
        assertEquals(SweepCommandTest.runs(tmp.resolve("local")), SweepCommandTest.runs(tmp.resolve("spark")));
    }

    /** Overrides travel in the plan: a paired sweep with them writes the same folder, charts included, on either engine. */
    @Test
    void overridesAndChartsAreTheSameOnEitherEngine(@TempDir Path tmp) throws IOException {
        Path f = SweepCommandTest.write(tmp, "p.yaml", StudyOverridesTest.PAIRED);
        String[] over = {"--population", "800", "--years", "1", "--set", "burn_in_years=0", "--set", "sba.network_mobilise=0.9", "--replications", "2"};
        CliRun local = CliRun.of(args(f, tmp.resolve("local"), "local", over));
        assertEquals(0, local.code(), local.err());
        CliRun spark = CliRun.of(args(f, tmp.resolve("spark"), "spark", over));
        assertEquals(0, spark.code(), spark.err());
        for (String file : new String[]{"runs.csv", "points.csv", "sweep.id", "charts/total_cost_sum-by-sba-fidelity.png",
                "charts/unmet_need_mean-by-sba-fidelity.svg"})
            assertArrayEquals(java.nio.file.Files.readAllBytes(tmp.resolve("local").resolve(file)),
                    java.nio.file.Files.readAllBytes(tmp.resolve("spark").resolve(file)), file);
        assertTrue(java.nio.file.Files.readString(tmp.resolve("spark/sweep.id")).contains("overrides --population 800"));
    }

    private static String[] args(Path f, Path out, String engine, String[] over) {
        java.util.List<String> a = new java.util.ArrayList<>(java.util.List.of("sweep", f.toString(), "--out", out.toString(),
                "--engine", engine, "--threads", "2"));
        a.addAll(java.util.List.of(over));
        return a.toArray(String[]::new);
    }
}
