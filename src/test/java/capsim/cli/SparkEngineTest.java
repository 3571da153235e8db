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
}
