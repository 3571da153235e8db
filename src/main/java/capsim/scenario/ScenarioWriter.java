package capsim.scenario;

import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a fully resolved scenario as YAML: the run settings, then every parameter nested by
 * its dotted key, sorted, with its unit as a comment, and no {@code extends}. The text depends only on the scenario, and
 * {@code ScenarioLoader} reads it back to an equal scenario (apart from its source path).
 */
public final class ScenarioWriter {
    private ScenarioWriter() {}

    public static String write(Scenario s) {
        StringBuilder b = new StringBuilder();
        b.append("# capsim scenario, fully resolved: every parameter, sorted. Run it with: capsim run <this file>\n");
        b.append("name: ").append(quote(s.name())).append('\n');
        b.append("description: ").append(quote(s.description() == null ? "" : s.description())).append('\n');
        b.append("seed: ").append(s.seed()).append('\n');
        b.append("population: ").append(s.population()).append('\n');
        b.append("years: ").append(s.years()).append('\n');
        b.append("burn_in_years: ").append(s.burnInYears()).append('\n');
        Map<String, Object> tree = new TreeMap<>();
        for (Map.Entry<String, Object> e : s.params().asMap().entrySet()) put(tree, e.getKey().split("\\."), 0, e.getValue());
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            // a section named like a run setting (population) is written flat, so no key appears twice
            if (ScenarioLoader.TOP_KEYS.contains(e.getKey())) flat(b, e.getKey(), e.getValue());
            else tree(b, e.getKey(), Map.of(e.getKey(), e.getValue()), 0);
        }
        return b.toString();
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> node, String[] path, int i, Object v) {
        if (i == path.length - 1) { node.put(path[i], v); return; }
        put((Map<String, Object>) node.computeIfAbsent(path[i], k -> new TreeMap<String, Object>()), path, i + 1, v);
    }

    @SuppressWarnings("unchecked")
    private static void flat(StringBuilder b, String path, Object node) {
        if (node instanceof Map<?, ?> m) for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) flat(b, path + "." + e.getKey(), e.getValue());
        else b.append(path).append(": ").append(scalar(node)).append(unit(path)).append('\n');
    }

    @SuppressWarnings("unchecked")
    private static void tree(StringBuilder b, String path, Map<String, Object> node, int depth) {
        for (Map.Entry<String, Object> e : node.entrySet()) {
            String key = depth == 0 ? e.getKey() : path + "." + e.getKey();
            b.append("  ".repeat(depth)).append(e.getKey()).append(':');
            if (e.getValue() instanceof Map<?, ?> m) {
                b.append('\n');
                tree(b, key, (Map<String, Object>) m, depth + 1);
            } else {
                b.append(' ').append(scalar(e.getValue())).append(unit(key)).append('\n');
            }
        }
    }

    /** The parameter's unit as a trailing comment, for the reader. */
    private static String unit(String key) {
        ParamSpec spec = ParamRegistry.get().spec(key);
        return spec == null || spec.unit().isBlank() ? "" : "   # " + spec.unit().replaceAll("\\s+", " ");
    }

    private static String scalar(Object v) {
        if (v instanceof Double d) return Literals.number(d);
        if (v instanceof Number || v instanceof Boolean) return v.toString();
        return quote(v.toString());
    }

    /** YAML double-quoted style, whose escapes are JSON's. */
    static String quote(String s) { return Literals.quoted(s); }
}
