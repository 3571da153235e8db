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
 * flat dotted keys, each with type, default, range, unit, source and a plain-English label. Scenario files may set
 * only keys declared here. The registry is immutable after loading.
 */
public final class ParamRegistry {
    private static final String RESOURCE = "/capsim/parameters.yaml";
    /**
     * The bundled parameter files, read in this order into one registry (a key declared twice
     * fails): one file per part of the model, so none grows past what a reader can take in.
     */
    static final List<String> RESOURCES = List.of(RESOURCE, "/capsim/parameters-families.yaml");
    private static volatile ParamRegistry instance;

    /**
     * The fields a parameter spec may have, all read by {@link #spec}: anything else is refused,
     * so a typo, or a value cut at a comma in a flow map ({@code unit: FTE per 10,000 people}
     * leaves a stray key {@code 000 people}), fails when the registry loads.
     */
    public static final List<String> SPEC_FIELDS = List.of("default", "type", "range", "values", "unit", "source", "label", "doc", "uncertainty");

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

    private static ParamRegistry load() {
        List<String> texts = new java.util.ArrayList<>();
        for (String resource : RESOURCES) {
            try (InputStream in = ParamRegistry.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("missing resource " + resource);
                texts.add(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return parse(RESOURCES, texts);
    }

    /**
     * A registry from the text of a parameters file: the {@code parameters} tree, then the
     * optional {@code uncertainty} section (dotted key to distribution), which must name only
     * declared numeric parameters; every other parameter's uncertainty follows
     * {@link Uncertainty#rule}. A bad entry fails with the key and what was expected.
     */
    static ParamRegistry parse(String... yamls) {
        return parse(Collections.nCopies(yamls.length, RESOURCE), List.of(yamls));
    }

    /** As {@link #parse(String...)}, a fault in an entry naming the file it is in. */
    @SuppressWarnings("unchecked")
    static ParamRegistry parse(List<String> names, List<String> yamls) {
        SortedMap<String, ParamSpec> out = new TreeMap<>();
        List<Object> sections = new java.util.ArrayList<>();
        for (int i = 0; i < yamls.size(); i++) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamls.get(i));
            SortedMap<String, ParamSpec> part = new TreeMap<>();
            flatten(names.get(i), "", (Map<String, Object>) root.get("parameters"), part);
            for (String key : part.keySet()) if (out.containsKey(key)) throw bad(names.get(i), key, "one declaration (it is declared in two parameter files)");
            out.putAll(part);
            if (root.get("uncertainty") != null) sections.add(root.get("uncertainty"));
        }
        for (Object section : sections) {
            if (!(section instanceof Map<?, ?> m)) throw bad("uncertainty", "a map from parameter key to distribution");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = String.valueOf(e.getKey());
                ParamSpec p = out.get(key);
                if (p == null) throw bad("uncertainty." + key, "a parameter declared under parameters");
                if (p.declared() != null) throw bad("uncertainty." + key, "one uncertainty per parameter (it is also given inline)");
                out.put(key, withUncertainty(p, uncertainty("uncertainty." + key, p, e.getValue())));
            }
        }
        // resolve every entry, so a rule that cannot apply fails here and not in a draw
        out.replaceAll((k, p) -> p.declared() != null ? p : withUncertainty(p, Uncertainty.rule(p)));
        return new ParamRegistry(out);
    }

    private static ParamSpec withUncertainty(ParamSpec p, Uncertainty u) {
        return p.withUncertainty(u);
    }

    private static IllegalStateException bad(String where, String expected) { return bad(RESOURCE, where, expected); }

    private static IllegalStateException bad(String file, String where, String expected) {
        return new IllegalStateException(file + ": " + where + ": expected " + expected);
    }

    /** {@code {dist: triangular, low: 0.4, mode: 0.8, high: 1, basis: "..."}}; mode defaults to the parameter's default. */
    static Uncertainty uncertainty(String where, ParamSpec p, Object node) {
        if (!(node instanceof Map<?, ?> m)) throw bad(where, "{dist: ..., low: ..., mode: ..., high: ..., basis: \"...\"}");
        for (Object k : m.keySet())
            if (!List.of("dist", "low", "mode", "high", "basis").contains(String.valueOf(k)))
                throw bad(where + "." + k, "one of dist, low, mode, high, basis");
        String name = String.valueOf(m.get("dist"));
        if (!Uncertainty.NAMES.contains(name)) throw bad(where + ".dist", "one of " + String.join(", ", Uncertainty.NAMES) + ", got " + name);
        Uncertainty.Dist dist = Uncertainty.Dist.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        boolean numeric = p.type() == ParamSpec.Type.NUMBER || p.type() == ParamSpec.Type.INTEGER;
        if (!numeric && dist != Uncertainty.Dist.FIXED) throw bad(where + ".dist", "fixed for a " + p.type().name().toLowerCase() + " parameter");
        double def = numeric ? ((Number) p.defaultValue()).doubleValue() : 0;
        double mode = number(where + ".mode", m.get("mode"), def);
        double low = number(where + ".low", m.get("low"), dist == Uncertainty.Dist.FIXED ? mode : Double.NaN);
        double high = number(where + ".high", m.get("high"), dist == Uncertainty.Dist.FIXED ? mode : Double.NaN);
        Object basis = m.get("basis");
        Uncertainty u = new Uncertainty(dist, low, mode, high, basis == null ? null : basis.toString());
        String problem = numeric ? u.problem(p.min(), p.max()) : (basis == null || basis.toString().isBlank() ? "a basis" : null);
        if (problem != null) throw bad(where, problem);
        return u;
    }

    private static double number(String where, Object v, double otherwise) {
        if (v == null) {
            if (Double.isNaN(otherwise)) throw bad(where, "a number");
            return otherwise;
        }
        if (!(v instanceof Number n)) throw bad(where, "a number, got " + v);
        return n.doubleValue();
    }

    /** A map with a "default" key is a parameter spec; any other map is a section of the key path. */
    @SuppressWarnings("unchecked")
    private static void flatten(String file, String prefix, Map<String, Object> node, SortedMap<String, ParamSpec> out) {
        for (Map.Entry<String, Object> e : node.entrySet()) {
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            Map<String, Object> m = (Map<String, Object>) e.getValue();
            if (m.containsKey("default")) out.put(key, spec(file, key, m));
            else flatten(file, key, m, out);
        }
    }

    @SuppressWarnings("unchecked")
    private static ParamSpec spec(String file, String key, Map<String, Object> m) {
        for (Object field : m.keySet())
            if (!SPEC_FIELDS.contains(String.valueOf(field)))
                throw bad(file, key + "." + field, "only the fields " + String.join(", ", SPEC_FIELDS)
                        + " (unknown field '" + field + "'; quote a value that holds a comma)");
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
        // reports and charts show the label where a commissioner would not read the key
        if (!(m.get("label") instanceof String label) || label.isBlank())
            throw bad(file, key + ".label", "a plain name for the parameter (label: \"...\", a few words a commissioner understands)");
        ParamSpec p = new ParamSpec(key, type, normal, min, max, values, String.valueOf(m.getOrDefault("unit", "")), source,
                String.valueOf(m.getOrDefault("doc", "")), label.strip());
        return m.containsKey("uncertainty") ? withUncertainty(p, uncertainty(key + ".uncertainty", p, m.get("uncertainty"))) : p;
    }
}
