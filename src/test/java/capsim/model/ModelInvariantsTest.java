package capsim.model;

import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The books balance, people are neither lost nor invented, and every state stays in range: every week. */
class ModelInvariantsTest {

    @ParameterizedTest
    @ValueSource(strings = {"baseline-deficit", "strengths-based", "sba-as-cuts", "resource-led-eligibility"})
    void invariantsHoldEveryWeek(String name) {
        Scenario s = ScenarioLoader.load(name).withPopulation(4000).withYears(2).withBurnInYears(1);
        CommunityModel m = new CommunityModel(s, Seeds.replicationSeed(s.seed(), 0));
        int[] weeks = {0};
        double[] previousPopulation = {-1};
        double[] ledgerTotal = {0};
        m.addWeekListener((week, row) -> {
            weeks[0]++;
            double sum = 0;
            for (Agency a : Agency.values()) sum += row[Measures.agency(a, "cost")];
            double total = row[Measures.index("total_cost")];
            assertEquals(total, sum, 1e-6 * Math.max(1, total), "agency costs sum to the total, week " + m.week());
            double byCategory = 0;
            for (Ledger.Category c : Ledger.Category.values()) byCategory += m.ledger().weekCategory(c);
            assertEquals(total, byCategory, 1e-6 * Math.max(1, total), "each pound has one category, week " + m.week());
            ledgerTotal[0] += total;
            double pop = row[Measures.index("population")];
            if (previousPopulation[0] >= 0) {
                double change = row[Measures.index("births")] + row[Measures.index("migrants_in")]
                        - row[Measures.index("deaths")] - row[Measures.index("migrants_out")];
                assertEquals(previousPopulation[0] + change, pop, 1e-9, "population in = out + change, week " + m.week());
            }
            previousPopulation[0] = pop;
            assertEquals(pop, row[Measures.index("children")] + row[Measures.index("adults")] + row[Measures.index("older")], 1e-9);
            Population p = m.population();
            int alive = 0;
            for (int i = 0; i < p.slots(); i++) {
                if (!p.alive(i)) continue;
                alive++;
                for (int d = 0; d < 4; d++) inUnit(p.need(i, d), "need");
                inUnit(p.strengths(i), "strengths");
                inUnit(p.dependency(i), "dependency");
                inUnit(p.strain(i), "carer strain");
                double wb = p.wellbeing(i);
                assertTrue(wb >= 14 && wb <= 70, "wellbeing on the 14..70 scale");
            }
            assertEquals(pop, alive, "population count matches the living");
            int cla = 0;
            for (int i = 0; i < p.slots(); i++) if (p.alive(i) && (p.caseState(i, Agency.CSC) == Services.CLA || p.caseState(i, Agency.CSC) == Services.CLA_RESIDENTIAL)) {
                cla++;
                assertTrue(p.age(i) < 18, "only children are looked after");
            }
            assertEquals(cla, row[Measures.index("children_looked_after")], 1e-9);
        });
        m.start();
        int total = s.burnInWeeks() + s.reportedWeeks();
        for (int w = 0; w < total; w++) m.schedule.step(m);
        assertEquals(total, weeks[0]);
        assertEquals(m.ledger().runTotal(), ledgerTotal[0], 1e-6 * ledgerTotal[0], "weekly totals add up to the run's ledger");
        double byAgency = 0;
        for (Agency a : Agency.values()) byAgency += m.ledger().runAgency(a);
        assertEquals(m.ledger().runTotal(), byAgency, 1e-6 * byAgency);
    }

    private static void inUnit(double v, String what) {
        assertTrue(v >= 0 && v <= 1, what + " stays in 0..1, got " + v);
    }
}
