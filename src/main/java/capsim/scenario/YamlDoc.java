package capsim.scenario;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one line-aware YAML reader: a file read as SnakeYAML nodes (not its object mapping), so
 * every value keeps its line and every problem is a {@link ScenarioException} naming file, line
 * and key and what was expected. Scenario files ({@link ScenarioLoader}) and sweep, sensitivity
 * and calibration files (capsim.study) both read through it; the two kinds word a YAML syntax
 * error differently ({@link #composeScenario}, {@link #root}), as they always have.
 */
public final class YamlDoc {
    /** The file, or null for text that has none (a shipped scenario). */
    public final Path file;
    /** How errors name the file. */
    public final String display;
    public final String text;

    public YamlDoc(Path file, String display, String text) { this.file = file; this.display = display; this.text = text; }

    /** A study file (sweep, sensitivity, calibration targets). */
    public static YamlDoc read(Path file) {
        try {
            return new YamlDoc(file, file.toString(), StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(TextFiles.readBytes(file, file.toString(), "a study file"))).toString());
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read file (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Node compose() { return new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text)); }

    private static Mark mark(MarkedYAMLException e) { return e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark(); }

    /** The document's root node, null when empty; a syntax error worded for scenario files. */
    Node composeScenario() {
        try {
            return compose();
        } catch (MarkedYAMLException e) {
            Mark m = mark(e);
            int line = m == null ? 0 : m.getLine() + 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String ctx = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            throw new ScenarioException(display, line, KeySuggestions.keyNear(text, line),
                    "invalid YAML: " + problem + ctx + "; expected 'key: value' lines, nested by indentation");
        } catch (YAMLException e) {
            throw new ScenarioException(display, 0, null, "invalid YAML: " + e.getMessage());
        }
    }

    /** The top-level mapping of a study file. */
    public MappingNode root() {
        Node n;
        try {
            n = compose();
        } catch (MarkedYAMLException e) {
            Mark m = mark(e);
            throw new ScenarioException(display, m == null ? 1 : m.getLine() + 1, null, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ScenarioException(display, 1, null, "not valid YAML: " + e.getMessage());
        }
        if (!(n instanceof MappingNode m)) throw error(n, "(top level)", "a mapping of keys to values");
        return m;
    }

    /** 1-based line of a node; 0 when it has none. */
    public static int line(Node n) { return n == null || n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1; }

    public ScenarioException error(Node n, String key, String expected) {
        // a study file's errors always carry a line, also for an empty document
        return new ScenarioException(display, Math.max(1, line(n)), key, expected);
    }

    /** Keys to value nodes in file order; rejects keys outside {@code allowed} (null allows any) and duplicates. */
    public Map<String, Node> mapping(Node n, String key, Set<String> allowed) {
        if (!(n instanceof MappingNode m)) throw error(n, key, "a mapping");
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) throw error(t.getKeyNode(), key, "plain keys");
            String name = k.getValue();
            String full = key.isEmpty() ? name : key + "." + name;
            if (allowed != null && !allowed.contains(name))
                throw error(k, full, "unknown key (expected one of " + String.join(", ", allowed) + ")");
            if (out.put(name, t.getValueNode()) != null) throw error(k, full, "key given twice");
        }
        return out;
    }

    public String string(Node n, String key) {
        if (!(n instanceof ScalarNode s)) throw error(n, key, "a single value");
        return s.getValue();
    }

    public double number(Node n, String key) {
        String s = string(n, key);
        try {
            double d = Double.parseDouble(s.replace("_", ""));
            if (Double.isFinite(d)) return d;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw error(n, key, "a number, got '" + s + "'");
    }

    public long integer(Node n, String key, long min, long max) {
        String s = string(n, key);
        try {
            long v = Long.parseLong(s.replace("_", ""));
            if (v >= min && v <= max) return v;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw error(n, key, "a whole number in [" + min + ", " + max + "], got '" + s + "'");
    }

    public boolean bool(Node n, String key) {
        String s = string(n, key);
        if (s.equals("true")) return true;
        if (s.equals("false")) return false;
        throw error(n, key, "true or false, got '" + s + "'");
    }

    public List<Node> sequence(Node n, String key) {
        if (n instanceof SequenceNode s) return new ArrayList<>(s.getValue());
        throw error(n, key, "a list");
    }

    /** A path given relative to this file's folder. */
    public Path path(Node n, String key) {
        String s = string(n, key);
        Path dir = file.toAbsolutePath().getParent();
        return dir.resolve(s).normalize();
    }
}
