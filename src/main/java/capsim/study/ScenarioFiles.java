package capsim.study;

import capsim.scenario.YamlDoc;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads the scenario a study file names: a file relative to the study file ({@code .yaml} may
 * be left off), else a shipped scenario by name ({@code strengths-based}); the word
 * {@code defaults} means the registry defaults. A broken scenario file is reported by the
 * scenario loader with its own file, line and key.
 */
final class ScenarioFiles {
    private ScenarioFiles() {}

    static Scenario load(YamlDoc doc, Node node, String key) {
        String s = doc.string(node, key);
        if (s.equals("defaults")) return Scenario.defaults();
        Path p = resolve(doc, node, key);
        if (p != null) return ScenarioLoader.load(p);
        String name = s.replaceFirst("^scenarios/", "").replaceFirst("\\.yaml$", "");
        if (ScenarioLoader.isShipped(name)) return ScenarioLoader.load(name);
        throw doc.error(node, key, "a scenario file (relative to this file), a shipped scenario ("
                + String.join(", ", ScenarioLoader.shippedNames()) + ") or 'defaults'; got '" + s + "'");
    }

    /** The file a reference names, or null when there is no such file. */
    static Path resolve(YamlDoc doc, Node node, String key) {
        String s = doc.string(node, key);
        if (s.equals("defaults")) return null;
        for (String r : new String[]{s, s + ".yaml"}) {
            try {
                Path p = doc.file.toAbsolutePath().getParent().resolve(r).normalize();
                if (Files.isRegularFile(p)) return p;
            } catch (java.nio.file.InvalidPathException e) {
                return null;
            }
        }
        return null;
    }
}
