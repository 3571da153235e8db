package capsim.report;

import capsim.analysis.PairedComparison;
import capsim.analysis.ParameterDifferences;
import capsim.analysis.ParameterDifferences.Difference;
import capsim.study.Decomposition;
import capsim.study.ParameterDraws;
import capsim.study.ProbabilisticAnswer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes everything a comparison produces from its analysis into a folder: the data files,
 * {@code charts/} (PNG and SVG of each chart) and {@code report.html}. The caller owns the
 * folder (writes into a temporary one and moves it into place when complete).
 */
public final class ComparisonReport {
    private ComparisonReport() {}

    public static void write(Path dir, PairedComparison c, ComparisonFiles.Settings settings) throws IOException {
        write(dir, c, settings, null, null);
    }

    /**
     * As above, with the parameter uncertainty (null for chance alone): {@code draws.csv}, the
     * acceptability and tornado charts, and the answer led by the probability of a net saving.
     */
    public static void write(Path dir, PairedComparison c, ComparisonFiles.Settings settings, ProbabilisticAnswer uncertain,
                             ParameterDraws draws) throws IOException {
        write(dir, c, settings, uncertain, draws, null);
    }

    /** As above, with the saving by practice mechanism ({@code --decompose}; null without): {@code decomposition.csv}, its block and table. */
    public static void write(Path dir, PairedComparison c, ComparisonFiles.Settings settings, ProbabilisticAnswer uncertain,
                             ParameterDraws draws, Decomposition decomposition) throws IOException {
        List<Difference> differences = ParameterDifferences.between(c.baseline(), c.scenario());
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("deltas.csv"), ComparisonFiles.deltasCsv(c), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("who-invests-who-saves.csv"), ComparisonFiles.whoInvestsWhoSavesCsv(c), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("summary.json"), ComparisonFiles.summaryJson(c, differences, settings, uncertain, decomposition), StandardCharsets.UTF_8);
        if (decomposition != null)
            Files.writeString(dir.resolve("decomposition.csv"), DecompositionReport.csv(decomposition), StandardCharsets.UTF_8);
        if (uncertain != null) Files.writeString(dir.resolve("draws.csv"), UncertaintyReport.drawsCsv(uncertain, draws), StandardCharsets.UTF_8);
        Path charts = Files.createDirectories(dir.resolve("charts"));
        Words words = new Words(c, differences, uncertain);
        List<Charts.Chart> all = new ArrayList<>();
        if (uncertain != null) {
            all.add(UncertaintyReport.acceptability(uncertain));
            if (!uncertain.drivers().isEmpty()) all.add(UncertaintyReport.tornado(uncertain));
        }
        all.addAll(Charts.all(c, words));
        for (Charts.Chart ch : all) ch.write(charts);
        Files.writeString(dir.resolve("report.html"), ReportPage.html(c, differences, all, Evidence.load(), settings, uncertain, decomposition),
                StandardCharsets.UTF_8);
    }
}
