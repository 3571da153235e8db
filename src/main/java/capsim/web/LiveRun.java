package capsim.web;

import capsim.model.Agency;
import capsim.model.CommunityModel;
import capsim.model.LifeStories;
import capsim.model.Measures;
import capsim.model.Policy;
import capsim.model.Seeds;
import capsim.output.JsonWriter;
import capsim.output.Numbers;
import capsim.scenario.BadInputException;
import capsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * One live run: a scenario, or two side by side from the same seed (replication 0, as
 * {@code capsim run} seeds it), stepped week by week on the caller's thread. Each reported week
 * becomes one JSON line: {@code {"week", "year", "arms": [{"name", "measures": {column: value}}]}}
 * with every recorder column, formatted as {@code timeseries.csv} formats it, so the numbers a
 * page shows are the model's own counts. Levers set mid-run ({@link #set}) apply to the last arm
 * (the scenario when comparing) from the next week.
 */
public final class LiveRun {
    final String id;
    private final List<Scenario> scenarios = new ArrayList<>();
    private final ConcurrentLinkedQueue<Map<String, Object>> pending = new ConcurrentLinkedQueue<>();
    private volatile boolean cancelled;
    private volatile int paceMillis;
    private volatile boolean paused;
    private final java.util.concurrent.atomic.AtomicInteger steps = new java.util.concurrent.atomic.AtomicInteger();
    final long created = System.nanoTime();
    volatile boolean streaming;
    /** The people followed in each arm from the end of burn-in (empty before it); after the run, their stories frozen. */
    private volatile List<LifeStories> stories = List.of();
    private volatile List<List<LifeStories.Story>> frozen;
    /** People followed per group of {@link LifeStories#GROUPS}. */
    static final int STORIES_PER_GROUP = 2;

    LiveRun(String id, RunRequest r) {
        this.id = id;
        scenarios.add(r.scenario());
        if (r.compare() != null) scenarios.add(r.compare());
    }

    void cancel() { cancelled = true; }

    boolean cancelled() { return cancelled; }

    /** Levers a page may move, checked now (400 on a bad one) and applied at the next week. */
    void set(Map<String, Object> levers) {
        for (Map.Entry<String, Object> e : levers.entrySet()) check(e.getKey(), e.getValue());
        Object pace = levers.get("pace_ms");
        if (pace != null) paceMillis = ((Number) pace).intValue();
        if (levers.get("paused") instanceof Boolean b) paused = b;
        if (levers.get("step") instanceof Number k) steps.addAndGet(k.intValue());
        pending.add(levers);
    }

    /** Lever names: trained_share, fidelity, community_investment, resource_led, sba_as_cuts, {agency}_strengths, {agency}_threshold; and the run's controls pace_ms, paused, step (reported weeks to advance while paused). */
    static final List<String> LEVERS = levers();

    private static List<String> levers() {
        List<String> l = new ArrayList<>(List.of("trained_share", "fidelity", "community_investment", "resource_led", "sba_as_cuts", "pace_ms", "paused", "step"));
        for (Agency a : new Agency[]{Agency.CSC, Agency.ASC, Agency.GP, Agency.MH, Agency.HOUSING}) l.add(a.code + "_strengths");
        for (Agency a : new Agency[]{Agency.CSC, Agency.ASC, Agency.MH, Agency.HOUSING}) l.add(a.code + "_threshold");
        return List.copyOf(l);
    }

    private static void check(String key, Object v) {
        if (!LEVERS.contains(key)) throw new BadInputException("request body: unknown lever '" + key + "' (expected one of " + String.join(", ", LEVERS) + ")");
        boolean flag = key.endsWith("_strengths") || key.equals("resource_led") || key.equals("sba_as_cuts") || key.equals("paused");
        if (flag ? !(v instanceof Boolean) : !(v instanceof Number))
            throw new BadInputException("request body: lever '" + key + "': expected " + (flag ? "true or false" : "a number") + ", got " + v);
        if (flag) return;
        double x = ((Number) v).doubleValue();
        double lo = 0, hi = switch (key) { case "trained_share", "fidelity" -> 1; case "community_investment" -> 1e8; case "pace_ms" -> 5000; case "step" -> 520; default -> 3; };
        if (key.endsWith("_threshold")) lo = 0.1;
        if (!(x >= lo && x <= hi)) throw new BadInputException("request body: lever '" + key + "': expected " + lo + " to " + hi + ", got " + v);
    }

