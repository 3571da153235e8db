package capsim.study;

import capsim.scenario.YamlDoc;
import capsim.scenario.BadInputException;
import capsim.model.Measures;
import capsim.output.Csv;
import capsim.scenario.ParamRegistry;
import capsim.scenario.ParamSpec;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads sweep, sensitivity and calibration files. They share a head: {@code name},
 * {@code description}, the scenario ({@code base}, or {@code baseline} and {@code scenario}
 * for a paired study), run settings ({@code population}, {@code years}, {@code burn_in_years},
 * {@code seed}), fixed values ({@code set}), swept {@code parameters} with ranges, and
 * {@code replications}. Every problem is one {@link capsim.scenario.BadInputException} naming file, line and key.
 */
public final class StudyFiles {
    private StudyFiles() {}

    private static final List<String> HEAD = List.of("name", "description", "base", "baseline", "scenario", "population",
            "years", "burn_in_years", "seed", "set", "parameters", "replications", "common_random_numbers");

    /** The parsed head of a study file. */
    record Head(YamlDoc doc, Map<String, Node> keys, String name, Scenario base, Scenario baseline,
                List<SweptParameter> parameters, int replications, long seed, boolean crn, StudyOverrides overrides) {
        Node node(String key) { return keys.get(key); }
    }

    private static Set<String> allowed(String... extra) {
        Set<String> s = new LinkedHashSet<>(HEAD);
        s.addAll(List.of(extra));
        return s;
    }

    static Head head(Path file, Set<String> allowed, boolean allowPaired, StudyOverrides over) {
        YamlDoc doc = YamlDoc.read(file);
        Map<String, Node> k = doc.mapping(doc.root(), "", allowed);
        String fileName = file.getFileName().toString().replaceFirst("\\.ya?ml$", "").replaceAll("[^A-Za-z0-9._-]", "-");
        String name = k.containsKey("name") ? doc.string(k.get("name"), "name") : fileName;
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*"))
            throw doc.error(k.containsKey("name") ? k.get("name") : doc.root(), "name", "letters, digits, '.', '_' or '-' only (it names the output folder)");
        if (k.containsKey("description")) doc.string(k.get("description"), "description");
        Scenario base, baseline = null;
        if (k.containsKey("base")) {
            if (k.containsKey("baseline") || k.containsKey("scenario"))
                throw doc.error(k.get("base"), "base", "either base, or baseline and scenario, not both");
            base = ScenarioFiles.load(doc, k.get("base"), "base");
        } else if (k.containsKey("scenario") && k.containsKey("baseline")) {
            if (!allowPaired) throw doc.error(k.get("baseline"), "baseline", "a single base scenario here (no paired comparison)");
            base = ScenarioFiles.load(doc, k.get("scenario"), "scenario");
            baseline = ScenarioFiles.load(doc, k.get("baseline"), "baseline");
        } else {
            Node at = k.containsKey("scenario") ? k.get("scenario") : k.containsKey("baseline") ? k.get("baseline") : doc.root();
            throw doc.error(at, "base", "a base scenario, or both baseline and scenario");
        }
        long seed = k.containsKey("seed") ? doc.integer(k.get("seed"), "seed", 0, Long.MAX_VALUE) : base.seed();
        base = settings(doc, k, base);
        if (baseline != null) baseline = settings(doc, k, baseline);
        if (k.containsKey("set")) {
            for (Map.Entry<String, Node> e : doc.mapping(k.get("set"), "set", null).entrySet()) {
                String key = "set." + e.getKey();
                ParamSpec spec = spec(doc, e.getValue(), key, e.getKey());
                Object v = coerce(doc, e.getValue(), key, spec);
                base = base.withParams(base.params().with(e.getKey(), v));
                if (baseline != null) baseline = baseline.withParams(baseline.params().with(e.getKey(), v));
            }
        }
        List<SweptParameter> params = k.containsKey("parameters") ? parameters(doc, k.get("parameters"), baseline != null) : List.of();
        int reps = k.containsKey("replications") ? (int) doc.integer(k.get("replications"), "replications", 1, 100_000) : 1;
        boolean crn = k.containsKey("common_random_numbers") && doc.bool(k.get("common_random_numbers"), "common_random_numbers");
        // the command line last, over the file's settings and set: block, on both arms alike
        over.checkNotSwept(file, params);
        base = over.apply(base);
        if (baseline != null) baseline = over.apply(baseline);
        if (over.setKeys().contains(ScenarioLoader.SEED)) seed = base.seed();   // --set seed=N is the study's seed
        if (over.replications() != null) reps = over.replications();
        return new Head(doc, k, name, base, baseline, params, reps, seed, crn, over);
    }

