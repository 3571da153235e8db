package capsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Bad input, whatever its kind: exit code 2, one line on stderr, no stack trace, nothing written. */
class BadInputTest {
    static final String DIR = "src/test/resources/scenarios/";

    @TempDir Path tmp;

    static void assertOneLineError(Cli.Result r, String... fragments) {
        assertEquals(2, r.code(), r.toString());
        assertEquals(1, r.err().lines().count(), "one line: " + r);
        assertTrue(r.err().startsWith("error: "), r.toString());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r);
        for (String f : fragments) assertTrue(r.err().contains(f), "'" + f + "' in " + r);
    }

    /** Nothing in tmp at all: neither the output folder nor a hidden temporary one. */
    void assertNothingWritten() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(0, s.count(), "nothing written in " + tmp);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bad-syntax.yaml      | bad-syntax.yaml:3:      | burn_in_years  | invalid YAML",
            "unknown-key.yaml     | unknown-key.yaml:4:     | eligibility.regim  | did you mean eligibility.regime?",
            "wrong-type.yaml      | wrong-type.yaml:3:      | years          | expected a whole number",
            "out-of-range.yaml    | out-of-range.yaml:2:    | population     | out of range",
            "bad-enum.yaml        | bad-enum.yaml:3:        | eligibility.regime | expected one of needs-led, resource-led",
            "missing-extends.yaml | missing-extends.yaml:2: | extends        | cannot find 'no-such-scenario'",
            "cycle-a.yaml         | cycle-b.yaml:2:         | extends        | cyclic: ",
            "missing-name.yaml    | missing-name.yaml:1:    | name           | missing required key",
            "duplicate-key.yaml   | duplicate-key.yaml:4:   | eligibility.regime | set twice",
            "bad-in-base.yaml     | wrong-type.yaml:3:      | years          | expected a whole number",
    })
    void malformedScenarioRunsNothing(String file, String where, String key, String expected) throws IOException {
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("run", DIR + file, "--out", out.toString());
        assertOneLineError(r, where, " " + key + ": ", expected);
        assertEquals("", r.out());
        assertNothingWritten();
        assertOneLineError(Cli.run("validate", DIR + file), where, " " + key + ": ", expected);
        assertOneLineError(Cli.run("params", DIR + file), where, " " + key + ": ", expected);
    }

    @Test
    void badSetNamesSetAndKey() throws IOException {
        Cli.Result r = Cli.run("run", DIR + "base.yaml", "--set", "eligibility.regime=often", "--out", tmp.resolve("o").toString());
        assertOneLineError(r, "--set: eligibility.regime: expected one of needs-led, resource-led, got 'often'");
        r = Cli.run("run", DIR + "base.yaml", "--set", "agencies.nope=1", "--out", tmp.resolve("o").toString());
        assertOneLineError(r, "--set: agencies.nope: unknown key");
        r = Cli.run("run", DIR + "base.yaml", "--set", "population", "--out", tmp.resolve("o").toString());
        assertOneLineError(r, "--set: expected key=value, got 'population'");
        assertNothingWritten();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--population=5", "--years=0", "--seed=minus-one", "--replications=0", "--threads=0",
            "--replications=many", "--bogus", "--set"})
    void badOptionsAreUsageErrors(String option) throws IOException {
        assertOneLineError(Cli.run("run", DIR + "base.yaml", option, "--out", tmp.resolve("o").toString()), option.replaceAll("=.*", ""));
        assertNothingWritten();
    }

    @Test
    void missingScenarioAndUnknownCommand() {
        assertOneLineError(Cli.run("run", "no-such-scenario"), "no-such-scenario: no such file, and no shipped scenario");
        assertOneLineError(Cli.run("run"), "Missing required parameter: 'SCENARIO'");
        assertOneLineError(Cli.run("frobnicate"), "frobnicate");
    }

    @Test
    void nonEmptyOutIsRefusedAndLeftAlone() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("taken"));
        Files.writeString(out.resolve("precious.txt"), "keep me");
        Cli.Result r = Cli.run("run", DIR + "base.yaml", "--out", out.toString());
        assertOneLineError(r, out + " exists and is not empty");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(1, s.count(), "no temporary folder left beside it");
        }
        assertEquals("keep me", Files.readString(out.resolve("precious.txt")));

        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertOneLineError(Cli.run("run", DIR + "base.yaml", "--out", file.toString()), "exists and is a file");
    }

    /**
     * A scenario or study file far over the 1 MiB limit (here a 12 MB value, which SnakeYAML took
     * 24 s to parse) is refused by its size before it is read: exit 2, one line naming the limit.
     */
    @Test
    void oversizedScenarioAndStudyFilesAreRefusedUnread() throws IOException {
        Path big = Files.createDirectories(tmp.resolve("in")).resolve("big.yaml");
        Files.writeString(big, "name: big\ndescription: " + "x".repeat(12_000_000) + "\n");
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("run", big.toString(), "--out", out.toString());
        assertOneLineError(r, big + ": too large (12,000,024 bytes); expected a scenario file of at most 1 MiB");
        assertFalse(Files.exists(out));
        assertOneLineError(Cli.run("validate", big.toString()), "too large");
        assertOneLineError(Cli.run("sweep", big.toString(), "--out", out.toString()),
                big + ": too large (12,000,024 bytes); expected a study file of at most 1 MiB");
        assertOneLineError(Cli.run("calibrate", big.toString(), "--out", out.toString()), "too large", "a study file");
        assertFalse(Files.exists(out));
    }
}