    private static void apply(Policy p, Map<String, Object> levers) {
        for (Map.Entry<String, Object> e : levers.entrySet()) {
            String k = e.getKey();
            Object v = e.getValue();
            switch (k) {
                case "trained_share" -> p.setTrainedShare(((Number) v).doubleValue());
                case "fidelity" -> p.setFidelity(((Number) v).doubleValue());
                case "community_investment" -> p.setCommunityInvestmentPerYear(((Number) v).doubleValue());
                case "resource_led" -> p.setResourceLed((Boolean) v);
                case "sba_as_cuts" -> p.setSbaAsCuts((Boolean) v);
                case "pace_ms", "paused", "step" -> { }  // the run's own controls, taken in set()
                default -> {
                    Agency a = Agency.byCode(k.substring(0, k.indexOf('_')));
                    if (k.endsWith("_strengths")) p.setStrengthsBased(a, (Boolean) v);
                    else p.setThresholdFactor(a, ((Number) v).doubleValue());
                }
            }
        }
    }

    /** Runs to the end (or until cancelled), giving {@code send} each reported week's line. */
    void run(Consumer<String> send) {
        int n = scenarios.size();
        CommunityModel[] models = new CommunityModel[n];
        double[][] rows = new double[n][];
        int[] weeks = new int[n];
        for (int k = 0; k < n; k++) {
            Scenario s = scenarios.get(k);
            models[k] = new CommunityModel(s, Seeds.replicationSeed(s.seed(), 0));
            int arm = k;
            models[k].addWeekListener((week, row) -> { weeks[arm] = week; rows[arm] = week >= 1 ? row : null; });
            models[k].start();
        }
        Scenario first = scenarios.get(0);
        int total = first.burnInWeeks() + first.reportedWeeks();
        List<String> columns = Measures.columns();
        for (int w = 0; w < total && !cancelled; w++) {
            if (stories.isEmpty() && models[0].reportedWeek() == 0) follow(models);
            // before the switch a lever moves the scenario's policy, which applies from the switch (the burn-in is the baseline's)
            for (Map<String, Object> levers; (levers = pending.poll()) != null; ) apply(models[n - 1].leverPolicy(), levers);
            for (int k = 0; k < n; k++) { rows[k] = null; models[k].schedule.step(models[k]); }
            if (rows[0] == null) continue;  // burn-in: not reported
            StringBuilder j = new StringBuilder(16_384).append("{\"week\":").append(weeks[0]).append(",\"year\":").append((weeks[0] - 1) / 52 + 1).append(",\"arms\":[");
            for (int k = 0; k < n; k++) {
                if (k > 0) j.append(',');
                j.append("{\"name\":").append(JsonWriter.quoted(scenarios.get(k).name())).append(",\"measures\":{");
                for (int c = 0; c < columns.size(); c++) {
                    if (c > 0) j.append(',');
                    j.append('"').append(columns.get(c)).append("\":");
                    double x = rows[k][c];
                    if (Double.isFinite(x)) Numbers.append(j, x); else j.append("null");  // as timeseries.csv writes it; NaN as null
                }
                j.append("}}");
            }
            send.accept(j.append("]}").toString());  // one line: one server-sent event
            try {
                if (paceMillis > 0) Thread.sleep(paceMillis);
                // paused: wait, unless a single step was asked for (one reported week each)
                while (paused && !cancelled && steps.get() <= 0) Thread.sleep(20);
                if (paused && steps.get() > 0) steps.decrementAndGet();
            } catch (InterruptedException e) { Thread.currentThread().interrupt(); return; }
        }
        for (CommunityModel m : models) m.finish();
        // an ended run keeps its stories, not its models (a 20,000-person model is tens of megabytes)
        frozen = stories.stream().map(LifeStories::stories).toList();
        stories = List.of();
    }

    /**
     * From the end of burn-in, the same people in every arm (sampled in the first: both arms
     * have lived the same burn-in from the same seed), so a class sees one life under each pathway.
     */
    private void follow(CommunityModel[] models) {
        List<String> why = new ArrayList<>();
        long[] ids = LifeStories.sample(models[0], STORIES_PER_GROUP, why);
        List<LifeStories> l = new ArrayList<>();
        for (CommunityModel m : models) l.add(new LifeStories(m, ids, why.toArray(String[]::new)));
        stories = List.copyOf(l);
    }

    /** Each arm's life stories so far (empty during burn-in), a copy safe to read while the run goes on. */
    List<List<LifeStories.Story>> stories() {
        List<List<LifeStories.Story>> f = frozen;
        return f != null ? f : stories.stream().map(LifeStories::stories).toList();
    }

    /** The arms' names, for the page's legend. */
    List<String> names() { return scenarios.stream().map(Scenario::name).toList(); }
}
