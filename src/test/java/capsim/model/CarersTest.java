package capsim.model;

import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Carers' working lives: the yearly move in and out of work, Carer's Allowance, and the measures a run reports. */
class CarersTest {

    /**
     * The yearly rule on hand-built cases: exit 0.1 a year, rate 0.75 (so entry 0.3), a carer's
     * exit factor 2 and entry factor 0.5. Result: E = in work, O = out of work because of caring, - = neither.
     */
    @ParameterizedTest(name = "employed={0} outForCare={1} u={2} exitFactor={3} entryFactor={4} caring={5} -> {6}")
    @CsvSource({
            // in work, not caring: leaves only below the exit rate, and not because of caring
            "true,  false, 0.05, 1, 1, false, -",
            "true,  false, 0.15, 1, 1, false, E",
            // in work, caring: the part the factor adds is leaving because of caring
            "true,  false, 0.05, 2, 0.5, true, -",
            "true,  false, 0.15, 2, 0.5, true, O",
            "true,  false, 0.25, 2, 0.5, true, E",
            // out of work, not caring: enters below entry = 0.1 x 0.75 / 0.25 = 0.3
            "false, false, 0.29, 1, 1, false, E",
            "false, false, 0.31, 1, 1, false, -",
            // out of work, caring: enters below 0.15; between 0.15 and 0.3 stays out because of caring
            "false, false, 0.10, 2, 0.5, true, E",
            "false, false, 0.20, 2, 0.5, true, O",
            "false, false, 0.50, 2, 0.5, true, -",
            // already out because of caring: the mark stays while caring, goes when caring stops
            "false, true,  0.50, 2, 0.5, true, O",
            "false, true,  0.50, 1, 1, false, -",
            "false, true,  0.10, 1, 1, false, E",
    })
    void theYearlyMoveInAndOutOfWork(boolean employed, boolean outForCare, double u, double exitFactor, double entryFactor,
                                     boolean caring, String expected) {
        int s = Carers.transition(employed, outForCare, u, 0.75, 0.1, exitFactor, entryFactor, caring);
        String got = (s & Carers.EMPLOYED) != 0 ? "E" : (s & Carers.OUT_FOR_CARE) != 0 ? "O" : "-";
        assertEquals(expected, got);
        assertTrue(s != (Carers.EMPLOYED | Carers.OUT_FOR_CARE), "in work and out of it at once");
    }

    @Test
    void nonCarersStayAtTheirBandsRate() {
        // in steady state flows out (p x exit) equal flows in ((1 - p) x entry): the rule's entry rate keeps p
        double p = 0.67, exit = 0.08, employed = p;
        for (int year = 0; year < 50; year++) {
            double leave = 0, enter = 0;
            for (int k = 0; k < 100_000; k++) {
                double u = (k + 0.5) / 100_000;
                if ((Carers.transition(true, false, u, p, exit, 1, 1, false) & Carers.EMPLOYED) == 0) leave++;
                if ((Carers.transition(false, false, u, p, exit, 1, 1, false) & Carers.EMPLOYED) != 0) enter++;
            }
            employed = employed * (1 - leave / 1e5) + (1 - employed) * enter / 1e5;
        }
        assertEquals(p, employed, 1e-4);
    }

    /** Carer's Allowance: 16 to below 66, 35+ real hours (model hours 3.0 here), out of work or under the earnings limit, and claimed. */
    @ParameterizedTest(name = "age={0} hours={1} employed={2} underLimit={3} claims={4} -> {5}")
    @CsvSource({
            "40, 3.5, false, false, true,  true",
            "40, 2.9, false, false, true,  false",   // under 35 real hours
            "15, 3.5, false, false, true,  false",   // under 16
            "66, 3.5, false, false, true,  false",   // State Pension age: overlapping benefits
            "65, 3.5, false, false, true,  true",
            "40, 3.5, true,  false, true,  false",   // in work above the earnings limit
            "40, 3.5, true,  true,  true,  true",    // in work under it
            "40, 3.5, false, false, false, false",   // does not claim
            "16, 3.0, false, false, true,  true",    // exactly at the hours
    })
    void carersAllowanceEligibility(int age, float hours, boolean employed, boolean underLimit, boolean claims, boolean paid) {
        assertEquals(paid, Carers.allowancePaid(age, 66, hours, 3.0f, employed, underLimit, claims));
    }

    @Test
    void realHoursAreLinearThroughTheTwoPoints() {
        assertEquals(2.4, Carers.modelHours(20, 2.4, 2.95), 1e-12);
        assertEquals(2.95, Carers.modelHours(50, 2.4, 2.95), 1e-12);
        assertEquals(2.4 + 0.5 * 0.55, Carers.modelHours(35, 2.4, 2.95), 1e-12);
        assertEquals(-1, Carers.band(15));
        assertEquals(0, Carers.band(16));
        assertEquals(1, Carers.band(25));
        assertEquals(2, Carers.band(49));
        assertEquals(3, Carers.band(64));
        assertEquals(-1, Carers.band(65));
    }

    /** A small run: the allowance is the whole of benefits' cost, carers' counts fit inside the carers, and work stays 16-64. */
    @Test
    void aRunReportsCarersAllowanceLostEarningsAndCarersByHours() {
        Scenario s = ScenarioLoader.load("baseline-deficit").withPopulation(4000).withYears(2).withBurnInYears(1);
        CommunityModel m = new CommunityModel(s, Seeds.replicationSeed(s.seed(), 0));
        double[] allowance = {0}, lost = {0};
        m.addWeekListener((week, row) -> {
            double ca = row[Measures.index("carers_allowance_cost")];
            assertEquals(row[Measures.agency(Agency.BENEFITS, "cost")], ca, 1e-9, "benefits pay Carer's Allowance and nothing else");
            allowance[0] += ca;
            lost[0] += row[Measures.index("carers_lost_earnings")];
            double carers = row[Measures.index("carers")];
            assertTrue(row[Measures.index("carers_20_49_hours")] + row[Measures.index("carers_50_plus_hours")] <= carers);
            assertTrue(row[Measures.index("carers_female")] <= carers);
            assertTrue(row[Measures.index("carers_18_64")] + row[Measures.index("carers_65_plus")] <= carers);
            assertTrue(row[Measures.index("carers_in_work")] <= row[Measures.index("carers_18_64")] + row[Measures.index("carers_65_plus")]);
            double rate = row[Measures.index("employed_16_64")] / row[Measures.index("population_16_64")];
            assertTrue(rate > 0.6 && rate < 0.9, "employment 16-64 near England's: " + rate);
        });
        m.start();
        for (int w = 0; w < s.burnInWeeks() + s.reportedWeeks(); w++) m.schedule.step(m);
        assertTrue(allowance[0] > 0, "some carers are paid Carer's Allowance");
        assertTrue(lost[0] > 0, "some carers lose earnings");
        assertEquals(m.ledger().runAgency(Agency.BENEFITS) > 0, true);
        Population p = m.population();
        for (int i = 0; i < p.slots(); i++) {
            if (!p.alive(i)) continue;
            if (p.employed(i)) assertTrue(p.age(i) >= 16 && p.age(i) <= 64, "in work only at 16-64");
            if (p.outForCare[i]) assertTrue(!p.employed(i), "out of work because of caring is out of work");
        }
    }
}
