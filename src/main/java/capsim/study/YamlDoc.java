package capsim.study;

import capsim.scenario.TextFiles;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A YAML file read as SnakeYAML nodes, so every value keeps its line: readers of sweep,
 * sensitivity and calibration files use it to report bad input as {@code file:line: key: what
 * was expected}. Keys of a mapping are checked against the allowed set.
 */
final class YamlDoc {
    final Path file;
    final String text;

    private YamlDoc(Path file, String text) { this.file = file; this.text = text; }

    static YamlDoc read(Path file) {
        try {
            return new YamlDoc(file, StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(TextFiles.readBytes(file, file.toString(), "a study file"))).toString());
        } catch (IOException e) {
            throw new InputError(file + ": cannot read file (" + e.getClass().getSimpleName() + ")");
        }
    }

    MappingNode root() {
        Node n;
        try {
            n = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new InputError(file + ":" + (m == null ? 1 : m.getLine() + 1) + ": not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new InputError(file + ":1: not valid YAML: " + e.getMessage());
        }
        if (!(n instanceof MappingNode m)) throw InputError.at(file, 1, "(top level)", "a mapping of keys to values");
        return m;
    }

    static int line(Node n) { return n.getStartMark().getLine() + 1; }

    InputError error(Node n, String key, String expected) { return InputError.at(file, line(n), key, expected); }

    /** Keys to value nodes in file order; rejects keys outside {@code allowed} (null allows any) and duplicates. */
    Map<String, Node> mapping(Node n, String key, Set<String> allowed) {
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

    String string(Node n, String key) {
        if (!(n instanceof ScalarNode s)) throw error(n, key, "a single value");
        return s.getValue();
    }

    double number(Node n, String key) {
        String s = string(n, key);
        try {
            double d = Double.parseDouble(s.replace("_", ""));
            if (Double.isFinite(d)) return d;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw error(n, key, "a number, got '" + s + "'");
    }

    long integer(Node n, String key, long min, long max) {
        String s = string(n, key);
        try {
            long v = Long.parseLong(s.replace("_", ""));
            if (v >= min && v <= max) return v;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw error(n, key, "a whole number in [" + min + ", " + max + "], got '" + s + "'");
    }

    boolean bool(Node n, String key) {
        String s = string(n, key);
        if (s.equals("true")) return true;
        if (s.equals("false")) return false;
        throw error(n, key, "true or false, got '" + s + "'");
    }

    List<Node> sequence(Node n, String key) {
        if (n instanceof SequenceNode s) return new ArrayList<>(s.getValue());
        throw error(n, key, "a list");
    }

    /** A path given relative to this file's folder. */
    Path path(Node n, String key) {
        String s = string(n, key);
        Path dir = file.toAbsolutePath().getParent();
        return dir.resolve(s).normalize();
    }
}
