package capsim.evidence;

import capsim.experiment.Replications;
import capsim.model.Seeds;
import capsim.model.CommunityModel;
import capsim.model.Measures;
import capsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * Runs every virtual study R times on T threads and returns, per replication, the counters of
 * all studies ({@code study-label/counter}). Replication r of every study runs from the same seed
 * ({@code Seeds.replicationSeed(base seed, r)}); each run is single-threaded and results are
 * gathered in a fixed order, so they do not depend on T.
 */
public final class TrialRuns {
    private TrialRuns() {}

    /** Weeks simulated over all runs (for a progress bar). */
    public static long totalWeeks(Scenario base, int replications) {
        long w = 0;
        for (VirtualStudy v : VirtualStudy.values()) {
            Scenario s = v.scenario(base);
            w += (long) (s.burnInWeeks() + s.reportedWeeks()) * replications;
        }
        return w;
    }

    public static List<Counts> run(Scenario base, int replications, int threads, IntConsumer progress) {
        return run(base, java.util.EnumSet.allOf(VirtualStudy.class), replications, threads, progress);
    }

    /** Only some of the studies (as calibrate needs for the rows it fits). */
    public static List<Counts> run(Scenario base, java.util.Set<VirtualStudy> which, int replications, int threads, IntConsumer progress) {
        IntConsumer p = progress == null ? w -> {} : progress;
        List<VirtualStudy> kinds = new ArrayList<>(new java.util.TreeSet<>(which));
        List<Scenario> studies = new ArrayList<>();
        for (VirtualStudy v : kinds) studies.add(v.scenario(base));
        IntConsumer shared = w -> { synchronized (p) { p.accept(w); } };
        List<java.util.concurrent.Callable<SortedMap<String, Double>>> jobs = new ArrayList<>();
        for (int r = 0; r < replications; r++)
            for (int k = 0; k < studies.size(); k++) {
                VirtualStudy v = kinds.get(k);
                Scenario s = studies.get(k);
                long seed = Seeds.replicationSeed(base.seed(), r);
                jobs.add(() -> one(v, s, seed, shared));
            }
        List<SortedMap<String, Double>> done = Replications.inOrder(jobs, threads, "capsim-evidence");
        List<Counts> out = new ArrayList<>();
        int f = 0;
        for (int r = 0; r < replications; r++) {
            SortedMap<String, Double> all = new TreeMap<>();
            for (int k = 0; k < studies.size(); k++) all.putAll(done.get(f++));
            out.add(new Counts(all));
        }
        return out;
    }

    /** One run of one study: the model's trial counters, and for the before-and-after study the yearly series it needs. */
    static SortedMap<String, Double> one(VirtualStudy v, Scenario s, long seed, IntConsumer progress) {
        CommunityModel model = new CommunityModel(s, seed);
        model.observeBurnIn(false);  // the trial and the series below read reported weeks only
        VirtualTrials trial = VirtualTrials.attach(model);
        int plans = Measures.index("child_protection_plans"), starts = Measures.index("asc_long_term_starts");
        int before = s.params().integer("sba.start_year"), after = before + 2;  // the year before the switch; the second year after it
        double[] series = new double[4];
        model.addWeekListener((week, row) -> {
            progress.accept(1);
            if (week < 1) return;
            int year = (week - 1) / Scenario.WEEKS_PER_YEAR + 1;
            if (year == before) { series[0] += row[plans]; series[1] += row[starts]; }
            else if (year == after) { series[2] += row[plans]; series[3] += row[starts]; }
        });
        model.start();
        int total = s.burnInWeeks() + s.reportedWeeks();
        for (int i = 0; i < total; i++) model.schedule.step(model);
        model.finish();
        SortedMap<String, Double> out = new TreeMap<>();
        String prefix = v.label() + "/";
        for (Map.Entry<String, Long> e : trial.counts().entrySet()) out.put(prefix + e.getKey(), (double) e.getValue());
        if (v == VirtualStudy.BEFORE_AFTER) {
            out.put(prefix + "plan_weeks.before", series[0]);
            out.put(prefix + "long_term_starts.before", series[1]);
            out.put(prefix + "plan_weeks.after", series[2]);
            out.put(prefix + "long_term_starts.after", series[3]);
        }
        return out;
    }
}
