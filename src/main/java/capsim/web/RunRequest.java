package capsim.web;

import capsim.scenario.BadInputException;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run asked for over HTTP: {@code {"scenario", "compare"?, "population"?, "years"?, "seed"?,
 * "burn_in_years"?, "set"?: {key: value}}}. Scenarios are shipped names; population is bounded
 * for interactive runs; every override goes through the loader, so the messages are the command
 * line's. A bad body throws {@link BadInputException} (answered 400).
 */
public record RunRequest(Scenario scenario, Scenario compare) {
    /** Interactive runs stay small enough to stream live. */
    public static final int MIN_POPULATION = 500, MAX_POPULATION = 20_000, MAX_YEARS = 20;
    private static final Set<String> KEYS = Set.of("scenario", "compare", "population", "years", "seed", "burn_in_years", "set");

    public static RunRequest parse(String body) {
        Map<?, ?> m = object(body, "an object such as {\"scenario\": \"baseline-deficit\"}");
        for (Object k : m.keySet())
            if (!KEYS.contains(String.valueOf(k)))
                throw new BadInputException("request body: unknown key '" + k + "' (expected one of scenario, compare, population, years, seed, burn_in_years, set)");
        String name = text(m, "scenario", true);
        String other = text(m, "compare", false);
        List<String> sets = new ArrayList<>();
        Object set = m.get("set");
        if (set != null) {
            if (!(set instanceof Map<?, ?> sm)) throw new BadInputException("request body: key 'set': expected an object of parameter: value");
            for (Map.Entry<?, ?> e : sm.entrySet()) sets.add(e.getKey() + "=" + e.getValue());
        }
        bounded(m, "population", MIN_POPULATION, MAX_POPULATION, sets);
        bounded(m, "years", 1, MAX_YEARS, sets);
        bounded(m, "burn_in_years", 0, 40, sets);
        bounded(m, "seed", Long.MIN_VALUE, Long.MAX_VALUE, sets);
        Scenario a = shipped("scenario", name, sets), b = other == null ? null : shipped("compare", other, sets);
        if (b != null && (a.burnInWeeks() != b.burnInWeeks() || a.reportedWeeks() != b.reportedWeeks()))
            throw new BadInputException("request body: key 'compare': " + other + " runs " + b.burnInYears() + " + " + b.years()
                    + " years and " + name + " " + a.burnInYears() + " + " + a.years() + ": side by side they must run the same weeks (set years or burn_in_years)");
        if (a.population() > MAX_POPULATION || (b != null && b.population() > MAX_POPULATION)) {
            // a shipped scenario's own population is for batch runs: an interactive run gets the bound
            a = a.withPopulation(Math.min(a.population(), MAX_POPULATION));
            if (b != null) b = b.withPopulation(Math.min(b.population(), MAX_POPULATION));
        }
        return new RunRequest(a, b);
    }

    /** A request body that must be a JSON object ({@code expected} says what it should hold); else a 400's message. */
    static Map<?, ?> object(String body, String expected) {
        Object doc;
        try {
            // JSON is YAML's flow style: SnakeYAML (already a dependency) reads it
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(body == null ? "" : body);
        } catch (RuntimeException e) {
            throw new BadInputException("request body: malformed JSON (expected " + expected + ")");
        }
        if (!(doc instanceof Map<?, ?> m)) throw new BadInputException("request body: expected " + expected);
        return m;
    }

    /** The shipped scenario a request names under {@code key}, with {@code sets}; else a 400's message with a "did you mean". */
    static Scenario shipped(String key, String name, List<String> sets) {
        if (!ScenarioLoader.isShipped(name))
            throw new BadInputException("request body: key '" + key + "': unknown scenario '" + name + "' (" + ScenarioLoader.suggestShipped(name)
                    + "expected one of " + String.join(", ", ScenarioLoader.shippedNames()) + ")");
        return ScenarioLoader.load(name, sets);
    }

    static String text(Map<?, ?> m, String key, boolean required) {
        Object v = m.get(key);
        if (v == null) {
            if (required) throw new BadInputException("request body: key '" + key + "' is required (a shipped scenario name)");
            return null;
        }
        if (!(v instanceof String s)) throw new BadInputException("request body: key '" + key + "': expected a scenario name, got " + v);
        return s;
    }

    private static void bounded(Map<?, ?> m, String key, long min, long max, List<String> sets) {
        if (m.get(key) == null) return;
        sets.add(0, key + "=" + whole(m, key, min, max, 0, key.equals("population") ? " for an interactive run" : ""));
    }

    /** A whole number in [min, max] under {@code key}, or {@code dflt} when absent; else a 400's message ({@code note} after the range). */
    static long whole(Map<?, ?> m, String key, long min, long max, long dflt, String note) {
        Object v = m.get(key);
        if (v == null) return dflt;
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()))
            throw new BadInputException("request body: key '" + key + "': expected a whole number, got " + v);
        long x = n.longValue();
        if (x < min || x > max) throw new BadInputException("request body: key '" + key + "': expected " + min + " to " + max + note + ", got " + x);
        return x;
    }
}