    private static Scenario settings(YamlDoc doc, Map<String, Node> k, Scenario s) {
        if (k.containsKey("population")) s = s.withPopulation((int) doc.integer(k.get("population"), "population", 10, 100_000_000));
        if (k.containsKey("years")) s = s.withYears((int) doc.integer(k.get("years"), "years", 1, 200));
        if (k.containsKey("burn_in_years")) s = s.withBurnInYears((int) doc.integer(k.get("burn_in_years"), "burn_in_years", 0, 200));
        return s;
    }

    private static ParamSpec spec(YamlDoc doc, Node n, String key, String param) {
        ParamSpec spec = ParamRegistry.get().spec(param);
        if (spec == null) throw doc.error(n, key, "a parameter of the registry (capsim/parameters.yaml); '" + param + "' is not one");
        return spec;
    }

    static Object coerce(YamlDoc doc, Node n, String key, ParamSpec spec) {
        return switch (spec.type()) {
            case NUMBER -> {
                double d = doc.number(n, key);
                inRange(doc, n, key, spec, d);
                yield d;
            }
            case INTEGER -> {
                long v = doc.integer(n, key, Long.MIN_VALUE, Long.MAX_VALUE);
                inRange(doc, n, key, spec, v);
                yield v;
            }
            case BOOLEAN -> doc.bool(n, key);
            case ENUM -> {
                String s = doc.string(n, key);
                if (!spec.values().contains(s)) throw doc.error(n, key, spec.expected() + ", got '" + s + "'");
                yield s;
            }
        };
    }

    private static void inRange(YamlDoc doc, Node n, String key, ParamSpec spec, double v) {
        if ((spec.min() != null && v < spec.min()) || (spec.max() != null && v > spec.max()))
            throw doc.error(n, key, spec.expected() + ", got " + Csv.num(v));
    }

