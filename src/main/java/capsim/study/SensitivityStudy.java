package capsim.study;

import capsim.scenario.YamlDoc;
import capsim.output.Csv;
import org.yaml.snakeyaml.nodes.Node;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sensitivity file: a study head (see {@link StudyFiles}) whose parameters all have numeric
 * ranges, plus {@code method} (sobol or morris), its size ({@code base_points} for Sobol,
 * {@code trajectories} and {@code levels} for Morris), {@code bootstrap} resamples and the
 * {@code outputs} to analyse. Its runs are an ordinary sweep (same runs.csv, resumable,
 * any engine) whose design is the method's; the indices come from the runs' outputs averaged
 * over replications. Common random numbers across points are on unless the file says otherwise,
 * so differences between points are the parameters' doing rather than noise.
 */
public record SensitivityStudy(SweepPlan plan, Method method, int basePoints, int bootstrap, long seed) {

    public enum Method { SOBOL, MORRIS }

    public static SensitivityStudy load(Path file) { return load(file, StudyOverrides.NONE); }

    /** As {@link #load(Path)}, with the command line's overrides. */
    public static SensitivityStudy load(Path file, StudyOverrides over) {
        StudyFiles.Head h = StudyFiles.head(file, StudyFiles.allowedWith("method", "base_points", "trajectories", "levels",
                "bootstrap", "outputs"), true, over);
        YamlDoc doc = h.doc();
        if (!h.keys().containsKey("common_random_numbers"))
            h = new StudyFiles.Head(doc, h.keys(), h.name(), h.base(), h.baseline(), h.parameters(), h.replications(), h.seed(), true, h.overrides());
        if (h.parameters().isEmpty()) throw doc.error(doc.root(), "parameters", "at least one parameter with a range");
        for (SweptParameter p : h.parameters())
            if (!p.numeric()) throw doc.error(h.node("parameters"), "parameters." + p.name(), "a numeric range (Sobol and Morris need numbers, not choices)");
        if (!h.keys().containsKey("outputs")) throw doc.error(doc.root(), "outputs", "the outputs to analyse, e.g. total_cost: sum");
        if (!h.keys().containsKey("method")) throw doc.error(doc.root(), "method", "sobol or morris");
        Map<String, Node> k = h.keys();
        String m = doc.string(k.get("method"), "method");
        int kf = h.parameters().size();
        int bootstrap = k.containsKey("bootstrap") ? (int) doc.integer(k.get("bootstrap"), "bootstrap", 0, 100_000) : 1000;
        double[][] unit;
        Method method;
        int n;
        switch (m) {
            case "sobol" -> {
                method = Method.SOBOL;
                for (String bad : List.of("trajectories", "levels"))
                    if (k.containsKey(bad)) throw doc.error(k.get(bad), bad, "base_points (not " + bad + ") for sobol");
                n = k.containsKey("base_points") ? (int) doc.integer(k.get("base_points"), "base_points", 2, 1_000_000) : 64;
                unit = SobolIndices.design(n, kf);
            }
            case "morris" -> {
                method = Method.MORRIS;
                if (k.containsKey("base_points")) throw doc.error(k.get("base_points"), "base_points", "trajectories (not base_points) for morris");
                n = k.containsKey("trajectories") ? (int) doc.integer(k.get("trajectories"), "trajectories", 2, 100_000) : 10;
                int levels = k.containsKey("levels") ? (int) doc.integer(k.get("levels"), "levels", 2, 100) : 4;
                if (levels % 2 != 0) throw doc.error(k.get("levels"), "levels", "an even number of levels");
                unit = MorrisScreening.design(n, kf, levels, h.seed());
            }
            default -> throw doc.error(k.get("method"), "method", "sobol or morris, got '" + m + "'");
        }
        List<OutputColumn> outs = StudyFiles.outputs(h, k.get("outputs"), StudyFiles.yearsSwept(h), h.base().years());
        return new SensitivityStudy(StudyFiles.plan(h, unit, outs), method, n, bootstrap, h.seed());
    }

    /** Per output column, the mean over replications of each design point, read back from runs.csv. */
    public static double[][] pointMeans(SweepPlan plan, Path runsCsv) throws IOException {
        int outs = plan.outputs().size(), first = 3 + plan.parameters().size();
        double[][] sum = new double[outs][plan.points()];
        int[] count = new int[plan.points()];
        try (BufferedReader r = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8)) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                List<String> f = Csv.split(line);
                int p = Integer.parseInt(f.get(0));
                count[p]++;
                for (int o = 0; o < outs; o++) sum[o][p] += PointSummary.value(f.get(first + o));   // a missing output makes the point's mean missing
            }
        }
        for (int p = 0; p < count.length; p++) {
            if (count[p] != plan.replications()) throw new IllegalStateException(runsCsv + ": point " + p + " has " + count[p] + " runs");
            for (int o = 0; o < outs; o++) sum[o][p] /= count[p];
        }
        return sum;
    }

    /** Sobol indices of every output column: {@code output,factor,S1,S1_low,S1_high,ST,ST_low,ST_high}. */
    public List<List<SobolIndices.Index>> sobol(double[][] means) {
        List<String> names = plan.parameters().stream().map(SweptParameter::name).toList();
        List<List<SobolIndices.Index>> out = new ArrayList<>();
        for (double[] y : means) out.add(SobolIndices.analyze(names, basePoints, y, bootstrap, seed));
        return out;
    }

    public List<List<MorrisScreening.Effect>> morris(double[][] means) {
        List<String> names = plan.parameters().stream().map(SweptParameter::name).toList();
        List<List<MorrisScreening.Effect>> out = new ArrayList<>();
        for (double[] y : means) out.add(MorrisScreening.analyze(names, plan.unitPoints(), y));
        return out;
    }
}
