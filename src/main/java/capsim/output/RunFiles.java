package capsim.output;

import capsim.experiment.RunResult;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The files of one scenario's runs, as {@code capsim run} writes them and {@code capsim compare}
 * writes each side: timeseries.csv, summary.json, scenario.yaml and manifest.json.
 */
public final class RunFiles {
    public static final List<String> NAMES = List.of("timeseries.csv", "summary.json", "scenario.yaml", "manifest.json");

    private RunFiles() {}

    /** Writes the four files into {@code dir} (created if missing); {@code command} goes into the manifest. */
    public static void write(Path dir, String capsimVersion, String command, List<String> commandLine, Scenario s,
                             List<RunResult> results, int threads, Instant started) throws IOException {
        Files.createDirectories(dir);
        TimeseriesCsv.write(dir.resolve("timeseries.csv"), results);
        Files.writeString(dir.resolve("summary.json"), Summary.write(s, results), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("scenario.yaml"), ScenarioWriter.write(s), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("manifest.json"), Manifest.write(capsimVersion, command, commandLine, s,
                results.size(), threads, started, Instant.now(), NAMES), StandardCharsets.UTF_8);
    }
}
