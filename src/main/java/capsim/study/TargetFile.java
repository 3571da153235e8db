package capsim.study;

import capsim.scenario.YamlDoc;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads calibration targets in the format of {@code calibration-targets-england.yaml}:
 * sections of entries; an entry with a {@code target} (and a relative {@code tolerance}) is a
 * target named {@code section.entry}, one with only a {@code value} is context and is skipped.
 * Every target must have a simulated counterpart in {@link CalibrationTargets}.
 */
public final class TargetFile {
    private TargetFile() {}

    public record Target(String name, double value, double tolerance, String year, String source) {}

    public static List<Target> load(Path file) {
        YamlDoc doc = YamlDoc.read(file);
        List<Target> out = new ArrayList<>();
        for (Map.Entry<String, Node> section : doc.mapping(doc.root(), "", null).entrySet()) {
            for (Map.Entry<String, Node> e : doc.mapping(section.getValue(), section.getKey(), null).entrySet()) {
                String name = section.getKey() + "." + e.getKey();
                Map<String, Node> m = doc.mapping(e.getValue(), name, null);
                if (!m.containsKey("target")) continue;
                if (!CalibrationTargets.known(name))
                    throw doc.error(e.getValue(), name, "a target capsim can simulate (one of " + String.join(", ",
                            CalibrationTargets.all().stream().map(CalibrationTargets.Definition::name).toList()) + ")");
                double v = doc.number(m.get("target"), name + ".target");
                if (!m.containsKey("tolerance")) throw doc.error(e.getValue(), name + ".tolerance", "a relative tolerance, e.g. 0.15");
                double tol = doc.number(m.get("tolerance"), name + ".tolerance");
                if (!(tol > 0)) throw doc.error(m.get("tolerance"), name + ".tolerance", "a positive relative tolerance");
                if (v == 0) throw doc.error(m.get("target"), name + ".target", "a non-zero target (tolerances are relative)");
                String year = m.containsKey("year") ? doc.string(m.get("year"), name + ".year") : "";
                String source = m.containsKey("source") ? doc.string(m.get("source"), name + ".source") : "";
                out.add(new Target(name, v, tol, year, source));
            }
        }
        if (out.isEmpty()) throw doc.error(null, "(top level)", "at least one entry with a target");
        return out;
    }
}
