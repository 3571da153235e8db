package capsim.view;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Architecture check: capsim.view names no drawing toolkit, so a browser front can reuse it. */
class ViewIsToolkitFreeTest {
    private static final List<String> TOOLKITS = List.of("java.awt", "javax.swing", "sim.display", "sim.portrayal", "org.jfree");

    @Test
    void viewSourcesImportNoToolkit() throws IOException {
        Path dir = Path.of("src", "main", "java", "capsim", "view");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) { files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList(); }
        assertTrue(files.size() >= 5 && files.contains(dir.resolve("package-info.java")), "view sources found: " + files);
        List<String> bad = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            for (int k = 0; k < lines.size(); k++) {
                String line = lines.get(k).trim();
                if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) continue; // prose may name them
                for (String t : TOOLKITS)
                    if (line.matches("(import\\s+(static\\s+)?)?.*\\b" + t.replace(".", "\\.") + "\\..*"))
                        bad.add(f.getFileName() + ":" + (k + 1) + ": " + line);
            }
        }
        assertTrue(bad.isEmpty(), "capsim.view must not use a toolkit:\n" + String.join("\n", bad));
    }
}
