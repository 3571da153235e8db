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
        double[][] rows = new double[scenario.reportedWeeks()][];
        model.addWeekListener((week, row) -> {
            if (week >= 1) rows[week - 1] = row.clone();
            if (progress != null) progress.accept(1);
        });
        model.start();
        int total = scenario.burnInWeeks() + scenario.reportedWeeks();
        for (int i = 0; i < total; i++) model.schedule.step(model);
        model.finish();
        for (double[] r : rows) if (r == null || r.length != Measures.count()) throw new IllegalStateException("missing week");
        return new RunResult(scenario.name(), replication, seed, rows);
    }
}
