package capsim;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layering of capsim's packages, lowest first: a package may use only itself and those
 * below it (imports, and fully qualified names in code; comments do not count). A package not
 * in the list fails, so a new one must be given its place. And no file in src/main is longer
 * than {@link #MAX_LINES} lines.
 */
class ArchitectureTest {
    /** Lowest first. */
    static final List<String> LAYERS = List.of("scenario", "model", "experiment", "analysis", "output",
            "evidence", "study", "report", "view", "gui", "web", "cli");
    static final int MAX_LINES = 400;

    private static final Path MAIN = Path.of("src/main");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+capsim\\.([a-z]+)[.;]");
    private static final Pattern USE = Pattern.compile("capsim\\.([a-z]+)\\.[A-Z]");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+)?capsim\\.([a-z]+)\\.");

    @Test
    void everyPackageUsesOnlyLowerOnes() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path f : files(MAIN.resolve("java"), ".java")) wrong.addAll(layerViolations(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
        assertTrue(wrong.isEmpty(), "packages used above their layer (order " + LAYERS + "):\n" + String.join("\n", wrong));
    }

    @Test
    void noFileInMainIsLong() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path f : files(MAIN, "")) {
            long lines;
            try (Stream<String> s = Files.lines(f, StandardCharsets.UTF_8)) { lines = s.count(); }
            if (lines > MAX_LINES) tooLong.add(f + ": " + lines + " lines");
        }
        assertTrue(tooLong.isEmpty(), "files over " + MAX_LINES + " lines:\n" + String.join("\n", tooLong));
    }

    /** The rule itself, on hand-written sources: it can fail. */
    @Test
    void theRuleCatchesAWrongWayArrow() {
        assertTrue(layerViolations("A.java", "package capsim.model;\nimport capsim.scenario.ParamSet;\n").isEmpty());
        assertTrue(layerViolations("A.java", "package capsim.model;\n// see capsim.gui.Console\nclass A {}\n").isEmpty());
        assertTrue(layerViolations("A.java", "package capsim.scenario;\nimport capsim.output.Numbers;\n").get(0).contains("A.java"));
        assertTrue(layerViolations("A.java", "package capsim.scenario;\nclass A { String s = capsim.output.Numbers.format(1); }\n").size() == 1);
        assertTrue(layerViolations("A.java", "package capsim.elsewhere;\nclass A {}\n").size() == 1);
        assertTrue(layerViolations("A.java", "package capsim.model;\nimport capsim.elsewhere.X;\n").size() == 1);
    }

    /** Each use of a higher or unknown package in one source file, naming the file. */
    static List<String> layerViolations(String file, String source) {
        List<String> wrong = new ArrayList<>();
        Matcher pm = PACKAGE.matcher(source);
        if (!pm.find()) {
            wrong.add(file + ": no package capsim.<layer>");
            return wrong;
        }
        String pkg = pm.group(1);
        int own = LAYERS.indexOf(pkg);
        if (own < 0) wrong.add(file + ": package capsim." + pkg + " has no place in the layer order");
        String code = withoutComments(source);
        for (Pattern p : List.of(IMPORT, USE)) {
            Matcher m = p.matcher(code);
            while (m.find()) {
                String used = m.group(1);
                int layer = LAYERS.indexOf(used);
                String line = file + ": capsim." + pkg + " uses capsim." + used;
                if (layer < 0) line += " (not in the layer order)";
                if ((layer < 0 || (own >= 0 && layer > own)) && !wrong.contains(line)) wrong.add(line);
            }
        }
        return wrong;
    }

    /** The source with its comments blanked (string and char literals kept, so a "//" in one is not a comment). */
    static String withoutComments(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                b.append(' ');
            } else if (c == '"' || c == '\'') {
                boolean block = c == '"' && s.startsWith("\"\"\"", i);
                String close = block ? "\"\"\"" : String.valueOf(c);
                int j = i + close.length();
                while (j < n && !s.startsWith(close, j)) j += s.charAt(j) == '\\' ? 2 : 1;
                j = Math.min(n, j + close.length());
                b.append(s, i, j);
                i = j;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
