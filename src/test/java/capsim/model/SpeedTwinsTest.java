package capsim.model;

import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Speed tricks of the demography and informal support beside their plain twins: the table
 * lookup, the count made once and the factor worked in the loop over everyone each give what
 * the plain expression gives (the golden outputs check the whole run, byte for byte).
 */
class SpeedTwinsTest {
    static CommunityModel started(List<String> overrides) {
        Scenario s = ScenarioLoader.load("baseline-deficit", overrides).withPopulation(2000).withBurnInYears(0);
        CommunityModel m = new CommunityModel(s, Seeds.replicationSeed(s.seed(), 0));
        m.start();
        return m;
    }

    @Test
    void theGompertzTableIsTheExpressionAtEveryAge() {
        CommunityModel m = started(List.of());
        double a = m.p.num("demography.mortality_a"), b = m.p.num("demography.mortality_b");
        for (int age = 0; age <= 160; age++)  // past the table's end too
            assertEquals(a * Math.exp(b * age), m.demography.gompertz(age), 0, "age " + age);
    }

    @Test
    void theHouseholdMeasuresCountedOnceAtTheSpinUpsEndAreThoseOfTheStateItLeaves() {
        CommunityModel m = started(List.of());
        double[] kept = m.familyStats.clone();
        m.family.count();  // the plain twin: count the state as it is
        assertArrayEquals(m.familyStats, kept);
        assertEquals(2000, kept[1], 150, "people in households");
        // no spin-up, no count: as before, the measures wait for the first year
        CommunityModel none = started(List.of("demography.spin_up_years=0"));
        assertArrayEquals(new double[none.familyStats.length], none.familyStats);
    }

    @Test
    void theFactorOnAGiversShareIsTheirSexesFactorForEveryoneAlive() {
        CommunityModel m = started(List.of("informal.women_asked_factor=1.7"));
        for (int w = 0; w < 60; w++) m.schedule.step(m);  // past a year's births and newcomers, who have asked since
        float women = (float) m.p.num("informal.women_asked_factor");
        Population pop = m.pop;
        int checked = 0;
        for (int i = 0; i < pop.size; i++) {
            if (!pop.live[i]) continue;
            assertEquals(pop.female[i] ? women : 1f, m.informal.askedFactor[i], 0, "person " + i);
            checked++;
        }
        assertEquals(pop.alive, checked);
    }
}
