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
 * Every target must have a simulated counterpart in {@link CalibrationTargets}, or name a row of
 * the evidence table ({@code evidence_row: fgc_in_care_12m}): then the target is the study's
 * estimate and the tolerance, unless given, half the study's 95% interval relative to it; the
 * target is named {@code evidence.<row>} and simulated by the row's virtual trial (capsim evidence).
 */
public final class TargetFile {
    private TargetFile() {}

    public record Target(String name, double value, double tolerance, String year, String source) {
        /** Whether this target is a row of the evidence table (fitted on its virtual trial). */
        public boolean evidence() { return name.startsWith(EVIDENCE); }

        /** The evidence row's id. */
        public String row() { return name.substring(EVIDENCE.length()); }
    }

    /** Prefix of the names of targets that are evidence rows. */
    public static final String EVIDENCE = "evidence.";

    public static List<Target> load(Path file) {
        YamlDoc doc = YamlDoc.read(file);
        List<Target> out = new ArrayList<>();
        for (Map.Entry<String, Node> section : doc.mapping(doc.root(), "", null).entrySet()) {
            for (Map.Entry<String, Node> e : doc.mapping(section.getValue(), section.getKey(), null).entrySet()) {
                String name = section.getKey() + "." + e.getKey();
                Map<String, Node> m = doc.mapping(e.getValue(), name, null);
                if (m.containsKey("evidence_row")) {
                    out.add(evidenceTarget(doc, m, name));
                    continue;
                }
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

    /** An entry naming a row of the evidence table: the study's estimate, tolerance half its interval unless given. */
    private static Target evidenceTarget(YamlDoc doc, Map<String, Node> m, String name) {
        String id = doc.string(m.get("evidence_row"), name + ".evidence_row");
        capsim.evidence.Findings.Finding f = capsim.evidence.Findings.load().rows().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> doc.error(m.get("evidence_row"), name + ".evidence_row", "a row of capsim evidence (one of "
                        + String.join(", ", capsim.evidence.Estimands.ALL.keySet()) + ")"));
        if (!(f.observed() != 0 && Double.isFinite(f.observed())))
            throw doc.error(m.get("evidence_row"), name + ".evidence_row", "a row with a non-zero observed estimate (tolerances are relative)");
        double tol;
        if (m.containsKey("tolerance")) tol = doc.number(m.get("tolerance"), name + ".tolerance");
        else if (Double.isFinite(f.low()) && Double.isFinite(f.high())) tol = (f.high() - f.low()) / 2 / Math.abs(f.observed());
        else throw doc.error(m.get("evidence_row"), name + ".tolerance", "a relative tolerance (the row has no two-sided interval)");
        if (!(tol > 0)) throw doc.error(m.get("evidence_row"), name + ".tolerance", "a positive relative tolerance");
        return new Target(EVIDENCE + id, f.observed(), tol, "", f.source());
    }
}
