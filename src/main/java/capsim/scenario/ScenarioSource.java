package capsim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

/**
 * Where a scenario's text comes from: a file on disk, or a shipped scenario on the class path;
 * finding one from a command-line reference or an {@code extends} value, and reading it.
 */
record ScenarioSource(String display, Path path, String shippedName) {
    /** Where shipped scenarios live on the class path. */
    static final String SHIPPED_DIR = "capsim/scenarios/";
    static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    String identity() { return path != null ? path.toAbsolutePath().normalize().toString() : "shipped:" + shippedName; }

    Path scenarioPath() { return path != null ? path : Path.of("scenarios", shippedName + ".yaml"); }

    String read() {
        try {
            byte[] bytes;
            if (path != null) bytes = TextFiles.readBytes(path, display, "a scenario file");
            else try (InputStream in = ScenarioSource.class.getResourceAsStream("/" + SHIPPED_DIR + shippedName + ".yaml")) {
                if (in == null) throw new ScenarioException(display, 0, null, "shipped scenario missing from the jar");
                bytes = in.readAllBytes();
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;   // a BOM some editors write
        } catch (CharacterCodingException e) {
            throw new ScenarioException(display, 0, null, "not UTF-8 text");
        } catch (IOException e) {
            throw new ScenarioException(display, 0, null, "cannot read: " + e.getMessage());
        }
    }

    static ScenarioSource file(Path file) {
        if (!Files.exists(file)) throw new ScenarioException(file.toString(), 0, null, "no such file");
        if (!Files.isRegularFile(file)) throw new ScenarioException(file.toString(), 0, null, "not a file");
        return new ScenarioSource(file.toString(), file, null);
    }

    static ScenarioSource shipped(String name) {
        return new ScenarioSource("scenarios/" + name + ".yaml", null, name);
    }

    /** A reference from the command line: a file, else a shipped scenario's name. */
    static ScenarioSource locate(String ref) {
        Path p;
        try {
            p = Path.of(ref);
        } catch (InvalidPathException e) {
            throw new ScenarioException(ref, 0, null, "not a valid file name or scenario name");
        }
        if (Files.exists(p)) return file(p);
        String base = p.getFileName() == null ? ref : p.getFileName().toString();
        if (base.endsWith(".yaml")) base = base.substring(0, base.length() - 5);
        boolean bare = p.getParent() == null || p.getParent().toString().equals("scenarios");
        if (bare && isShipped(base)) return shipped(base);
        String near = KeySuggestions.nearest(base, shippedNames());
        throw new ScenarioException(ref, 0, null, "no such file, and no shipped scenario of that name ("
                + (near != null ? "did you mean " + near + "? " : "") + "shipped: " + String.join(", ", shippedNames()) + ")");
    }

    /** The target of {@code extends: ref} in this source: a file beside it first, then a shipped scenario. */
    ScenarioSource base(String ref, int line) {
        if (path != null) {
            Path dir = path.getParent();
            for (String r : new String[]{ref, ref + ".yaml"}) {
                try {
                    Path c = dir == null ? Path.of(r) : dir.resolve(r);
                    if (Files.isRegularFile(c)) return new ScenarioSource(c.toString(), c, null);
                } catch (InvalidPathException e) {
                    break;   // not a file name: try it as a shipped name, which reports the problem
                }
            }
        }
        String name = ref.endsWith(".yaml") ? ref.substring(0, ref.length() - 5) : ref;
        if (name.startsWith("scenarios/")) name = name.substring("scenarios/".length());
        if (isShipped(name)) return shipped(name);
        throw new ScenarioException(display, line, ScenarioLoader.EXTENDS, "cannot find '" + ref
                + "': expected a file relative to this one or a shipped scenario (" + String.join(", ", shippedNames()) + ")");
    }

    /** Whether a shipped scenario of this name exists. */
    static boolean isShipped(String name) {
        return SAFE_NAME.matcher(name).matches() && ScenarioSource.class.getResource("/" + SHIPPED_DIR + name + ".yaml") != null;
    }

    /** Names of the shipped scenarios, sorted. */
    static List<String> shippedNames() {
        Set<String> names = new TreeSet<>();
        try {
            URL loc = ScenarioSource.class.getProtectionDomain().getCodeSource().getLocation();
            Path p = Path.of(loc.toURI());
            if (Files.isDirectory(p)) {
                Path dir = p.resolve(SHIPPED_DIR);
                if (Files.isDirectory(dir)) {
                    try (var s = Files.list(dir)) {
                        s.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
                                .forEach(f -> names.add(f.substring(0, f.length() - 5)));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(p.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String n = e.nextElement().getName();
                        if (n.startsWith(SHIPPED_DIR) && n.endsWith(".yaml") && n.indexOf('/', SHIPPED_DIR.length()) < 0)
                            names.add(n.substring(SHIPPED_DIR.length(), n.length() - 5));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(names);
    }
}
