package capsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code capsim compare} with parameter uncertainty: the probability, both intervals and the drivers, consistent with each other. */
class ProbabilisticCompareTest {
    @TempDir Path tmp;

    static Map<String, Object> json(Path f) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) new org.yaml.snakeyaml.Yaml().load(Files.readString(f)); // JSON is YAML
        return m;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) { return (Map<String, Object>) o; }

    static double num(Object o) { return ((Number) o).doubleValue(); }

    @Test
    void summaryCarriesTheProbabilityAndBothIntervals() throws IOException {
        Path out = tmp.resolve("p");
        Cli.Result r = Cli.run("compare", "baseline-deficit", "strengths-based", "--population", "1500", "--years", "2", "--set",
                "burn_in_years=1", "--draws", "3", "--replications-per-draw", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        Map<String, Object> s = json(out.resolve("summary.json"));
        double p = num(s.get("probability_of_net_saving"));
        assertTrue(p >= 0 && p <= 1, "probability " + p);
        Map<String, Object> u = map(s.get("uncertainty"));
        assertEquals(3, u.get("draws"), "three draws of two replications each");
        assertEquals(6, u.get("replications"));
        assertEquals(3, u.get("chance_degrees_of_freedom"), "one a draw beyond the first");
        Map<String, Object> net = map(u.get("net_saving_gbp"));
        assertEquals(p, num(net.get("probability_of_saving")));
        double wide = num(net.get("with_parameter_uncertainty_ci95_high")) - num(net.get("with_parameter_uncertainty_ci95_low"));
        double chance = num(net.get("chance_only_ci95_high")) - num(net.get("chance_only_ci95_low"));
        assertTrue(wide >= chance && chance > 0, "with parameters " + wide + " vs chance alone " + chance);
        // the draws' mean is the comparison's mean net saving: one set of replications, two readings
        assertEquals(num(map(s.get("net_saving_gbp")).get("mean")), num(net.get("mean")), 1e-6);
        // acceptability: falls as the required saving rises, and at X = 0 it is the probability of a net saving
        List<Object> curve = (List<Object>) u.get("acceptability_curve");
        double prev = 2;
        boolean zero = false;
        for (Object o : curve) {
            double q = num(map(o).get("probability"));
            assertTrue(q <= prev + 1e-12, "acceptability must not rise");
            prev = q;
            if (num(map(o).get("saving_at_least_gbp")) == 0) { zero = true; assertEquals(p, q, 1e-12); }
        }
        assertTrue(zero, "the curve includes X = 0");
        assertEquals(9, ((List<Object>) u.get("agencies")).size(), "a probability per agency (benefits included)");
        List<Object> drivers = (List<Object>) map(u.get("drivers")).get("parameters");
        assertTrue(drivers.stream().anyMatch(d -> map(d).get("key").equals("sba.fidelity")), drivers.toString());
        List<String> answer = (List<String>) s.get("answer");
        assertTrue(answer.get(0).startsWith("Probability of a net saving: "), answer.get(0));
        assertTrue(r.out().contains("Probability of a net saving: "), r.out());
        List<String> rows = Files.readAllLines(out.resolve("draws.csv"));
        assertEquals(7, rows.size(), "a header and one row per replication");
        assertEquals(rows.get(1).split(",", 4)[3], rows.get(4).split(",", 4)[3], "replications 0 and 3 share draw 0 (draw i mod 3)");
        assertEquals("3,0,", rows.get(4).substring(0, 4), "replication 3 runs draw 0");
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("How sure are we?") && html.contains("chance alone") && html.contains("charts/tornado.png"));
        assertTrue(Files.isRegularFile(out.resolve("charts/acceptability.png")));
    }

    @Test
    void drawsAreByteIdenticalAtOneAndTwoThreads() throws IOException {
        Path a = tmp.resolve("t1"), b = tmp.resolve("t2");
        for (Path out : List.of(a, b))
            assertEquals(0, Cli.run("compare", "baseline-deficit", "community-led-support", "--population", "1500", "--years", "2",
                    "--set", "burn_in_years=1", "--draws", "8", "--uncertainty", "all", "--threads", out == a ? "1" : "2",
                    "--out", out.toString()).code());
        for (String f : List.of("summary.json", "draws.csv", "deltas.csv", "charts/tornado.svg", "charts/acceptability.svg", "report.html"))
            org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }

    @Test
    void chanceOnlyModeDrawsNothingAndBothIntervalsCoincide() throws IOException {
        Path out = tmp.resolve("none");
        assertEquals(0, CompareCommandTest.compare(out, "baseline-deficit", "strengths-based", "--uncertainty", "none").code());
        Map<String, Object> s = json(out.resolve("summary.json"));
        Map<String, Object> net = map(map(s.get("uncertainty")).get("net_saving_gbp"));
        assertEquals(num(net.get("chance_only_ci95_low")), num(net.get("with_parameter_uncertainty_ci95_low")), 1e-6);
        assertEquals(0.0, num(net.get("sd_parameters")));
        assertTrue(map(s.get("uncertainty")).get("parameters_drawn").toString().startsWith("no parameters drawn"));
        assertEquals(0, map(s.get("uncertainty")).get("draws"), "chance alone: the replications themselves");
        // a scenario against itself: draws change both arms alike, so the saving is exactly zero in every draw
        Path self = tmp.resolve("self");
        assertEquals(0, CompareCommandTest.compare(self, "strengths-based", "strengths-based", "--uncertainty", "all").code());
        for (String line : Files.readAllLines(self.resolve("draws.csv")).subList(1, 4)) assertEquals("0", line.split(",")[2], line);
    }

    @Test
    void aValueSetOnTheCommandLineIsHeldNotDrawn() throws IOException {
        // compare --set sba.fidelity=0 asks what happens at fidelity 0: drawing fidelity from its range would answer another question
        Path out = tmp.resolve("held");
        Cli.Result r = Cli.run("compare", "baseline-deficit", "strengths-based", "--population", "1500", "--years", "1", "--set",
                "burn_in_years=0", "--set", "sba.fidelity=0", "--draws", "4", "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        List<String> columns = List.of(Files.readAllLines(out.resolve("draws.csv")).get(0).split(","));
        assertTrue(!columns.contains("sba.fidelity"), "fidelity is held at 0, not drawn: " + columns);
        assertTrue(columns.contains("sba.strengths_gain"), "the other effect assumptions are still drawn: " + columns);
    }
}
