package capsim.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The packaged jar and the {@code ./capsim} launcher, run as separate processes from a folder
 * outside the repository: real exit codes, scenarios found inside the jar, default output folder.
 * Runs in {@code mvn verify} after {@code package} (maven-failsafe-plugin).
 */
class JarIT {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path JAR = ROOT.resolve("target/capsim.jar");

    @TempDir Path cwd;

    record Result(int code, String out, String err) {
        @Override public String toString() { return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err; }
    }

    @BeforeAll
    static void jarIsBuilt() {
        assertTrue(Files.isRegularFile(JAR), "mvn package builds " + JAR);
    }

    Result exec(String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("capsim-it", ".out"), err = Files.createTempFile("capsim-it", ".err");
        try {
            Process p = new ProcessBuilder(command).directory(cwd.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail("timed out: " + String.join(" ", command));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    Result capsim(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return exec(cmd.toArray(String[]::new));
    }

    @Test
    void shippedStudiesArePlannedFromAnotherFolder() throws Exception {
        for (String f : new String[]{"community-investment", "deprivation", "sba-assumptions-lhs"}) {
            Result r = capsim("sweep", ROOT.resolve("scenarios/sweeps/" + f + ".yaml").toString(), "--dry-run", "--population", "2000");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("scenario: population 2000"), r.toString());
        }
        Files.copy(ROOT.resolve("scenarios/sweeps/deprivation.yaml"), cwd.resolve("deprivation.yaml"));
        Result copied = capsim("sweep", "deprivation.yaml", "--dry-run");
        assertEquals(0, copied.code(), copied.toString());
    }

    @Test
    void listsTheShippedScenariosFromInsideTheJar() throws Exception {
        Result r = capsim("list");
        assertEquals(0, r.code(), r.toString());
        for (String s : new String[]{"baseline-deficit", "strengths-based"})
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(s + " ")), s + " in " + r);
    }

    @Test
    void runsAShippedScenarioByNameIntoTheDefaultFolder() throws Exception {
        Result r = capsim("run", "baseline-deficit", "--population", "2000", "--years", "1", "--set", "burn_in_years=1");
        assertEquals(0, r.code(), r.toString());
        assertEquals("", r.err(), "no progress bar without a terminal");
        List<Path> runs;
        try (Stream<Path> s = Files.list(cwd.resolve("output"))) {
            runs = s.toList();
        }
        assertEquals(1, runs.size(), runs.toString());
        assertTrue(runs.get(0).getFileName().toString().matches("baseline-deficit-\\d{8}-\\d{6}"), runs.toString());
        for (String f : new String[]{"timeseries.csv", "summary.json", "scenario.yaml", "manifest.json"})
            assertTrue(Files.isRegularFile(runs.get(0).resolve(f)), f);
    }

    @Test
    void badInputExitsTwoWithOneLineAndNoFolder() throws Exception {
        Files.writeString(cwd.resolve("bad.yaml"), "name: bad\nyears: ten\n");
        Result r = capsim("run", "bad.yaml");
        assertEquals(2, r.code(), r.toString());
        assertEquals("error: bad.yaml:2: years: expected a whole number in [1, 100], got 'ten'\n", r.err());
        assertFalse(Files.exists(cwd.resolve("output")), "no output folder");
        assertEquals(2, capsim("run", "baseline-deficit", "--no-such-option").code());
    }

    @Test
    void launcherRunsTheJar() throws Exception {
        Result r = exec(ROOT.resolve("capsim").toString(), "validate", "strengths-based");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("ok: "), r.toString());
    }
}
