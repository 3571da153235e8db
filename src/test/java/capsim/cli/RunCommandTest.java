package capsim.cli;

import capsim.model.Measures;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import capsim.scenario.ScenarioWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** {@code capsim run} end to end, in-process, on a small population. */
class RunCommandTest {
    static final String BASE = "src/test/resources/scenarios/base.yaml";   // 2,000 people, 1 year after 1 year burn-in

    @TempDir Path tmp;

    Path run(String name, String... extra) {
        Path out = tmp.resolve(name);
        String[] args = Stream.concat(Stream.of("run", BASE, "--out", out.toString()), Stream.of(extra)).toArray(String[]::new);
        Cli.Result r = Cli.run(args);
        assertEquals(0, r.code(), r.toString());
        assertEquals("", r.err(), "quiet when stderr is not a terminal");
        assertTrue(r.out().contains("wrote " + out), r.out());
        return out;
    }

    static byte[] bytes(Path p) throws IOException { return Files.readAllBytes(p); }

    @Test
    void writesTheFourOutputsAndNothingElse() throws IOException {
        Path out = run("a", "--replications", "2", "--threads", "2");
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("manifest.json", "scenario.yaml", "summary.json", "timeseries.csv"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(1, s.count(), "no temporary folder left beside the output");
        }
        List<String> csv = Files.readAllLines(out.resolve("timeseries.csv"));
        assertEquals("replication,week,year," + String.join(",", Measures.columns()), csv.get(0));
        assertEquals(1 + 2 * 52, csv.size(), "one row per week per replication");
        assertTrue(csv.get(1).startsWith("0,1,1,"), csv.get(1));
        assertTrue(csv.get(104).startsWith("1,52,1,"), csv.get(104));
        for (String line : csv) assertEquals(3 + Measures.count(), line.split(",", -1).length);
        String[] header = csv.get(0).split(",");
        for (String line : csv.subList(1, csv.size())) {
            String[] cells = line.split(",", -1);
            for (int k = 0; k < cells.length; k++)
                // a quintile's mean over nobody is missing, written empty (a small population may leave a quintile empty)
                assertTrue(cells[k].matches("-?[0-9]+(\\.[0-9]+)?") || (cells[k].isEmpty() && header[k].matches("q[1-5]_(wellbeing|unmet_need|need|carer_strain)")),
                        "plain, compact number in " + header[k] + ": '" + cells[k] + "'");
        }

        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.startsWith("{\n  \"scenario\": \"test-base\",\n"), summary.substring(0, 80));
        for (String k : new String[]{"\"across_replications\"", "\"replications_detail\"", "\"ci95\"", "\"csc\"", "\"vcs\"", "\"total_cost\""})
            assertTrue(summary.contains(k), k);
        String manifest = Files.readString(out.resolve("manifest.json"));
        for (String k : new String[]{"\"capsim_version\"", "\"seed\": 42", "\"replications\": 2", "\"threads\": 2",
                "\"started\"", "\"finished\"", "\"java_version\"", "\"command_line\""})
            assertTrue(manifest.contains(k), k + " in " + manifest);
    }

    @Test
    void sameSeedGivesByteIdenticalResultsWhateverTheThreads() throws IOException {
        Path a = run("a", "--replications", "2", "--threads", "1");
        Path b = run("b", "--replications", "2", "--threads", "1");
        Path c = run("c", "--replications", "2", "--threads", "2");
        for (String f : new String[]{"timeseries.csv", "summary.json", "scenario.yaml"}) {
            assertArrayEquals(bytes(a.resolve(f)), bytes(b.resolve(f)), f + ": run twice");
            assertArrayEquals(bytes(a.resolve(f)), bytes(c.resolve(f)), f + ": 1 thread vs 2");
        }
    }

    @Test
    void replicationsAreSeededApartAndOptionsApply() throws IOException {
        Path out = run("a", "--replications", "2", "--seed", "9", "--years", "2", "--set", "burn_in_years=0");
        Scenario s = ScenarioLoader.load(out.resolve("scenario.yaml"));
        assertEquals(9, s.seed());
        assertEquals(2, s.years());
        assertEquals(0, s.burnInYears());
        assertEquals(1 + 2 * 104, Files.readAllLines(out.resolve("timeseries.csv")).size());
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"year\": 2"), "per year summary");
    }

    @Test
    void resolvedScenarioRoundTrips() throws IOException {
        Path out = run("a", "--set", "eligibility.regime=resource-led", "--population", "2500");
        Scenario original = ScenarioLoader.load(BASE, List.of("eligibility.regime=resource-led", "population=2500"));
        Path written = out.resolve("scenario.yaml");
        Scenario back = ScenarioLoader.load(written);
        assertEquals(withoutSource(original), withoutSource(back));
        assertEquals(Files.readString(written), ScenarioWriter.write(back), "writing it again gives the same text");
        // and the written file runs, giving the same results
        Path again = tmp.resolve("again");
        assertEquals(0, Cli.run("run", written.toString(), "--out", again.toString()).code());
        assertArrayEquals(bytes(out.resolve("timeseries.csv")), bytes(again.resolve("timeseries.csv")));
    }

    static Scenario withoutSource(Scenario s) {
        return new Scenario(s.name(), s.description(), null, s.seed(), s.population(), s.years(), s.burnInYears(), s.params());
    }

    @Test
    void emptyExistingOutIsUsed() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("empty"));
        assertEquals(0, Cli.run("run", BASE, "--out", out.toString()).code());
        assertTrue(Files.exists(out.resolve("timeseries.csv")));
    }
}
