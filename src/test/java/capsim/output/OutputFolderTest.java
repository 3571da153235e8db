package capsim.output;

import capsim.scenario.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class OutputFolderTest {
    @TempDir Path tmp;

    List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void appearsOnlyOnCommit() throws IOException {
        Path target = tmp.resolve("run");
        try (OutputFolder f = OutputFolder.open(target, false)) {
            Files.writeString(f.file("a.txt"), "a");
            assertFalse(Files.exists(target));
            assertEquals(1, names().size());
            assertTrue(names().get(0).startsWith(".run.tmp-"), "hidden, beside the target: " + names());
            assertEquals(target, f.commit());
        }
        assertEquals(List.of("run"), names());
        if (Files.getFileStore(target).supportsFileAttributeView("posix"))
            assertEquals(Files.getPosixFilePermissions(Files.createDirectory(tmp.resolve("plain"))), Files.getPosixFilePermissions(target),
                    "the usual permissions, not a temp folder's owner-only ones");
        assertEquals("a", Files.readString(target.resolve("a.txt")));
    }

    @Test
    void failureLeavesNothing() throws IOException {
        Path target = tmp.resolve("run");
        assertThrows(IllegalStateException.class, () -> {
            try (OutputFolder f = OutputFolder.open(target, false)) {
                Files.writeString(f.file("half.csv"), "half");
                throw new IllegalStateException("model failed");
            }
        });
        assertEquals(List.of(), names());
    }

    @Test
    void refusesANonEmptyTargetButTakesAnEmptyOne() throws IOException {
        Path taken = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(taken.resolve("x"), "x");
        BadInputException e = assertThrows(BadInputException.class, () -> OutputFolder.open(taken, false));
        assertTrue(e.getMessage().contains("exists and is not empty"), e.getMessage());

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        try (OutputFolder f = OutputFolder.open(empty, false)) {
            Files.writeString(f.file("a"), "a");
            f.commit();
        }
        assertTrue(Files.exists(empty.resolve("a")));
    }

    @Test
    void defaultNamesAreStampedAndMadeUnique() throws IOException {
        LocalDateTime t = LocalDateTime.of(2026, 11, 23, 1, 2, 3);
        Path a = OutputFolder.defaultTarget(tmp, "baseline", t);
        assertEquals(tmp.resolve("baseline-20261123-010203"), a);
        Files.createDirectory(a);
        assertEquals(tmp.resolve("baseline-20261123-010203-2"), OutputFolder.defaultTarget(tmp, "baseline", t));

        // a default-named target taken during the run: commit moves to the next free name
        Path b = OutputFolder.defaultTarget(tmp, "other", t);
        try (OutputFolder f = OutputFolder.open(b, true)) {
            Files.writeString(Files.createDirectory(b).resolve("someone-else"), "x");
            assertEquals(tmp.resolve("other-20261123-010203-2"), f.commit());
        }
    }

    /**
     * A killed run leaves its hidden {@code .NAME.tmp-PID-N} folder; the next run writing in the
     * same parent removes those whose process is gone and leaves a live process's alone.
     */
    @Test
    void leftoversOfKilledRunsAreRemovedByTheNextRun(@TempDir Path tmp) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long deadPid = gone.pid(), livePid = ProcessHandle.current().pid();
        Path dead = Files.createDirectories(tmp.resolve(".killed.tmp-" + deadPid + "-0"));
        Files.writeString(dead.resolve("timeseries.csv"), "half written");
        Path live = Files.createDirectories(tmp.resolve(".running.tmp-" + livePid + "-7"));
        Path unrelated = Files.createDirectories(tmp.resolve(".cache"));
        try (OutputFolder f = OutputFolder.open(tmp.resolve("next"), false)) {
            f.commit();
        }
        assertFalse(Files.exists(dead), "a dead process's leftover is removed");
        assertTrue(Files.exists(live), "a live process's folder is left alone");
        assertTrue(Files.exists(unrelated));
        assertTrue(Files.isDirectory(tmp.resolve("next")));
    }

    /** A full folder is replaced whole: afterwards the target holds exactly the new files. */
    @Test
    void replaceSwapsAFullFolderForANewOne(@TempDir Path tmp) throws IOException {
        Path target = Files.createDirectories(tmp.resolve("charts"));
        Files.writeString(target.resolve("old.png"), "old");
        Path fresh = AtomicFiles.tempDirBeside(target);
        Files.writeString(fresh.resolve("new.png"), "new");
        AtomicFiles.replace(fresh, target);
        try (Stream<Path> s = Files.list(target)) {
            assertEquals(List.of("new.png"), s.map(p -> p.getFileName().toString()).toList());
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("charts"), s.map(p -> p.getFileName().toString()).toList(), "nothing left beside it");
        }
    }
}
