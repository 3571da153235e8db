package capsim.cli;

import capsim.output.Csv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Missing is missing: at 2,000 people there is one neighbourhood, so four deprivation quintiles
 * have nobody in them. Their means (wellbeing, unmet need, need, carer strain) are empty, not 0,
 * in timeseries.csv, runs.csv and points.csv; their crises and cost are 0, which they truly are.
 */
class MissingQuintileTest {
    static final String SWEEP = """
            name: quintiles
            base: baseline-deficit
            population: 2000
            years: 1
            burn_in_years: 1
            seed: 21
            parameters:
              sba.fidelity: {range: [0, 1]}
            design: grid
            levels: 2
            replications: 2
            outputs:
              q1_wellbeing: mean
              q2_wellbeing: mean
              q3_wellbeing: mean
              q4_wellbeing: mean
              q5_wellbeing: mean
              q1_crises: sum
              q2_crises: sum
              q3_crises: sum
              q4_crises: sum
              q5_crises: sum
            """;

    @Test
    void anEmptyQuintilesMeansAreEmptyAndItsFlowsZero(@TempDir Path tmp) throws IOException {
        Path f = SweepCommandTest.write(tmp, "q.yaml", SWEEP);
        CliRun r = CliRun.of("sweep", f.toString(), "--out", tmp.resolve("o").toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        List<String> runs = Files.readAllLines(tmp.resolve("o/runs.csv"));
        for (String line : runs.subList(1, runs.size())) {
            List<String> c = Csv.split(line);
            long present = c.subList(4, 9).stream().filter(s -> !s.isEmpty()).count();
            assertEquals(1, present, "one neighbourhood, one quintile with people: " + line);
            for (String s : c.subList(4, 9)) assertFalse(s.equals("0") || s.equals("NaN"), "a mean over nobody is empty: " + line);
            for (String s : c.subList(9, 14)) assertDoesNotThrow(() -> Double.parseDouble(s), "crises over nobody are 0: " + line);
        }
        List<String> points = Files.readAllLines(tmp.resolve("o/points.csv"));
        List<String> head = Csv.split(points.get(0));
        int emptyMeans = 0;
        for (String line : points.subList(1, points.size())) {
            List<String> c = Csv.split(line);
            for (int q = 1; q <= 5; q++) {
                int m = head.indexOf("q" + q + "_wellbeing_mean_mean");
                if (c.get(m).isEmpty()) {
                    emptyMeans++;
                    assertEquals(List.of("", "", "0"), c.subList(m + 1, m + 4), "no interval and n 0: " + line);
                } else assertEquals("2", c.get(m + 3), line);
                assertFalse(c.get(head.indexOf("q" + q + "_crises_sum_mean")).isEmpty(), line);
            }
        }
        assertEquals(8, emptyMeans, "four empty quintiles at each of two points");
        assertTrue(Files.isRegularFile(tmp.resolve("o/charts/q3_wellbeing_mean-by-sba-fidelity.png")));

        CliRun run = CliRun.of("run", "baseline-deficit", "--population", "2000", "--years", "1", "--set", "burn_in_years=1",
                "--out", tmp.resolve("run").toString());
        assertEquals(0, run.code(), run.err());
        List<String> ts = Files.readAllLines(tmp.resolve("run/timeseries.csv"));
        List<String> th = Csv.split(ts.get(0));
        List<String> week = Csv.split(ts.get(1));
        long emptyWellbeing = 0;
        for (int q = 1; q <= 5; q++) {
            if (week.get(th.indexOf("q" + q + "_wellbeing")).isEmpty()) {
                emptyWellbeing++;
                for (String m : List.of("unmet_need", "need", "carer_strain"))
                    assertEquals("", week.get(th.indexOf("q" + q + "_" + m)), "q" + q + "_" + m);
                assertEquals("0", week.get(th.indexOf("q" + q + "_crises")));
                assertEquals("0", week.get(th.indexOf("q" + q + "_cost")));
            }
        }
        assertEquals(4, emptyWellbeing);
        String summary = Files.readString(tmp.resolve("run/summary.json"));
        // q1 or q5 (or both) is empty: no gap in the replication, and none across replications (n 0)
        assertTrue(summary.contains("\"wellbeing_gap_q5_q1\": null"), "no gap over nobody");
        assertTrue(summary.matches("(?s).*\"wellbeing_gap_q5_q1\": \\{\\s*\"mean\": null.*\"n\": 0.*"), summary.substring(0, 3000));
    }
}
