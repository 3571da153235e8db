package capsim.output;

import capsim.experiment.RunResult;
import capsim.model.Measures;
import capsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SummaryTest {
    @Test
    void tIntervalOfTheMean() {
        Summary.Stats s = Summary.stats(new double[]{1, 2, 3, 4, 5});
        assertEquals(3, s.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), s.sd(), 1e-12);
        double half = 2.7764451051977987 * Math.sqrt(2.5) / Math.sqrt(5);   // t(0.975, 4)
        assertEquals(3 - half, s.low(), 1e-9);
        assertEquals(3 + half, s.high(), 1e-9);
        Summary.Stats one = Summary.stats(new double[]{7});
        assertEquals(7, one.mean());
        assertTrue(Double.isNaN(one.low()), "no interval from one replication");
    }

    /** Hand-made results: the summary sums flows per year, takes stocks at year end, and averages replications. */
    @Test
    void aggregatesFlowsAndStocksPerYear() {
        int weeks = 104, cols = Measures.count();
        int cost = Measures.index("csc_cost"), waiting = Measures.index("csc_waiting"), total = Measures.index("total_cost");
        double[][] a = new double[weeks][cols], b = new double[weeks][cols];
        for (int w = 0; w < weeks; w++) {
            a[w][cost] = 10; a[w][total] = 10; a[w][waiting] = w;
            b[w][cost] = 20; b[w][total] = 20; b[w][waiting] = 2 * w;
        }
        Scenario s = Scenario.defaults().withYears(2);
        String json = Summary.write(s, List.of(new RunResult("x", 0, 1, a), new RunResult("x", 1, 2, b)));
        // across replications, year 2, csc: cost mean (520 + 1040) / 2 = 780; waiting at week 104: (103 + 206) / 2
        int y2 = json.indexOf("\"year\": 2");
        String csc = json.substring(json.indexOf("\"csc\"", y2), json.indexOf("\"asc\"", y2));
        assertTrue(csc.contains("\"cost\": {\n              \"mean\": 780,"), csc);
        assertTrue(csc.contains("\"waiting\": {\n              \"mean\": 154.5,"), csc);
        assertTrue(json.contains("\"total_cost\": {\n        \"mean\": 1560,"), "outcome total over 2 years: (1040 + 2080) / 2");
        assertEquals(json, Summary.write(s, List.of(new RunResult("x", 0, 1, a), new RunResult("x", 1, 2, b))));
    }
}
