package capsim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Files and folders that appear whole or not at all: written beside the target under a hidden
 * name, then renamed over it. Not {@code Files.createTemp*}: their owner-only permissions would
 * stay on the finished file, unlike every other output's.
 */
public final class AtomicFiles {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private AtomicFiles() {}

    public static void write(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp;
        while (true) {
            try {
                tmp = Files.createFile(dir.resolve(hiddenName(target)));
                break;
            } catch (FileAlreadyExistsException e) {
                // a leftover of an earlier process with this pid: take the next name
            }
        }
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A new hidden folder beside {@code target}, to fill and then {@link #replace}. */
    public static Path tempDirBeside(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        while (true) {
            try {
                return Files.createDirectory(dir.resolve(hiddenName(target)));
            } catch (FileAlreadyExistsException e) {
                // as in write
            }
        }
    }

    /**
     * Renames a filled folder to {@code target}. An empty or missing target is replaced by one
     * atomic rename; a full one is first renamed aside, so the target is always either the old
     * folder or the new one, never a mixture, and then deleted.
     */
    public static void replace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException e) {
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) throw e;
            // rename(2) replaces only an empty folder ("Directory not empty" otherwise)
            Path old = tempDirBeside(target);
            Files.move(target, old, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            delete(old);
        }
    }

    public static void delete(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (var s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        }
    }

    /** {@code .NAME.tmp-PID-N}, the hidden name {@link OutputFolder} uses too, so a leftover is recognised. */
    static String hiddenName(Path target) {
        return "." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-" + NEXT.getAndIncrement();
    }
}
