package capsim.scenario;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

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
 * <p>Every problem is a {@link ScenarioException} naming file, line and key. The loader uses
 * SnakeYAML's node API (not its object mapping) precisely so that every value keeps its line.
 */
public final class ScenarioLoader {
    /** Where shipped scenarios live on the class path. */
    public static final String SHIPPED_DIR = "capsim/scenarios/";

    /** Run settings: top-level keys that are not model parameters. */
    public static final String NAME = "name", DESCRIPTION = "description", EXTENDS = "extends", SEED = "seed",
            POPULATION = "population", YEARS = "years", BURN_IN_YEARS = "burn_in_years";
    public static final List<String> TOP_KEYS = List.of(NAME, DESCRIPTION, EXTENDS, SEED, POPULATION, YEARS, BURN_IN_YEARS);

    /** Valid values of the numeric run settings, checked like any parameter. */
    public static final Map<String, ParamSpec> SETTINGS = settings();

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?[0-9]+");

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
        return applySets(loadSource(locate(ref)), sets);
    }

    /** Loads a scenario file. */
    public static Scenario load(Path file) { return loadSource(fileSource(file)); }

    /** Names of the shipped scenarios, sorted. */
    public static List<String> shippedNames() {
        Set<String> names = new TreeSet<>();
        try {
            URL loc = ScenarioLoader.class.getProtectionDomain().getCodeSource().getLocation();
            Path p = Path.of(loc.toURI());
            if (Files.isDirectory(p)) {
                Path dir = p.resolve(SHIPPED_DIR);
                if (Files.isDirectory(dir)) {
                    try (var s = Files.list(dir)) {
                        s.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
                                .forEach(f -> names.add(f.substring(0, f.length() - 5)));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(p.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String n = e.nextElement().getName();
                        if (n.startsWith(SHIPPED_DIR) && n.endsWith(".yaml") && n.indexOf('/', SHIPPED_DIR.length()) < 0)
                            names.add(n.substring(SHIPPED_DIR.length(), n.length() - 5));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(names);
    }

    /** Whether a shipped scenario of this name exists. */
    public static boolean isShipped(String name) {
        return SAFE_NAME.matcher(name).matches() && ScenarioLoader.class.getResource("/" + SHIPPED_DIR + name + ".yaml") != null;
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
            long v = (Long) convert(setting, text, true, origin, 0, key);
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
                    : "unknown key; " + suggestion(key);
            throw new ScenarioException(origin, 0, key, hint);
        }
        return s.withParams(s.params().with(key, convert(spec, text, true, origin, 0, key)));
    }

    /**
     * Checks a value against a parameter's spec, returning it normalised (Double, Long, Boolean
     * or String), or throws a {@link ScenarioException} from {@code origin}.
     */
    public static Object checkValue(String key, Object value, String origin) {
        ParamSpec spec = SETTINGS.containsKey(key) ? SETTINGS.get(key) : ParamRegistry.get().spec(key);
        if (spec == null) throw new ScenarioException(origin, 0, key, "unknown key; " + suggestion(key));
        String text = value instanceof Double d ? Double.toString(d) : String.valueOf(value);
        return convert(spec, text, !(value instanceof String), origin, 0, key);
    }

    // ---------------------------------------------------------------- sources

    /** A scenario file on disk, or a shipped one on the class path. */
    private record Source(String display, Path path, String shippedName) {
        String identity() { return path != null ? path.toAbsolutePath().normalize().toString() : "shipped:" + shippedName; }

        Path scenarioPath() { return path != null ? path : Path.of("scenarios", shippedName + ".yaml"); }

        String read() {
            try {
                byte[] bytes;
                if (path != null) bytes = Files.readAllBytes(path);
                else try (InputStream in = ScenarioLoader.class.getResourceAsStream("/" + SHIPPED_DIR + shippedName + ".yaml")) {
                    if (in == null) throw new ScenarioException(display, 0, null, "shipped scenario missing from the jar");
                    bytes = in.readAllBytes();
                }
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                return text.startsWith("\uFEFF") ? text.substring(1) : text;   // a BOM some editors write
            } catch (CharacterCodingException e) {
                throw new ScenarioException(display, 0, null, "not UTF-8 text");
            } catch (IOException e) {
                throw new ScenarioException(display, 0, null, "cannot read: " + e.getMessage());
            }
        }
    }

    private static Source fileSource(Path file) {
        if (!Files.exists(file)) throw new ScenarioException(file.toString(), 0, null, "no such file");
        if (!Files.isRegularFile(file)) throw new ScenarioException(file.toString(), 0, null, "not a file");
        return new Source(file.toString(), file, null);
    }

    private static Source shippedSource(String name) {
        return new Source("scenarios/" + name + ".yaml", null, name);
    }

    private static Source locate(String ref) {
        Path p;
        try {
            p = Path.of(ref);
        } catch (InvalidPathException e) {
            throw new ScenarioException(ref, 0, null, "not a valid file name or scenario name");
        }
        if (Files.exists(p)) return fileSource(p);
        String base = p.getFileName() == null ? ref : p.getFileName().toString();
        if (base.endsWith(".yaml")) base = base.substring(0, base.length() - 5);
        boolean bare = p.getParent() == null || p.getParent().toString().equals("scenarios");
        if (bare && isShipped(base)) return shippedSource(base);
        throw new ScenarioException(ref, 0, null, "no such file, and no shipped scenario of that name (shipped: "
                + String.join(", ", shippedNames()) + ")");
    }

    /** The target of {@code extends: ref} in {@code from}: a file beside it first, then a shipped scenario. */
    private static Source locateBase(String ref, Source from, int line) {
        if (from.path != null) {
            Path dir = from.path.getParent();
            for (String r : new String[]{ref, ref + ".yaml"}) {
                try {
                    Path c = dir == null ? Path.of(r) : dir.resolve(r);
                    if (Files.isRegularFile(c)) return new Source(c.toString(), c, null);
                } catch (InvalidPathException e) {
                    break;   // not a file name: try it as a shipped name, which reports the problem
                }
            }
        }
        String name = ref.endsWith(".yaml") ? ref.substring(0, ref.length() - 5) : ref;
        if (name.startsWith("scenarios/")) name = name.substring("scenarios/".length());
        if (isShipped(name)) return shippedSource(name);
        throw new ScenarioException(from.display, line, EXTENDS, "cannot find '" + ref
                + "': expected a file relative to this one or a shipped scenario (" + String.join(", ", shippedNames()) + ")");
    }

    // ---------------------------------------------------------------- parsing one file

    /** What one file says, before resolution: only the keys it sets. */
    private static final class FileData {
        final Source source;
        String name, description, extendsRef;
        int extendsLine;
        final Map<String, Long> settings = new LinkedHashMap<>();
        final Map<String, Object> params = new LinkedHashMap<>();
        final Map<String, Integer> lines = new LinkedHashMap<>();

        FileData(Source source) { this.source = source; }
    }

    private static final Resolver RESOLVER = new Resolver();

    private static Scenario loadSource(Source top) {
        List<FileData> chain = new ArrayList<>();   // this file first, then its bases
        List<String> seen = new ArrayList<>();
        Source src = top;
        while (true) {
            if (seen.contains(src.identity())) {
                FileData from = chain.get(chain.size() - 1);
                List<String> cycle = new ArrayList<>();
                for (FileData f : chain.subList(seen.indexOf(src.identity()), chain.size())) cycle.add(f.source.display);
                cycle.add(src.display);
                throw new ScenarioException(from.source.display, from.extendsLine, EXTENDS,
                        "cyclic: " + String.join(" -> ", cycle) + "; expected a chain that ends in a scenario without extends");
            }
            seen.add(src.identity());
            FileData fd = parse(src);
            chain.add(fd);
            if (fd.extendsRef == null) break;
            src = locateBase(fd.extendsRef, src, fd.extendsLine);
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

    private static FileData parse(Source src) {
        FileData fd = new FileData(src);
        String text = src.read();
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = m == null ? 0 : m.getLine() + 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String ctx = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            throw new ScenarioException(src.display, line, keyNear(text, line),
                    "invalid YAML: " + problem + ctx + "; expected 'key: value' lines, nested by indentation");
        } catch (YAMLException e) {
            throw new ScenarioException(src.display, 0, null, "invalid YAML: " + e.getMessage());
        }
        if (root == null)
            throw new ScenarioException(src.display, 1, NAME, "empty scenario: expected at least 'name: <scenario name>'");
        if (!(root instanceof MappingNode top))
            throw new ScenarioException(src.display, line(root), null, "expected a mapping of 'key: value' lines at the top");
        for (NodeTuple t : top.getValue()) {
            String key = keyOf(t, src, "");
            Node v = t.getValueNode();
            // a run setting may share its name with a parameter section (population: 2000 and population: {...})
            if (TOP_KEYS.contains(key) && v instanceof MappingNode && isSection(key)) {
                param(fd, key, t, v);
                continue;
            }
            switch (key) {
                case NAME -> {
                    once(fd, key, t);
                    String n = string(v, src, key);
                    if (!SAFE_NAME.matcher(n).matches())
                        throw new ScenarioException(src.display, line(v), key,
                                "expected a name of letters, digits, '-', '_' or '.' (it names output folders), got '" + n + "'");
                    fd.name = n;
                }
                case DESCRIPTION -> { once(fd, key, t); fd.description = string(v, src, key); }
                case EXTENDS -> {
                    once(fd, key, t);
                    fd.extendsRef = string(v, src, key);
                    fd.extendsLine = line(v);
                    if (fd.extendsRef.isBlank())
                        throw new ScenarioException(src.display, line(v), key, "expected a scenario file or shipped scenario name");
                }
                case SEED, POPULATION, YEARS, BURN_IN_YEARS -> {
                    once(fd, key, t);
                    fd.settings.put(key, (Long) value(SETTINGS.get(key), v, src.display, line(v), key));
                }
                default -> param(fd, key, t, v);
            }
        }
        if (fd.name == null)
            throw new ScenarioException(src.display, line(top), NAME, "missing required key: expected 'name: <scenario name>'");
        return fd;
    }

    /** A key that is a parameter, or a section holding parameters, or neither (an error). */
    private static void param(FileData fd, String path, NodeTuple t, Node v) {
        ParamRegistry reg = ParamRegistry.get();
        ParamSpec spec = reg.spec(path);
        String file = fd.source.display;
        if (spec != null) {
            once(fd, path, t);
            fd.params.put(path, value(spec, v, file, line(v), path));
        } else if (isSection(path)) {
            if (!(v instanceof MappingNode m))
                throw new ScenarioException(file, line(v), path, "is a section: expected a mapping of its parameters (e.g. "
                        + firstUnder(path).substring(path.length() + 1) + ": ...)");
            for (NodeTuple sub : m.getValue()) param(fd, path + "." + keyOf(sub, fd.source, path + "."), sub, sub.getValueNode());
        } else {
            String why = path.equals("<<") || path.endsWith(".<<") ? "YAML merge keys are not supported (use extends)"
                    : "unknown key; " + suggestion(path);
            throw new ScenarioException(file, line(t.getKeyNode()), path, why);
        }
    }

    private static void once(FileData fd, String key, NodeTuple t) {
        int line = line(t.getKeyNode());
        Integer before = fd.lines.putIfAbsent(key, line);
        if (before != null)
            throw new ScenarioException(fd.source.display, line, key, "set twice (first at line " + before + "); expected each key once");
    }

    private static String keyOf(NodeTuple t, Source src, String prefix) {
        if (!(t.getKeyNode() instanceof ScalarNode k) || k.getValue().isBlank())
            throw new ScenarioException(src.display, line(t.getKeyNode()), prefix.isEmpty() ? null : prefix.substring(0, prefix.length() - 1),
                    "expected a plain key name");
        return k.getValue().trim();
    }

    private static String string(Node v, Source src, String key) {
        if (!(v instanceof ScalarNode s) || s.getTag().equals(Tag.NULL))
            throw new ScenarioException(src.display, line(v), key, "expected a single line of text");
        return s.getValue();
    }

    private static int line(Node n) { return n == null || n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1; }

    // ---------------------------------------------------------------- values

    /** Converts a scalar to the spec's type and checks its range or allowed values. */
    private static Object value(ParamSpec spec, Node node, String file, int line, String key) {
        if (!(node instanceof ScalarNode s))
            throw new ScenarioException(file, line, key, "expected " + spec.expected() + ", got a "
                    + (node instanceof MappingNode ? "mapping" : "list"));
        return convert(spec, s.getValue(), s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN, file, line, key);
    }

    /** @param plain unquoted, so {@code null} or {@code ~} mean nothing */
    private static Object convert(ParamSpec spec, String text, boolean plain, String file, int line, String key) {
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
                    String near = nearest(raw, spec.values());
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

    private static Map<String, ParamSpec> settings() {
        Map<String, ParamSpec> m = new LinkedHashMap<>();
        Scenario d = Scenario.defaults();
        m.put(SEED, setting(SEED, d.seed(), 0d, null, "", "base seed; replication seeds derive from it"));
        m.put(POPULATION, setting(POPULATION, d.population(), 100d, 10_000_000d, "people", "people in the synthetic population"));
        m.put(YEARS, setting(YEARS, d.years(), 1d, 100d, "years", "reported years after burn-in"));
        m.put(BURN_IN_YEARS, setting(BURN_IN_YEARS, d.burnInYears(), 0d, 50d, "years", "years simulated before reporting starts"));
        return Collections.unmodifiableMap(m);
    }

    private static ParamSpec setting(String key, long def, Double min, Double max, String unit, String doc) {
        return new ParamSpec(key, ParamSpec.Type.INTEGER, def, min, max, null, unit, "run setting", doc);
    }

    // ---------------------------------------------------------------- keys and suggestions

    private static boolean isSection(String path) {
        SortedMap<String, ParamSpec> tail = ParamRegistry.get().specs().tailMap(path + ".");
        return !tail.isEmpty() && tail.firstKey().startsWith(path + ".");
    }

    private static String firstUnder(String path) { return ParamRegistry.get().specs().tailMap(path + ".").firstKey(); }

    /** "did you mean X?" with the nearest known key, or the list of sections when nothing is near. */
    static String suggestion(String key) {
        List<String> known = new ArrayList<>(TOP_KEYS);
        known.addAll(ParamRegistry.get().specs().keySet());
        String near = nearest(key, known);
        if (near != null) return "did you mean " + near + "?";
        Set<String> sections = new TreeSet<>();
        for (String k : known) sections.add(k.contains(".") ? k.substring(0, k.indexOf('.')) : k);
        return "expected one of " + String.join(", ", sections);
    }

    /** The candidate with the smallest edit distance, if it is close enough to be a likely typo. */
    private static String nearest(String s, List<String> candidates) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(s, c);
            // a key written under the wrong section: compare last segments too
            String sl = s.substring(s.lastIndexOf('.') + 1), cl = c.substring(c.lastIndexOf('.') + 1);
            if (s.contains(".") || c.contains(".")) d = Math.min(d, distance(sl, cl) + (s.equals(sl) ? 1 : 2));
            if (d < bestD) { bestD = d; best = c; }
        }
        int tolerance = Math.max(2, s.length() / 3);
        return bestD <= tolerance ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++)
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    /** The key on or just above a line, to name something in a syntax error. */
    private static String keyNear(String text, int line) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            var m = Pattern.compile("^\\s*-?\\s*([A-Za-z0-9_.]+)\\s*:").matcher(lines[i]);
            if (m.find()) return m.group(1);
        }
        return null;
    }
}
