package capsim.model;

import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The population a run starts with is the one its own demography keeps: ages within each life
 * stage and kin ties hold over decades after the spin-up, and drift without it.
 */
class DemographyTest {

    /** Age bands: children 0-11 and 12-17, adults 18-44 and 45-64, people 65-79 and 80+. */
    private static final int[] BANDS = {0, 12, 18, 45, 65, 80, 200};

    private static double[] bandShares(Population p) {
        double[] n = new double[BANDS.length - 1];
        int alive = 0;
        for (int i = 0; i < p.slots(); i++) {
            if (!p.alive(i)) continue;
            alive++;
            for (int b = 0; b + 1 < BANDS.length; b++) if (p.age(i) >= BANDS[b] && p.age(i) < BANDS[b + 1]) n[b]++;
        }
        for (int b = 0; b < n.length; b++) n[b] /= alive;
        return n;
    }

    private static double kinPerPerson(CommunityModel m) {
        Population p = m.population();
        SocialNetwork net = m.network();
        double kin = 0;
        for (int i = 0; i < p.slots(); i++) {
            if (!p.alive(i)) continue;
            for (int k = 0; k < net.degree(i); k++) if (net.kind(i, k) == SocialNetwork.KIN) kin++;
        }
        return kin / p.count();
    }

    /** Largest change, in share points, of any age band's share between the start and {@code years} later. */
    private static double[] drift(int spinUp, int years) {
        Scenario s = ScenarioLoader.load("baseline-deficit", List.of("demography.spin_up_years=" + spinUp))
                .withPopulation(8000).withYears(years).withBurnInYears(0);
        CommunityModel m = new CommunityModel(s, Seeds.replicationSeed(s.seed(), 0));
        m.start();
        double[] before = bandShares(m.population());
        double kinBefore = kinPerPerson(m);
        for (int w = 0; w < years * 52; w++) m.schedule.step(m);
        double[] after = bandShares(m.population());
        double worst = 0;
        for (int b = 0; b < before.length; b++) worst = Math.max(worst, Math.abs(after[b] - before[b]));
        return new double[] {100 * worst, kinPerPerson(m) / kinBefore - 1};
    }

    @Test
    void afterTheSpinUpAgesAndKinHold() {
        double[] spun = drift(80, 20);
        assertTrue(spun[0] < 1.5, "after the spin-up no age band moves by 1.5 share points in 20 years: " + spun[0]);
        assertTrue(Math.abs(spun[1]) < 0.08, "kin ties per person hold within 8% over 20 years: " + spun[1]);
    }

    @Test
    void withoutTheSpinUpTheBuiltAgesDrift() {
        // the check above can fail: the drawn ages travel through the run as waves
        double[] drawn = drift(0, 12);
        assertTrue(drawn[0] > 3, "from the drawn ages some band moves by over 3 share points in 12 years: " + drawn[0]);
    }

    @Test
    void olderAgesFollowTheModelsOwnSurvival() {
        double[] none = PopulationBuilder.olderAgeTable(0, 0, 0, 0);
        assertEquals(1.0, none[none.length - 1], 1e-12);
        assertEquals(1.0 / none.length, none[0], 1e-12, "no deaths and no moves: every age from 65 equally likely");
        double[] fewer = PopulationBuilder.olderAgeTable(0.00003, 0.095, 2, 0.03);
        double[] more = PopulationBuilder.olderAgeTable(0.00006, 0.095, 2, 0.03);
        for (int k = 1; k < fewer.length; k++) assertTrue(fewer[k] >= fewer[k - 1], "cumulative");
        assertTrue(more[10] > fewer[10], "with more deaths, more of the group is under 75");
        assertTrue(fewer[0] > fewer[30] - fewer[29], "more people are 65 than 95");
    }
}
