package capsim.web;

import capsim.scenario.BadInputException;
import capsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A commissioner's comparison asked for over HTTP: {@code {"baseline", "scenario", "population"?,
 * "years"?, "replications"?, "seed"?, "trained_share"?, "fidelity"?, "community_investment"?,
 * "deprivation_skew"?, "assets_per_1000"?, "set"?: {key: value}}}. The practice's levers
 * (trained share, fidelity, community investment) are the scenario's: they go to the scenario arm
 * only, so the baseline stays today's practice. The area's (deprivation, community assets) and
 * {@code set} go to both arms, as {@code capsim compare --set} does. Every value set is held,
 * not drawn over: it is the question asked.
 */
record ExploreRequest(Scenario baseline, Scenario scenario, int replications, List<String> held) {
    /** A comparison in the background stays a few minutes on a laptop: bounded as interactive runs are, a little wider. */
    static final int MIN_POPULATION = 2_000, MAX_POPULATION = 50_000, MIN_REPLICATIONS = 4, MAX_REPLICATIONS = 40;
    static final int DEFAULT_POPULATION = 10_000, DEFAULT_REPLICATIONS = 10;
    /** The scenario arm's levers, by request key: the parameter each sets. */
    static final Map<String, String> PRACTICE = Map.of("trained_share", "sba.trained_share", "fidelity", "sba.fidelity",
            "community_investment", "investment.community_per_year");
    /** The area's, both arms. */
    static final Map<String, String> AREA = Map.of("deprivation_skew", "area.deprivation_skew", "assets_per_1000", "community.assets_per_1000");
    private static final List<String> KEYS = List.of("baseline", "scenario", "population", "years", "replications", "seed",
            "trained_share", "fidelity", "community_investment", "deprivation_skew", "assets_per_1000", "set");

    static ExploreRequest parse(String body) {
        Map<?, ?> m = RunRequest.object(body, "an object such as {\"baseline\": \"baseline-deficit\", \"scenario\": \"strengths-based\"}");
        for (Object k : m.keySet())
            if (!KEYS.contains(String.valueOf(k)))
                throw new BadInputException("request body: unknown key '" + k + "' (expected one of " + String.join(", ", KEYS) + ")");
        List<String> both = new ArrayList<>(), practice = new ArrayList<>(), held = new ArrayList<>();
        both.add("population=" + whole(m, "population", MIN_POPULATION, MAX_POPULATION, DEFAULT_POPULATION));
        if (m.get("years") != null) both.add("years=" + whole(m, "years", 1, RunRequest.MAX_YEARS, 0));
        if (m.get("seed") != null) both.add("seed=" + whole(m, "seed", Long.MIN_VALUE, Long.MAX_VALUE, 0));
        long replications = whole(m, "replications", MIN_REPLICATIONS, MAX_REPLICATIONS, DEFAULT_REPLICATIONS);
        Object set = m.get("set");
        if (set != null) {
            if (!(set instanceof Map<?, ?> sm)) throw new BadInputException("request body: key 'set': expected an object of parameter: value");
            for (Map.Entry<?, ?> e : sm.entrySet()) { both.add(e.getKey() + "=" + e.getValue()); held.add(String.valueOf(e.getKey())); }
        }
        lever(m, AREA, both, held);
        lever(m, PRACTICE, practice, held);
        Scenario b = shipped(m, "baseline", both), s;
        List<String> scenarioSets = new ArrayList<>(both);
        scenarioSets.addAll(practice);
        s = shipped(m, "scenario", scenarioSets);
        if (s.seed() != b.seed()) s = s.withSeed(b.seed());  // paired from the baseline's seed, as capsim compare does
        if (b.burnInYears() != s.burnInYears() || b.years() != s.years())
            throw new BadInputException("request body: " + s.name() + " runs " + s.burnInYears() + " + " + s.years() + " years and "
                    + b.name() + " " + b.burnInYears() + " + " + b.years() + ": paired runs need the same weeks (set years)");
        return new ExploreRequest(b, s, (int) replications, List.copyOf(held));
    }

    /** The request's levers in {@code keys}, each as parameter=value, checked by the loader (so its range messages). */
    private static void lever(Map<?, ?> m, Map<String, String> keys, List<String> sets, List<String> held) {
        Map<String, String> sorted = new java.util.TreeMap<>(keys);
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            Object v = m.get(e.getKey());
            if (v == null) continue;
            if (!(v instanceof Number)) throw new BadInputException("request body: key '" + e.getKey() + "': expected a number, got " + v);
            sets.add(e.getValue() + "=" + v);
            held.add(e.getValue());
        }
    }

    private static Scenario shipped(Map<?, ?> m, String key, List<String> sets) {
        return RunRequest.shipped(key, RunRequest.text(m, key, true), sets);
    }

    private static long whole(Map<?, ?> m, String key, long min, long max, long dflt) { return RunRequest.whole(m, key, min, max, dflt, ""); }
}
