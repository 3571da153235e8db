package capsim.scenario;

import static capsim.scenario.ScenarioLoader.BURN_IN_YEARS;
import static capsim.scenario.ScenarioLoader.POPULATION;
import static capsim.scenario.ScenarioLoader.SEED;
import static capsim.scenario.ScenarioLoader.YEARS;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A scenario value as text or a YAML scalar, converted to its parameter's type (Double, Long,
 * Boolean or String) and checked against its range or allowed values, with YAML 1.1's own
 * reading of plain scalars; every refusal a {@link ScenarioException} naming file, line and key.
 */
final class ScenarioValues {
    private static final Resolver RESOLVER = new Resolver();
    private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?[0-9]+");

    private ScenarioValues() {}

    /** Converts a scalar to the spec's type and checks its range or allowed values. */
    static Object value(ParamSpec spec, Node node, String file, int line, String key) {
        if (!(node instanceof ScalarNode s))
            throw new ScenarioException(file, line, key, "expected " + spec.expected() + ", got a "
                    + (node instanceof MappingNode ? "mapping" : "list"));
        return convert(spec, s.getValue(), s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN, file, line, key);
    }

    /** @param plain unquoted, so {@code null} or {@code ~} mean nothing */
    static Object convert(ParamSpec spec, String text, boolean plain, String file, int line, String key) {
        String what = spec.expected();
        String raw = text.trim();
        if (raw.isEmpty() || plain && RESOLVER.resolve(NodeId.scalar, raw, true).equals(Tag.NULL))
            throw new ScenarioException(file, line, key, "expected " + what + ", got nothing");
        Tag tag = RESOLVER.resolve(NodeId.scalar, raw, true);
        String got = "got '" + raw + "'";
        switch (spec.type()) {
            case BOOLEAN -> {
                if (!tag.equals(Tag.BOOL)) throw new ScenarioException(file, line, key, "expected " + what + ", " + got);
                String l = raw.toLowerCase(Locale.ROOT);
                return l.equals("true") || l.equals("yes") || l.equals("on");
            }
            case ENUM -> {
                if (!spec.values().contains(raw)) {
                    String near = KeySuggestions.nearest(raw, spec.values());
                    throw new ScenarioException(file, line, key, "expected " + what + ", " + got
                            + (near != null ? " (did you mean " + near + "?)" : ""));
                }
                return raw;
            }
            case INTEGER -> {
                String t = raw.replace("_", "");
                long v;
                if ((tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) && DECIMAL_INT.matcher(t).matches()) {
                    try {
                        v = Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
                    } catch (NumberFormatException e) {
                        throw new ScenarioException(file, line, key, "expected " + what + ", " + got + " (too large)");
                    }
                } else if (tag.equals(Tag.FLOAT) && isFinite(t) && Double.parseDouble(t) == Math.rint(Double.parseDouble(t))
                        && Math.abs(Double.parseDouble(t)) < 9e15) {
                    v = (long) Double.parseDouble(t);
                } else {
                    throw new ScenarioException(file, line, key, "expected " + what + ", " + got);
                }
                if (spec.min() != null && v < spec.min() || spec.max() != null && v > spec.max())
                    throw new ScenarioException(file, line, key, "expected " + what + ", " + got + " (out of range)");
                return v;
            }
            default -> {
                String t = raw.replace("_", "");
                if (!(tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) || !isFinite(t))
                    throw new ScenarioException(file, line, key, "expected " + what + ", " + got);
                double v = Double.parseDouble(t) + 0.0;   // + 0.0 turns -0.0 into 0.0
                if (spec.min() != null && v < spec.min() || spec.max() != null && v > spec.max())
                    throw new ScenarioException(file, line, key, "expected " + what + ", " + got + " (out of range)");
                return v;
            }
        }
    }

    private static boolean isFinite(String t) {
        try {
            return Double.isFinite(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            return false;   // YAML 1.1 oddities: hex, octal, sexagesimal, .inf, .nan
        }
    }

    static Map<String, ParamSpec> settings() {
        Map<String, ParamSpec> m = new LinkedHashMap<>();
        // not Scenario.defaults(): that reads the registry, which a file refused for its size never needs
        m.put(SEED, setting(SEED, "random seed", Scenario.DEFAULT_SEED, 0d, null, "", "base seed; replication seeds derive from it"));
        m.put(POPULATION, setting(POPULATION, "people simulated", Scenario.DEFAULT_POPULATION, 100d, 10_000_000d, "people", "people in the synthetic population"));
        m.put(YEARS, setting(YEARS, "years reported", Scenario.DEFAULT_YEARS, 1d, 100d, "years", "reported years after burn-in"));
        m.put(BURN_IN_YEARS, setting(BURN_IN_YEARS, "years of warm-up before reporting", Scenario.DEFAULT_BURN_IN_YEARS, 0d, 50d, "years", "years simulated before reporting starts"));
        return Collections.unmodifiableMap(m);
    }

    private static ParamSpec setting(String key, String label, long def, Double min, Double max, String unit, String doc) {
        return new ParamSpec(key, ParamSpec.Type.INTEGER, def, min, max, null, unit, "run setting", doc, label);
    }
}
