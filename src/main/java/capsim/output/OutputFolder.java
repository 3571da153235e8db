package capsim.output;

import capsim.scenario.BadInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An output folder that appears only when complete. Files are written into a hidden temporary
 * folder beside the target ({@link #dir()}); {@link #commit()} renames it to the target, and
 * {@link #close()} without a commit deletes it (also on Ctrl-C, by a shutdown hook). Use it as
 * <pre>{@code
 * try (OutputFolder out = OutputFolder.open(target, false)) {
 *     Files.writeString(out.file("summary.json"), json);
 *     Path done = out.commit();
 * }}</pre>
 * A target that exists and is not empty is refused with a {@link BadInputException}.
 */
public final class OutputFolder implements AutoCloseable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path target;
    private final boolean renameIfTaken;
    private final Path temp;
    private final Thread cleanup;
    private Path committed;

    private OutputFolder(Path target, boolean renameIfTaken, Path temp) {
        this.target = target;
        this.renameIfTaken = renameIfTaken;
        this.temp = temp;
        this.cleanup = new Thread(() -> delete(temp), "capsim-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** {@code output/<label>-<yyyyMMdd-HHmmss>} under {@code root}, with -2, -3... if taken. */
    public static Path defaultTarget(Path root, String label, LocalDateTime now) {
        return unique(root.resolve(label + "-" + STAMP.format(now)));
    }

    /** A folder name from a label (scenario names, whatever they contain): safe characters only, at most 120. */
    public static String safeName(String label) {
        String s = label.replaceAll("[^A-Za-z0-9._-]+", "-");
        return s.length() > 120 ? s.substring(0, 120) : s;
    }

    /** The default target for a run started now, under {@code output/} in the working folder. */
    public static Path defaultTarget(String label) { return defaultTarget(Path.of("output"), label, LocalDateTime.now()); }

    /**
     * Starts writing towards {@code target}.
     *
     * @param renameIfTaken for default names: if the target appears meanwhile, commit to the next
     *                      free name instead of failing
     * @throws BadInputException if the target exists and is not an empty folder
     */
    public static OutputFolder open(Path target, boolean renameIfTaken) {
        checkFree(target);
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            removeAbandoned(parent);
            return new OutputFolder(target, renameIfTaken, AtomicFiles.tempDirBeside(target));
        } catch (IOException e) {
            throw new BadInputException("cannot create output folder " + target + ": " + e);
        }
    }

    /** Refuses a target that exists and is not an empty folder. */
    public static void checkFree(Path target) {
        if (!Files.exists(target)) return;
        if (!Files.isDirectory(target))
            throw new BadInputException("output " + target + " exists and is a file: expected a new or empty folder");
        try (Stream<Path> s = Files.list(target)) {
            if (s.findAny().isPresent())
                throw new BadInputException("output folder " + target + " exists and is not empty: expected a new or empty folder");
        } catch (IOException e) {
            throw new BadInputException("cannot read output folder " + target + ": " + e);
        }
    }

    /** Where to write the files until {@link #commit()}. */
    public Path dir() { return temp; }

    public Path file(String name) { return temp.resolve(name); }

    /** The intended target (the committed folder may differ if it was taken and renaming allowed). */
    public Path target() { return target; }

    /** Moves the finished folder into place and returns where it is. */
    public Path commit() {
        if (committed != null) return committed;
        Path t = target;
        try {
            if (Files.isDirectory(t)) {
                try (Stream<Path> s = Files.list(t)) {
                    if (s.findAny().isEmpty()) Files.delete(t);
                    else if (renameIfTaken) t = unique(t);
                    else throw new BadInputException("output folder " + t + " appeared during the run and is not empty");
                }
            }
            try {
                Files.move(temp, t, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + temp + " to " + t, e);
        }
        committed = t;
        removeHook();
        return t;
    }

    /** Deletes the temporary folder unless committed. */
    @Override public void close() {
        if (committed == null) delete(temp);
        removeHook();
    }

    private void removeHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs anyway
        }
    }

    private static final Pattern HIDDEN = Pattern.compile("\\..+\\.tmp-([0-9]+)-[0-9]+");

    /**
     * Deletes the hidden folders ({@code .NAME.tmp-PID-N}) that killed runs left in
     * {@code parent}: those whose process is gone. A live run's folder is left alone.
     */
    static void removeAbandoned(Path parent) {
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : s.toList()) {
                Matcher m = HIDDEN.matcher(p.getFileName().toString());
                if (!m.matches() || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) continue;
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (ProcessHandle.of(pid).isEmpty()) delete(p);
            }
        } catch (IOException ignored) {
            // best effort: a leftover is hidden and harmless
        }
    }

    private static Path unique(Path p) {
        Path c = p;
        for (int i = 2; Files.exists(c); i++) c = p.resolveSibling(p.getFileName() + "-" + i);
        return c;
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> {
                try { Files.deleteIfExists(f); } catch (IOException ignored) { /* best effort */ }
            });
        } catch (IOException ignored) {
            // best effort: a hidden leftover is harmless
        }
    }
}
