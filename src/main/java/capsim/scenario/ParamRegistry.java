package capsim.scenario;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every parameter the model reads, loaded once from the bundled {@code capsim/parameters.yaml}:
 * flat dotted keys, each with type, default, range, unit and source. Scenario files may set
 * only keys declared here. The registry is immutable after loading.
 */
public final class ParamRegistry {
    private static final String RESOURCE = "/capsim/parameters.yaml";
    private static volatile ParamRegistry instance;

    private final SortedMap<String, ParamSpec> specs;

    private ParamRegistry(SortedMap<String, ParamSpec> specs) { this.specs = Collections.unmodifiableSortedMap(specs); }

    public static ParamRegistry get() {
        ParamRegistry r = instance;
        if (r == null) {
            synchronized (ParamRegistry.class) {
                if (instance == null) instance = load();
                r = instance;
            }
        }
        return r;
    }

    public SortedMap<String, ParamSpec> specs() { return specs; }

    public ParamSpec spec(String key) { return specs.get(key); }

    public ParamSet defaults() {
        Map<String, Object> m = new LinkedHashMap<>();
        specs.forEach((k, s) -> m.put(k, s.defaultValue()));
        return new ParamSet(m);
    }

    @SuppressWarnings("unchecked")
    private static ParamRegistry load() {
        try (InputStream in = ParamRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            SortedMap<String, ParamSpec> out = new TreeMap<>();
            flatten("", (Map<String, Object>) root.get("parameters"), out);
            return new ParamRegistry(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A map with a "default" key is a parameter spec; any other map is a section of the key path. */
    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> node, SortedMap<String, ParamSpec> out) {
        for (Map.Entry<String, Object> e : node.entrySet()) {
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            Map<String, Object> m = (Map<String, Object>) e.getValue();
            if (m.containsKey("default")) out.put(key, spec(key, m));
            else flatten(key, m, out);
        }
    }

    @SuppressWarnings("unchecked")
    private static ParamSpec spec(String key, Map<String, Object> m) {
        Object def = m.get("default");
        List<String> values = m.containsKey("values") ? new ArrayList<>((List<String>) m.get("values")) : null;
        ParamSpec.Type type;
        String declared = (String) m.get("type");
        if (declared != null) type = ParamSpec.Type.valueOf(declared.toUpperCase());
        else if (values != null) type = ParamSpec.Type.ENUM;
        else if (def instanceof Boolean) type = ParamSpec.Type.BOOLEAN;
        else if (def instanceof Integer || def instanceof Long) type = ParamSpec.Type.INTEGER;
        else type = ParamSpec.Type.NUMBER;
        Double min = null, max = null;
        if (m.get("range") instanceof List<?> r) {
            min = r.get(0) == null ? null : ((Number) r.get(0)).doubleValue();
            max = r.get(1) == null ? null : ((Number) r.get(1)).doubleValue();
        }
        Object normal = switch (type) {
            case NUMBER -> ((Number) def).doubleValue();
            case INTEGER -> ((Number) def).longValue();
            case BOOLEAN -> (Boolean) def;
            case ENUM -> def.toString();
        };
        String source = (String) m.get("source");
        if (source == null || source.isBlank())
            throw new IllegalStateException("parameter " + key + " has no source (cite one or write 'assumption')");
        return new ParamSpec(key, type, normal, min, max, values, String.valueOf(m.getOrDefault("unit", "")), source,
                String.valueOf(m.getOrDefault("doc", "")));
    }
}
