package capsim.cli;

import capsim.analysis.CrnEfficiency;
import capsim.experiment.PairedExperiment;
import capsim.experiment.Replications;
import capsim.experiment.RunResult;
import capsim.output.Progress;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code capsim bench-crn}: measures what common random numbers buy a comparison. Runs the
 * baseline, the scenario from the same seed (paired) and the scenario from an unrelated seed
 * (independent), R times each, and prints the variance of the estimated difference in total
 * cost both ways and their ratio.
 */
@Command(name = "bench-crn", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure the variance reduction from common random numbers: runs the baseline, the scenario from "
                + "the same seed and the scenario from an unrelated seed, R times each (3 x R runs), and prints, for the "
                + "total cost and each agency's cost over the horizon, the variance of the estimated mean difference "
                + "paired and unpaired, and their ratio."})
public final class BenchCrnCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASELINE") String baseline;
    @Parameters(index = "1", paramLabel = "SCENARIO") String scenario;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "20", description = "Replications of each (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--population", paramLabel = "N", defaultValue = "10000", description = "Population, both (default: ${DEFAULT-VALUE})")
    String population;

    @Option(names = "--years", paramLabel = "Y", description = "Reported years, both (default: the scenarios')")
    String years;

    @Option(names = "--seed", paramLabel = "S", description = "Base seed (default: the baseline's)")
    String seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: the number of processors)")
    Integer threads;

    @Mixin SetOptions set;

    @Override public Integer call() {
        Scenario b = overrides(ScenarioLoader.load(baseline, set.sets));
        Scenario s = overrides(ScenarioLoader.load(scenario, set.sets)).withSeed(b.seed());
        if (replications < 2 || replications > CompareCommand.MAX_REPLICATIONS)
            throw new CommandLine.ParameterException(spec.commandLine(), "--replications: expected a whole number in [2, "
                    + CompareCommand.MAX_REPLICATIONS + "], got " + replications);
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        long started = System.nanoTime();
        Scenario independent = s.withSeed(PairedExperiment.independentSeed(b.seed()));
        List<RunResult> br, sr, ir;
        long weeks = (long) replications * (b.burnInWeeks() + b.reportedWeeks()) * 3;
        try (Progress p = Progress.onTerminal("bench-crn", weeks)) {
            br = Replications.run(b, replications, t, p);
            sr = Replications.run(s, replications, t, p);
            ir = Replications.run(independent, replications, t, p);
        }
        double secs = (System.nanoTime() - started) / 1e9;
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "bench-crn: %s vs %s, population %,d, %d years after %d burn-in, %d replications each, seed %d (independent: %d)%n",
                s.name(), b.name(), b.population(), b.years(), b.burnInYears(), replications, b.seed(), independent.seed());
        o.printf(Locale.ROOT, "%-26s %16s %16s %16s %10s%n", "measure (horizon total)", "mean difference", "sd paired", "sd unpaired", "ratio");
        for (String m : measures()) {
            CrnEfficiency e = CrnEfficiency.of(m, br, sr, ir);
            o.printf(Locale.ROOT, "%-26s %16.1f %16.1f %16.1f %10s%n", m, e.paired().mean(),
                    Math.sqrt(e.pairedVariance() * replications), Math.sqrt(e.independentVariance() * replications),
                    e.pairedVariance() == 0 ? "inf" : String.format(Locale.ROOT, "%.1f", e.ratio()));
        }
        CrnEfficiency total = CrnEfficiency.of("total_cost", br, sr, ir);
        o.printf(Locale.ROOT, "total cost difference: variance of the estimate %.4g paired vs %.4g independent: %.1f times smaller with common random numbers%n",
                total.pairedVariance(), total.independentVariance(), total.ratio());
        o.printf(Locale.ROOT, "95%% interval half-width: paired %.0f, independent %.0f; wall time %.1f s on %d thread%s%n",
                (total.paired().high() - total.paired().low()) / 2, 1.96 * Math.sqrt(total.independentVariance()), secs, t, t == 1 ? "" : "s");
        o.flush();
        return 0;
    }

    private static List<String> measures() {
        List<String> m = new java.util.ArrayList<>();
        m.add("total_cost");
        for (capsim.model.Agency a : capsim.model.Agency.values()) m.add(a.code + "_cost");
        return m;
    }

    private Scenario overrides(Scenario sc) {
        return ScenarioOptions.apply(sc, seed, years, population);
    }
}