    private static List<SweptParameter> parameters(YamlDoc doc, Node node, boolean paired) {
        List<SweptParameter> out = new ArrayList<>();
        Set<String> keys = Set.of("range", "scale", "values", "applies_to");
        for (Map.Entry<String, Node> e : doc.mapping(node, "parameters", null).entrySet()) {
            String name = e.getKey(), key = "parameters." + name;
            Map<String, Node> m = doc.mapping(e.getValue(), key, keys);
            SweptParameter.AppliesTo to = SweptParameter.AppliesTo.BOTH;
            if (m.containsKey("applies_to")) {
                if (!paired) throw doc.error(m.get("applies_to"), key + ".applies_to", "applies_to only in a paired study (baseline and scenario)");
                String s = doc.string(m.get("applies_to"), key + ".applies_to");
                try {
                    to = SweptParameter.AppliesTo.valueOf(s.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException x) {
                    throw doc.error(m.get("applies_to"), key + ".applies_to", "both, scenario or baseline, got '" + s + "'");
                }
            }
            boolean log = false;
            if (m.containsKey("scale")) {
                String s = doc.string(m.get("scale"), key + ".scale");
                if (!s.equals("linear") && !s.equals("log")) throw doc.error(m.get("scale"), key + ".scale", "linear or log, got '" + s + "'");
                log = s.equals("log");
            }
            if (SweptParameter.SETTINGS.contains(name)) {
                if (to != SweptParameter.AppliesTo.BOTH) throw doc.error(m.get("applies_to"), key + ".applies_to", "both (run settings apply to both)");
                double[] r = range(doc, m, key, null, log);
                long lo = name.equals("burn_in_years") ? 0 : name.equals("population") ? 10 : 1;
                if (r[0] < lo) throw doc.error(m.get("range"), key + ".range", "values of at least " + lo);
                out.add(new SweptParameter(name, SweptParameter.Kind.SETTING, new Factor(name, r[0], r[1], true, log), null, to));
                continue;
            }
            ParamSpec spec = spec(doc, e.getValue(), key, name);
            switch (spec.type()) {
                case NUMBER, INTEGER -> {
                    double[] r = range(doc, m, key, spec, log);
                    boolean integer = spec.type() == ParamSpec.Type.INTEGER;
                    out.add(new SweptParameter(name, integer ? SweptParameter.Kind.INTEGER : SweptParameter.Kind.NUMBER,
                            new Factor(name, r[0], r[1], integer, log), null, to));
                }
                case BOOLEAN, ENUM -> {
                    if (m.containsKey("range")) throw doc.error(m.get("range"), key + ".range", "values: [...] for a choice parameter, not a range");
                    List<String> choices = new ArrayList<>();
                    if (m.containsKey("values")) {
                        for (Node c : doc.sequence(m.get("values"), key + ".values")) choices.add(String.valueOf(coerce(doc, c, key + ".values", spec)));
                    } else if (spec.type() == ParamSpec.Type.BOOLEAN) choices.addAll(List.of("false", "true"));
                    else choices.addAll(spec.values());
                    if (choices.isEmpty()) throw doc.error(e.getValue(), key + ".values", "at least one value");
                    out.add(new SweptParameter(name, spec.type() == ParamSpec.Type.BOOLEAN ? SweptParameter.Kind.BOOLEAN
                            : SweptParameter.Kind.CHOICE, null, List.copyOf(choices), to));
                }
            }
        }
        return out;
    }

    private static double[] range(YamlDoc doc, Map<String, Node> m, String key, ParamSpec spec, boolean log) {
        if (!m.containsKey("range")) throw doc.error(doc.root(), key + ".range", "a range: [min, max]");
        Node rn = m.get("range");
        List<Node> r = doc.sequence(rn, key + ".range");
        if (r.size() != 2) throw doc.error(rn, key + ".range", "two numbers [min, max]");
        double lo = doc.number(r.get(0), key + ".range"), hi = doc.number(r.get(1), key + ".range");
        if (!(lo <= hi)) throw doc.error(rn, key + ".range", "min not above max");
        if (spec != null) { inRange(doc, r.get(0), key + ".range", spec, lo); inRange(doc, r.get(1), key + ".range", spec, hi); }
        if (log && lo <= 0) throw doc.error(rn, key + ".range", "positive values for a log scale");
        return new double[]{lo, hi};
    }

    /** Output columns from {@code outputs: {measure or target: aggregation or [aggregations]}}. */
    static List<OutputColumn> outputs(Head h, Node node, boolean yearsSwept, int years) {
        YamlDoc doc = h.doc();
        List<OutputColumn> out = new ArrayList<>();
        Map<String, Node> m = doc.mapping(node, "outputs", null);
        if (m.isEmpty()) throw doc.error(node, "outputs", "at least one output");
        for (Map.Entry<String, Node> e : m.entrySet()) {
            String src = e.getKey(), key = "outputs." + src;
            boolean target = CalibrationTargets.known(src);
            if (!target && !Measures.exists(src))
                throw doc.error(e.getValue(), key, "a measure (a timeseries.csv column) or a calibration target name");
            List<Node> aggs = e.getValue() instanceof org.yaml.snakeyaml.nodes.SequenceNode ? doc.sequence(e.getValue(), key) : List.of(e.getValue());
            for (Node an : aggs) {
                String a = doc.string(an, key);
                OutputColumn.Aggregation agg;
                try {
                    agg = OutputColumn.Aggregation.valueOf(a.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException x) {
                    throw doc.error(an, key, "sum, mean, final or per_year, got '" + a + "'");
                }
                if (target && agg == OutputColumn.Aggregation.SUM) throw doc.error(an, key, "mean, final or per_year for a calibration target");
                if (agg == OutputColumn.Aggregation.PER_YEAR) {
                    if (yearsSwept) throw doc.error(an, key, "an aggregation other than per_year when years is swept");
                    for (int y = 1; y <= years; y++) out.add(new OutputColumn(src + "_y" + y, src, agg, y, target));
                } else out.add(new OutputColumn(src + "_" + agg.word(), src, agg, 0, target));
            }
        }
        Set<String> seen = new java.util.HashSet<>();
        for (OutputColumn o : out) if (!seen.add(o.column())) throw doc.error(node, "outputs", "each output once (" + o.column() + " repeats)");
        return out;
    }

    static String fingerprint(SweepPlan p) {
        StringBuilder b = new StringBuilder("capsim-sweep-v1\n");
        b.append(p.name()).append('\n').append(canonical(p.base())).append('\n').append(canonical(p.baseline())).append('\n');
        for (SweptParameter s : p.parameters()) b.append(s).append('\n');
        for (double[] u : p.unitPoints()) {
            for (double d : u) b.append(Double.toString(d)).append(' ');
            b.append('\n');
        }
        b.append(p.replications()).append(' ').append(p.seed()).append(' ').append(p.commonRandomNumbers()).append('\n');
        for (OutputColumn o : p.outputs()) b.append(o).append('\n');
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A scenario's part of the fingerprint: what its runs depend on (not its file), in the text
     * sweeps have always used (once a PortableScenario record's), so folders written by earlier
     * versions still resume.
     */
    static String canonical(Scenario s) {
        if (s == null) return "null";
        return "PortableScenario[name=" + s.name() + ", description=" + s.description() + ", seed=" + s.seed()
                + ", population=" + s.population() + ", years=" + s.years() + ", burnInYears=" + s.burnInYears()
                + ", params=" + new TreeMap<>(s.params().asMap()) + "]";
    }

    static SweepPlan plan(Head h, double[][] unit, List<OutputColumn> outputs) {
        String over = h.overrides().describe();
        SweepPlan draft = new SweepPlan(h.name(), "", h.base(), h.baseline(), h.parameters(), unit, h.replications(),
                h.seed(), h.crn(), outputs, over);
        return new SweepPlan(draft.name(), fingerprint(draft), draft.base(), draft.baseline(), draft.parameters(), unit,
                draft.replications(), draft.seed(), draft.commonRandomNumbers(), outputs, over);
    }

    static boolean yearsSwept(Head h) { return h.parameters().stream().anyMatch(p -> p.name().equals("years")); }

    /** A sweep file: the head plus {@code design} (grid, lhs or sobol), {@code points} or {@code levels}, {@code outputs}. */
    public static SweepPlan loadSweep(Path file) { return loadSweep(file, StudyOverrides.NONE); }

    /** As {@link #loadSweep(Path)}, with the command line's overrides. */
    public static SweepPlan loadSweep(Path file, StudyOverrides over) {
        Head h = head(file, allowed("design", "points", "levels", "outputs"), true, over);
        YamlDoc doc = h.doc();
        if (h.parameters().isEmpty()) throw doc.error(doc.root(), "parameters", "at least one swept parameter");
        if (!h.keys().containsKey("outputs")) throw doc.error(doc.root(), "outputs", "the outputs to keep, e.g. total_cost: sum");
        String design = h.keys().containsKey("design") ? doc.string(h.node("design"), "design") : "lhs";
        int k = h.parameters().size();
        double[][] unit = switch (design) {
            case "grid" -> {
                if (h.keys().containsKey("points")) throw doc.error(h.node("points"), "points", "levels (not points) for a grid");
                int levels = h.keys().containsKey("levels") ? (int) doc.integer(h.node("levels"), "levels", 2, 1000) : 3;
                if (Math.pow(levels, k) > 1_000_000) throw doc.error(h.node("levels"), "levels", "a grid of at most 1,000,000 points");
                yield Designs.grid(k, levels);
            }
            case "lhs", "sobol" -> {
                if (h.keys().containsKey("levels")) throw doc.error(h.node("levels"), "levels", "points (not levels) for " + design);
                if (!h.keys().containsKey("points")) throw doc.error(h.node("design"), "points", "the number of points for " + design);
                int n = (int) doc.integer(h.node("points"), "points", 1, 10_000_000);
                yield design.equals("lhs") ? Designs.latinHypercube(n, k, h.seed()) : Designs.sobol(n, k);
            }
            default -> throw doc.error(h.node("design"), "design", "grid, lhs or sobol, got '" + design + "'");
        };
        List<OutputColumn> outs = outputs(h, h.node("outputs"), yearsSwept(h), h.base().years());
        return plan(h, unit, outs);
    }

    static Set<String> allowedWith(String... extra) { return allowed(extra); }
}
