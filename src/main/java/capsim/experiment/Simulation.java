package capsim.experiment;

import capsim.model.CommunityModel;
import capsim.model.Measures;
import capsim.model.Seeds;
import capsim.scenario.Scenario;

import java.util.function.IntConsumer;

/** Runs one replication of a scenario headless: burn-in, then the reported years. */
public final class Simulation {
    private Simulation() {}

    /**
     * @param progress told the number of weeks just simulated (burn-in included), or null
     */
    public static RunResult run(Scenario scenario, int replication, IntConsumer progress) {
        long seed = Seeds.replicationSeed(scenario.seed(), replication);
        CommunityModel model = new CommunityModel(scenario, seed);
        model.observeBurnIn(false);  // Rows keeps reported weeks only
        Rows rows = new Rows(scenario, model, progress);
        model.start();
        int total = scenario.burnInWeeks() + scenario.reportedWeeks();
        for (int i = 0; i < total; i++) model.schedule.step(model);
        model.finish();
        return rows.result(replication, seed);
    }

    /**
     * Both arms of paired replication r, from one seed. When the arms can share a burn-in
     * ({@link CommunityModel#canShareBurnIn}: they differ only in the policy applied at the switch)
     * the scenario arm is forked from the baseline's model at the end of the burn-in, which saves a
     * third of the pair's weeks and gives the same rows, byte for byte, as its own run from scratch
     * (ForkTest, PairedRunsTest); otherwise each arm runs its own ({@link #run}, the plain twin).
     * {@code progress} is told the shared burn-in's weeks for both arms.
     */
    public static RunResult[] runPair(Scenario baseline, Scenario scenario, int replication, IntConsumer progress) {
        if (!CommunityModel.canShareBurnIn(baseline, scenario))
            return new RunResult[]{run(baseline, replication, progress), run(scenario, replication, progress)};
        long seed = Seeds.replicationSeed(baseline.seed(), replication);
        CommunityModel b = new CommunityModel(baseline, seed);
        b.observeBurnIn(false);  // Rows keeps reported weeks only
        Rows rb = new Rows(baseline, b, progress);
        b.start();
        for (int i = 0; i < baseline.burnInWeeks(); i++) b.schedule.step(b);
        CommunityModel s = b.forkAs(scenario);
        Rows rs = new Rows(scenario, s, progress);
        if (progress != null) progress.accept(scenario.burnInWeeks());
        for (int i = 0; i < baseline.reportedWeeks(); i++) {
            b.schedule.step(b);
            s.schedule.step(s);
        }
        b.finish();
        s.finish();
        return new RunResult[]{rb.result(replication, seed), rs.result(replication, seed)};
    }

    /** A run's reported rows, kept as the model ends each week. */
    private static final class Rows {
        final Scenario scenario;
        final double[][] rows;

        Rows(Scenario scenario, CommunityModel model, IntConsumer progress) {
            this.scenario = scenario;
            rows = new double[scenario.reportedWeeks()][];
            model.addWeekListener((week, row) -> {
                if (week >= 1) rows[week - 1] = row.clone();
                if (progress != null) progress.accept(1);
            });
        }

        RunResult result(int replication, long seed) {
            for (double[] r : rows) if (r == null || r.length != Measures.count()) throw new IllegalStateException("missing week");
            return new RunResult(scenario.name(), replication, seed, rows);
        }
    }
}
