package capsim.experiment;

import capsim.model.Seeds;
import capsim.scenario.Scenario;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;

/**
 * Runs a baseline and a scenario R times each for a paired comparison. With common random
 * numbers (the default) both are run from the same base seed, so replication i of each gets
 * the same seed and, stream by stream, the same random draws: both meet the same life events.
 * A pair is one job, and where the arms differ only in the policy applied at the switch the
 * scenario arm is forked from the baseline's burn-in ({@link Simulation#runPair}).
 * The independent-seeds variant exists only to measure what that pairing buys.
 */
public final class PairedExperiment {
    private PairedExperiment() {}

    /** Both sides' replications, in replication order. */
    public record Runs(Scenario baseline, Scenario scenario, List<RunResult> baselineRuns, List<RunResult> scenarioRuns,
                       boolean commonRandomNumbers) {}

    /** Weeks the whole experiment simulates, burn-in included, for a progress bar. */
    public static long totalWeeks(Scenario baseline, Scenario scenario, int replications) {
        return (long) replications * (baseline.burnInWeeks() + baseline.reportedWeeks()
                + scenario.burnInWeeks() + scenario.reportedWeeks());
    }

    /** Paired runs: the scenario takes the baseline's seed, so replication i of both shares a seed. */
    public static Runs commonRandomNumbers(Scenario baseline, Scenario scenario, int replications, int threads,
                                           IntConsumer progress) {
        Scenario paired = scenario.withSeed(baseline.seed());
        Replications.Pairs runs = Replications.runPairs(i -> baseline, i -> paired, replications, threads, progress);
        return new Runs(baseline, paired, runs.baseline(), runs.scenario(), true);
    }

    /**
     * Another scenario arm paired with baseline runs already made by {@link #commonRandomNumbers}:
     * the scenario takes the baseline's seed, so its replication i meets the same life events as
     * the baseline's replication i (used to compare variants of one scenario against one baseline
     * without running the baseline again).
     */
    public static Runs againstBaseline(Runs paired, Scenario variant, int threads, IntConsumer progress) {
        if (!paired.commonRandomNumbers()) throw new IllegalArgumentException("the baseline runs are not paired by seed");
        Scenario s = variant.withSeed(paired.baseline().seed());
        List<RunResult> runs = Replications.run(s, paired.baselineRuns().size(), threads, progress);
        return new Runs(paired.baseline(), s, paired.baselineRuns(), runs, true);
    }

    /**
     * Paired runs with parameter uncertainty: replication i of both arms runs the arms as
     * {@code drawOf.apply(arm, i)} makes them (a parameter draw keyed to the seed), from the same seed.
     */
    public static Runs drawn(Scenario baseline, Scenario scenario, int replications, int threads, IntConsumer progress,
                             BiFunction<Scenario, Integer, Scenario> drawOf) {
        Scenario paired = scenario.withSeed(baseline.seed());
        Replications.Pairs runs = Replications.runPairs(i -> drawOf.apply(baseline, i), i -> drawOf.apply(paired, i), replications,
                threads, progress);
        return new Runs(baseline, paired, runs.baseline(), runs.scenario(), true);
    }

    /** A base seed whose replication seeds share nothing with the baseline's. */
    public static long independentSeed(long baseSeed) {
        return Seeds.mix(baseSeed ^ 0x5DEECE66DL) & Long.MAX_VALUE;
    }
}
