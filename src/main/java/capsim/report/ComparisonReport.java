package capsim.report;

import capsim.analysis.PairedComparison;
import capsim.analysis.ParameterDifferences;
import capsim.analysis.ParameterDifferences.Difference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes everything a comparison produces from its analysis into a folder: the data files,
 * {@code charts/} (PNG and SVG of each chart) and {@code report.html}. The caller owns the
 * folder (writes into a temporary one and moves it into place when complete).
 */
public final class ComparisonReport {
    private ComparisonReport() {}

    public static void write(Path dir, PairedComparison c, ComparisonFiles.Settings settings) throws IOException {
        List<Difference> differences = ParameterDifferences.between(c.baseline(), c.scenario());
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("deltas.csv"), ComparisonFiles.deltasCsv(c), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("who-invests-who-saves.csv"), ComparisonFiles.whoInvestsWhoSavesCsv(c), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("summary.json"), ComparisonFiles.summaryJson(c, differences, settings), StandardCharsets.UTF_8);
        Path charts = Files.createDirectories(dir.resolve("charts"));
        List<Charts.Chart> all = Charts.all(c, new Words(c, differences));
        for (Charts.Chart ch : all) ch.write(charts);
        Files.writeString(dir.resolve("report.html"), ReportPage.html(c, differences, all, Evidence.load(), settings),
                StandardCharsets.UTF_8);
    }
}
