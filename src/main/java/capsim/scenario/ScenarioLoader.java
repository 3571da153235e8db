package capsim.scenario;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads scenario YAML files into a fully resolved {@link Scenario}.
 *
 * <p>A scenario file has the run settings {@code name} (required), {@code description},
 * {@code extends}, {@code seed}, {@code population}, {@code years} and {@code burn_in_years}
 * at the top, and any parameter of the {@link ParamRegistry}, either nested
 * ({@code agencies: {csc: {practitioners: 30}}}) or as a dotted key at any level
 * ({@code agencies.csc.practitioners: 30}). Values resolve in this order, later winning:
 * registry defaults, the {@code extends} chain (base first), the file, then {@code --set}
 * overrides.
 *
 * <p>{@code extends} names a file relative to the extending file ({@code .yaml} may be left
 * off) or, failing that, a shipped scenario by name. Shipped scenarios are the repository's
 * {@code scenarios/*.yaml}, bundled in the jar under {@code capsim/scenarios/}.
 *
 * <p>Every problem is a {@link ScenarioException} naming file, line and key; the text is read
 * through {@link YamlDoc}, the one line-aware YAML reader.
 */
public final class ScenarioLoader {
    /** Where shipped scenarios live on the class path. */
    public static final String SHIPPED_DIR = ScenarioSource.SHIPPED_DIR;

    /** Run settings: top-level keys that are not model parameters. */
    public static final String NAME = "name", DESCRIPTION = "description", EXTENDS = "extends", SEED = "seed",
            POPULATION = "population", YEARS = "years", BURN_IN_YEARS = "burn_in_years";
    public static final List<String> TOP_KEYS = List.of(NAME, DESCRIPTION, EXTENDS, SEED, POPULATION, YEARS, BURN_IN_YEARS);

    /** Valid values of the numeric run settings, checked like any parameter. */
    public static final Map<String, ParamSpec> SETTINGS = ScenarioValues.settings();


    private ScenarioLoader() {}

    // ---------------------------------------------------------------- public entry points

    /**
     * Loads a scenario given as on the command line: a path to a file, or the name of a shipped
     * scenario ({@code baseline-deficit}; {@code scenarios/baseline-deficit.yaml} also finds the
     * shipped one when no such file exists).
     */
    public static Scenario load(String ref) { return load(ref, List.of()); }

    /** As {@link #load(String)}, then applies {@code key=value} overrides ({@code --set}). */
    public static Scenario load(String ref, List<String> sets) {
        return applySets(loadSource(ScenarioSource.locate(ref)), sets);
    }

    /** Loads a scenario file. */
    public static Scenario load(Path file) { return loadSource(ScenarioSource.file(file)); }

    /** Names of the shipped scenarios, sorted. */
    public static List<String> shippedNames() { return ScenarioSource.shippedNames(); }

    /** Whether a shipped scenario of this name exists. */
    public static boolean isShipped(String name) { return ScenarioSource.isShipped(name); }

    /** "did you mean X? " for the shipped scenario nearest a misspelt name, or "" when none is near. */
    public static String suggestShipped(String name) {
        String near = KeySuggestions.nearest(name, shippedNames());
        return near == null ? "" : "did you mean " + near + "? ";
    }

    /** Applies {@code key=value} overrides, in order; errors name {@code --set} and the key. */
    public static Scenario applySets(Scenario s, List<String> sets) {
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) throw new ScenarioException("--set", 0, null, "expected key=value, got '" + set + "'");
            s = override(s, set.substring(0, eq).trim(), set.substring(eq + 1).trim(), "--set");
        }
        return s;
    }

    /**
     * One override of a parameter or of seed, population, years or burn_in_years, given as text
     * and checked like a value in a file; {@code origin} names where it came from in errors
     * ({@code --set}, {@code --seed}, a sweep file...).
     */
    public static Scenario override(Scenario s, String key, String text, String origin) {
        ParamSpec setting = SETTINGS.get(key);
        if (setting != null) {
            long v = (Long) ScenarioValues.convert(setting, text, true, origin, 0, key);
            return switch (key) {
                case SEED -> s.withSeed(v);
                case POPULATION -> s.withPopulation((int) v);
                case YEARS -> s.withYears((int) v);
                default -> s.withBurnInYears((int) v);
            };
        }
        ParamSpec spec = ParamRegistry.get().spec(key);
        if (spec == null) {
            String hint = TOP_KEYS.contains(key) ? "cannot be overridden; only seed, population, years, burn_in_years and parameters can"
                    : "unknown key; " + KeySuggestions.suggestion(key);
            throw new ScenarioException(origin, 0, key, hint);
        }
        return s.withParams(s.params().with(key, ScenarioValues.convert(spec, text, true, origin, 0, key)));
    }

    /**
     * Checks a value against a parameter's spec, returning it normalised (Double, Long, Boolean
     * or String), or throws a {@link ScenarioException} from {@code origin}.
     */
    public static Object checkValue(String key, Object value, String origin) {
        ParamSpec spec = SETTINGS.containsKey(key) ? SETTINGS.get(key) : ParamRegistry.get().spec(key);
        if (spec == null) throw new ScenarioException(origin, 0, key, "unknown key; " + KeySuggestions.suggestion(key));
        String text = value instanceof Double d ? Double.toString(d) : String.valueOf(value);
        return ScenarioValues.convert(spec, text, !(value instanceof String), origin, 0, key);
    }

    // ---------------------------------------------------------------- parsing one file

    /** What one file says, before resolution: only the keys it sets. */
    private static final class FileData {
        final ScenarioSource source;
        String name, description, extendsRef;
        int extendsLine;
        final Map<String, Long> settings = new LinkedHashMap<>();
        final Map<String, Object> params = new LinkedHashMap<>();
        final Map<String, Integer> lines = new LinkedHashMap<>();

        FileData(ScenarioSource source) { this.source = source; }
    }

    private static Scenario loadSource(ScenarioSource top) {
        List<FileData> chain = new ArrayList<>();   // this file first, then its bases
        List<String> seen = new ArrayList<>();
        ScenarioSource src = top;
        while (true) {
            if (seen.contains(src.identity())) {
                FileData from = chain.get(chain.size() - 1);
                List<String> cycle = new ArrayList<>();
                for (FileData f : chain.subList(seen.indexOf(src.identity()), chain.size())) cycle.add(f.source.display());
                cycle.add(src.display());
                throw new ScenarioException(from.source.display(), from.extendsLine, EXTENDS,
                        "cyclic: " + String.join(" -> ", cycle) + "; expected a chain that ends in a scenario without extends");
            }
            seen.add(src.identity());
            FileData fd = parse(src);
            chain.add(fd);
            if (fd.extendsRef == null) break;
            src = src.base(fd.extendsRef, fd.extendsLine);
        }
        Scenario d = Scenario.defaults();
        long seed = d.seed(), population = d.population(), years = d.years(), burnIn = d.burnInYears();
        String description = "";
        Map<String, Object> params = new TreeMap<>(ParamRegistry.get().defaults().asMap());
        for (int i = chain.size() - 1; i >= 0; i--) {
            FileData f = chain.get(i);
            if (f.description != null) description = f.description;
            seed = f.settings.getOrDefault(SEED, seed);
            population = f.settings.getOrDefault(POPULATION, population);
            years = f.settings.getOrDefault(YEARS, years);
            burnIn = f.settings.getOrDefault(BURN_IN_YEARS, burnIn);
            params.putAll(f.params);
        }
        return new Scenario(chain.get(0).name, description, top.scenarioPath(), seed, (int) population, (int) years,
                (int) burnIn, new ParamSet(params));
    }

    private static FileData parse(ScenarioSource src) {
        FileData fd = new FileData(src);
        Node root = new YamlDoc(src.path(), src.display(), src.read()).composeScenario();
        if (root == null)
            throw new ScenarioException(src.display(), 1, NAME, "empty scenario: expected at least 'name: <scenario name>'");
        if (!(root instanceof MappingNode top))
            throw new ScenarioException(src.display(), line(root), null, "expected a mapping of 'key: value' lines at the top");
        for (NodeTuple t : top.getValue()) {
            String key = keyOf(t, src, "");
            Node v = t.getValueNode();
            // a run setting may share its name with a parameter section (population: 2000 and population: {...})
            if (TOP_KEYS.contains(key) && v instanceof MappingNode && KeySuggestions.isSection(key)) {
                param(fd, key, t, v);
                continue;
            }
            switch (key) {
                case NAME -> {
                    once(fd, key, t);
                    String n = string(v, src, key);
                    if (!ScenarioSource.SAFE_NAME.matcher(n).matches())
                        throw new ScenarioException(src.display(), line(v), key,
                                "expected a name of letters, digits, '-', '_' or '.' (it names output folders), got '" + n + "'");
                    fd.name = n;
                }
                case DESCRIPTION -> { once(fd, key, t); fd.description = string(v, src, key); }
                case EXTENDS -> {
                    once(fd, key, t);
                    fd.extendsRef = string(v, src, key);
                    fd.extendsLine = line(v);
                    if (fd.extendsRef.isBlank())
                        throw new ScenarioException(src.display(), line(v), key, "expected a scenario file or shipped scenario name");
                }
                case SEED, POPULATION, YEARS, BURN_IN_YEARS -> {
                    once(fd, key, t);
                    fd.settings.put(key, (Long) ScenarioValues.value(SETTINGS.get(key), v, src.display(), line(v), key));
                }
                default -> param(fd, key, t, v);
            }
        }
        if (fd.name == null)
            throw new ScenarioException(src.display(), line(top), NAME, "missing required key: expected 'name: <scenario name>'");
        return fd;
    }

    /** A key that is a parameter, or a section holding parameters, or neither (an error). */
    private static void param(FileData fd, String path, NodeTuple t, Node v) {
        ParamRegistry reg = ParamRegistry.get();
        ParamSpec spec = reg.spec(path);
        String file = fd.source.display();
        if (spec != null) {
            once(fd, path, t);
            fd.params.put(path, ScenarioValues.value(spec, v, file, line(v), path));
        } else if (KeySuggestions.isSection(path)) {
            if (!(v instanceof MappingNode m))
                throw new ScenarioException(file, line(v), path, "is a section: expected a mapping of its parameters (e.g. "
                        + KeySuggestions.firstUnder(path).substring(path.length() + 1) + ": ...)");
            for (NodeTuple sub : m.getValue()) param(fd, path + "." + keyOf(sub, fd.source, path + "."), sub, sub.getValueNode());
        } else {
            String why = path.equals("<<") || path.endsWith(".<<") ? "YAML merge keys are not supported (use extends)"
                    : "unknown key; " + KeySuggestions.suggestion(path);
            throw new ScenarioException(file, line(t.getKeyNode()), path, why);
        }
    }

    private static void once(FileData fd, String key, NodeTuple t) {
        int line = line(t.getKeyNode());
        Integer before = fd.lines.putIfAbsent(key, line);
        if (before != null)
            throw new ScenarioException(fd.source.display(), line, key, "set twice (first at line " + before + "); expected each key once");
    }

    private static String keyOf(NodeTuple t, ScenarioSource src, String prefix) {
        if (!(t.getKeyNode() instanceof ScalarNode k) || k.getValue().isBlank())
            throw new ScenarioException(src.display(), line(t.getKeyNode()), prefix.isEmpty() ? null : prefix.substring(0, prefix.length() - 1),
                    "expected a plain key name");
        return k.getValue().trim();
    }

    private static String string(Node v, ScenarioSource src, String key) {
        if (!(v instanceof ScalarNode s) || s.getTag().equals(Tag.NULL))
            throw new ScenarioException(src.display(), line(v), key, "expected a single line of text");
        return s.getValue();
    }

    private static int line(Node n) { return YamlDoc.line(n); }
}
