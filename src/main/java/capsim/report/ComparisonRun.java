package capsim.report;

import capsim.analysis.PairedComparison;
import capsim.analysis.ParameterDifferences;
import capsim.experiment.PairedExperiment;
import capsim.output.Manifest;
import capsim.output.RunFiles;
import capsim.scenario.Scenario;
import capsim.study.Decomposition;
import capsim.study.DrawLayout;
import capsim.study.ParameterDraws;
import capsim.study.ProbabilisticAnswer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A comparison run, analysed and written: the paired runs (with parameter draws, replication i
 * running draw {@link DrawLayout#drawOf}; without, common random numbers alone), the paired analysis
 * and the probabilistic answer. {@code capsim compare} and {@code capsim serve}'s explorer both
 * go through it, so the same question gives the same numbers from either.
 */
public record ComparisonRun(PairedExperiment.Runs runs, PairedComparison comparison, ProbabilisticAnswer answer, ParameterDraws draws,
                            double discountRate) {

    /** Runs both arms ({@code progress} told the weeks done) and analyses them. */
    public static ComparisonRun of(Scenario baseline, Scenario scenario, DrawLayout layout, ParameterDraws draws,
                                   double discountRate, int threads, IntConsumer progress) {
        int replications = layout.replications();
        PairedExperiment.Runs runs = draws.isEmpty() ? PairedExperiment.commonRandomNumbers(baseline, scenario, replications, threads, progress)
                : PairedExperiment.drawn(baseline, scenario, replications, threads, progress, (arm, i) -> draws.apply(arm, layout.drawOf(i)));
        PairedComparison c = PairedComparison.analyse(runs.baseline(), runs.scenario(), runs.baselineRuns(), runs.scenarioRuns(), discountRate, true);
        return new ComparisonRun(runs, c, ProbabilisticAnswer.of(c, runs.baselineRuns(), runs.scenarioRuns(), draws, layout), draws, discountRate);
    }

    /** The answer in plain words, sentence by sentence (as {@code capsim compare} prints it). */
    public List<String> words() {
        return new Words(comparison, ParameterDifferences.between(comparison.baseline(), comparison.scenario()), answer).answer();
    }

    /**
     * Writes the comparison's files into {@code dir}: the report ({@link ComparisonReport}), each
     * side's run outputs in {@code baseline/} and {@code scenario/}, and {@code manifest.json}
     * listing {@code outputs}.
     */
    public void write(Path dir, Decomposition decomposition, String version, String command, List<String> commandLine, int threads,
                      Instant started, List<String> outputs) throws IOException {
        ComparisonReport.write(dir, comparison, new ComparisonFiles.Settings(version, discountRate), answer, draws, decomposition);
        RunFiles.write(dir.resolve("baseline"), version, command, commandLine, runs.baseline(), runs.baselineRuns(), threads, started);
        RunFiles.write(dir.resolve("scenario"), version, command, commandLine, runs.scenario(), runs.scenarioRuns(), threads, started);
        Files.writeString(dir.resolve("manifest.json"), Manifest.write(version, command, commandLine, runs.scenario(),
                runs.baselineRuns().size(), threads, started, Instant.now(), outputs), StandardCharsets.UTF_8);
    }
}
