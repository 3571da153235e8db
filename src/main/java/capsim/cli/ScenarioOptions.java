package capsim.cli;

import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --seed}, {@code --years}, {@code --population}, {@code --threads} and {@code --set}: the
 * options of the commands that run scenarios ({@code run}, {@code compare}), and the one place
 * that applies them. The picture commands and {@code bench-crn} have their own population
 * defaults but apply their overrides through {@link #apply(Scenario, String, String, String)}.
 */
public final class ScenarioOptions {
    static final int MAX_THREADS = 256;

    @Spec(Spec.Target.MIXEE) CommandSpec spec;

    @Option(names = "--seed", paramLabel = "S", description = "Base seed (default: the scenario's; compare: the baseline's)")
    String seed;

    @Option(names = "--years", paramLabel = "Y", description = "Reported years after burn-in (default: the scenario's)")
    String years;

    @Option(names = "--population", paramLabel = "N", description = "People in the synthetic population (default: the scenario's)")
    String population;

    @Option(names = "--threads", paramLabel = "T", description = "Threads; results do not depend on it (default: the number of processors)")
    Integer threads;

    @Mixin SetOptions set;

    /** The scenario a reference names, with {@code --set}, then {@code --seed}, {@code --years} and {@code --population}. */
    Scenario load(String ref) { return apply(ScenarioLoader.load(ref, set.sets), seed, years, population); }

    /**
     * A warning on stderr for each {@code --set} key that nothing in any of {@code sides} reads
     * (the practice's parameters on a deficit-only scenario, say): set, but it changes nothing.
     */
    void warnUnread(Scenario... sides) {
        for (String key : set.keys()) {
            String why = null;
            for (Scenario s : sides) {
                String w = capsim.analysis.ParameterDifferences.unread(s, key);
                if (w == null) { why = null; break; }
                why = why == null ? s.name() + ": " + w : why + "; " + s.name() + ": " + w;
            }
            if (why != null) {
                spec.commandLine().getErr().println("warning: --set " + key + ": nothing reads it (" + why + "), so it changes nothing");
                spec.commandLine().getErr().flush();
            }
        }
    }

    /** {@code --seed}, {@code --years} and {@code --population} (each when given), checked as the scenario file's values are. */
    static Scenario apply(Scenario s, String seed, String years, String population) {
        if (seed != null) s = ScenarioLoader.override(s, ScenarioLoader.SEED, seed, "--seed");
        if (years != null) s = ScenarioLoader.override(s, ScenarioLoader.YEARS, years, "--years");
        if (population != null) s = ScenarioLoader.override(s, ScenarioLoader.POPULATION, population, "--population");
        return s;
    }

    /** {@code --threads}, or as many processors as there are jobs to share them. */
    int threads(int jobs) {
        int t = threads == null ? Math.min(jobs, Runtime.getRuntime().availableProcessors()) : threads;
        if (t < 1 || t > MAX_THREADS)
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads: expected a whole number in [1, " + MAX_THREADS + "], got " + t);
        return t;
    }
}
