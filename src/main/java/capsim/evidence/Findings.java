package capsim.evidence;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What each study found, on its own estimand, with its 95% interval or the stated rule used where
 * it gives none: the {@code virtual_trials} section of the bundled {@code capsim/evidence-patterns.yaml}
 * (the project's evidence table, with the intervals and their sources added).
 */
public record Findings(List<Finding> rows) {

    /** One published finding; NaN where the file gives no value (an open side of an interval). */
    public record Finding(String id, String study, String estimand, Verdicts.Kind kind, double observed, double low, double high,
                          String interval, String source) {}

    @SuppressWarnings("unchecked")
    public static Findings load() {
        Map<String, Object> doc;
        try (InputStream in = Findings.class.getResourceAsStream("/capsim/evidence-patterns.yaml")) {
            if (in == null) throw new IllegalStateException("missing resource capsim/evidence-patterns.yaml");
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Finding> out = new ArrayList<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) doc.get("virtual_trials"))
            out.add(new Finding(str(r.get("id")), str(r.get("study")), str(r.get("estimand")), Verdicts.Kind.of(str(r.get("kind"))),
                    num(r.get("observed")), num(r.get("low")), num(r.get("high")), str(r.get("interval")), str(r.get("source"))));
        return new Findings(List.copyOf(out));
    }

    private static double num(Object o) { return o == null ? Double.NaN : ((Number) o).doubleValue(); }

    private static String str(Object o) { return o == null ? "" : o.toString(); }
}
