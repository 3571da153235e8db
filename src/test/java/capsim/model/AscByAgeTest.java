package capsim.model;

import capsim.experiment.RunResult;
import capsim.experiment.Simulation;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19's columns: adult social care by age (18-64, 65+) and long-term support by primary
 * support reason add up to the totals every week, match a count of the people themselves, and
 * are as deterministic as the rest of the row.
 */
class AscByAgeTest {
    private static final String[] AGES = Measures.ASC_AGES;

    /** Conditions on, so working-age clients and every support reason occur at this size. */
    private static Scenario scenario(String name) {
        return ScenarioLoader.load(name, List.of("conditions.enabled=true")).withPopulation(4000).withYears(2).withBurnInYears(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"baseline-deficit", "strengths-based"})
    void splitsAddUpToTheTotalsEveryWeek(String name) {
        Scenario s = scenario(name);
        CommunityModel m = new CommunityModel(s, Seeds.replicationSeed(s.seed(), 0));
        double[] seen = new double[2 + Conditions.REASONS.length + 2];  // lts by age, by reason, cost by age: none all zero
        // adult social care's long-term starts and contacts for people 18-64, heard as they are raised
        int[] heard = new int[2];
        double[] heardTotal = new double[2];
        m.addCareListener(new CareListener() {
            @Override public void on(CareEvent e, Agency a, int person) {
                if (a != Agency.ASC || m.population().age(person) < 18 || m.population().age(person) >= 65) return;
                if (e == CareEvent.LONG_TERM_STARTED) heard[0]++;
                else if (e == CareEvent.CONTACT) heard[1]++;
            }
        });
        m.addWeekListener((week, row) -> {
            String w = ", week " + m.week();
            double lts = row[Measures.index("adults_long_term_support")];
            // counted again from the people: HOME_CARE, CARE_HOME and the other long-term states, adults only
            Population p = m.population();
            int[] byAge = new int[2], byReason = new int[Conditions.REASONS.length];
            for (int i = 0; i < p.slots(); i++) {
                if (!p.alive(i) || p.age(i) < 18 || !Services.longTermSupport(p.caseState(i, Agency.ASC))) continue;
                byAge[p.age(i) < 65 ? 0 : 1]++;
                byReason[Conditions.reasonOf(p.condition(i))]++;
            }
            double ageSum = 0, reasonSum = 0;
            for (int k = 0; k < 2; k++) {
                double v = row[Measures.index("asc_lts_" + AGES[k])];
                assertEquals(byAge[k], v, 0.0, "asc_lts_" + AGES[k] + w);
                ageSum += v;
                seen[k] += v;
            }
            for (int r = 0; r < byReason.length; r++) {
                double v = row[Measures.index("asc_lts_" + Conditions.REASONS[r])];
                assertEquals(byReason[r], v, 0.0, "asc_lts_" + Conditions.REASONS[r] + w);
                reasonSum += v;
                seen[2 + r] += v;
            }
            assertEquals(lts, ageSum, 1e-6 * Math.max(1, lts), "long-term support by age sums to the total" + w);
            assertEquals(lts, reasonSum, 1e-6 * Math.max(1, lts), "long-term support by reason sums to the total" + w);
            assertEquals(row[Measures.index("adults")], row[Measures.index("population_18_64")], 0.0, w);
            assertEquals(row[Measures.index("older")], row[Measures.index("population_65_plus")], 0.0, w);

            // asc_cost = asc_cost_18_64 + asc_cost_65_plus + charges on a child + charges on no one;
            // those on no one are training, supervision or community investment, which the deficit arm never pays
            double asc = row[Measures.agency(Agency.ASC, "cost")];
            double young = row[Measures.index("asc_cost_18_64")], old = row[Measures.index("asc_cost_65_plus")];
            double onNoOne = asc - young - old - m.ledger().weekAscByStage[0];
            double tol = 1e-6 * Math.max(1, asc);
            assertTrue(young >= 0 && old >= 0, "costs are not negative" + w);
            assertTrue(onNoOne >= -tol, "the age split does not exceed asc_cost" + w + ": " + onNoOne);
            double unpersoned = row[Measures.index("training_cost")] + row[Measures.index("community_investment_cost")];
            if (unpersoned == 0) assertEquals(asc, young + old + m.ledger().weekAscByStage[0], tol, "asc cost by age sums to asc_cost" + w);
            else assertTrue(onNoOne <= unpersoned + tol, "only training and investment are charged to no one" + w + ": " + onNoOne);
            String[] events = {"asc_long_term_starts", "asc_contacts"};
            for (int k = 0; k < 2; k++) {
                double v = row[Measures.index(events[k] + "_18_64")];
                assertEquals(heard[k], v, 0.0, events[k] + "_18_64" + w);
                assertTrue(v <= row[Measures.index(events[k])], events[k] + "_18_64 is part of " + events[k] + w);
                heardTotal[k] += v;
                heard[k] = 0;
            }
            seen[2 + Conditions.REASONS.length] += young;
            seen[3 + Conditions.REASONS.length] += old;
        });
        m.start();
        int total = s.burnInWeeks() + s.reportedWeeks();
        for (int w = 0; w < total; w++) m.schedule.step(m);
        // a split that stays at zero would pass the sums vacuously: both ages, both costs, and some reason other than
        // physical (mental health long-term clients are too rare at 4,000 people to require each reason)
        for (int k : new int[]{0, 1, 2, seen.length - 2, seen.length - 1}) assertTrue(seen[k] > 0, "column " + k + " of the split is never above zero");
        double otherReasons = 0;
        for (int r = 1; r < Conditions.REASONS.length; r++) otherReasons += seen[2 + r];
        assertTrue(otherReasons > 0, "some long-term support is for a reason other than physical");
        assertTrue(heardTotal[0] > 0 && heardTotal[1] > 0, "18-64s start long-term support and contact adult social care");
    }

    @Test
    void theNewColumnsAreDeterministic() {
        Scenario s = scenario("strengths-based").withYears(1);
        RunResult a = Simulation.run(s, 0, null), b = Simulation.run(s, 0, null);
        String[] cols = {"population_18_64", "population_65_plus", "asc_lts_18_64", "asc_lts_65_plus", "asc_lts_physical",
                "asc_lts_learning_disability", "asc_lts_mental_health", "asc_lts_sensory", "asc_cost_18_64", "asc_cost_65_plus",
                "asc_long_term_starts_18_64", "asc_contacts_18_64"};
        for (String c : cols) {
            int k = Measures.index(c);
            double[] x = new double[a.weeks()], y = new double[b.weeks()];
            for (int w = 0; w < a.weeks(); w++) {
                x[w] = a.rows()[w][k];
                y[w] = b.rows()[w][k];
            }
            assertArrayEquals(x, y, 0.0, c);
        }
    }
}
