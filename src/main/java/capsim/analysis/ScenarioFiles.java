package capsim.analysis;

import capsim.scenario.Scenario;

import java.nio.file.Path;

/** Loads the scenario a study file names. The word {@code defaults} means the registry defaults. */
final class ScenarioFiles {
    private ScenarioFiles() {}

    static Scenario load(YamlDoc doc, org.yaml.snakeyaml.nodes.Node node, String key) {
        String s = doc.string(node, key);
        if (s.equals("defaults")) return Scenario.defaults();
        Path p = doc.path(node, key);
        throw doc.error(node, key, "the word 'defaults' (scenario files need capsim.scenario.ScenarioLoader: " + p + ")");
    }
}
