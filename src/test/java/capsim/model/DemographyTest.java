package capsim.model;

import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The population a run starts with is the one its own demography keeps: ages within each life
 * stage and kin ties hold over decades after the spin-up, and drift without it. The slow states
 * people carry (dependency on services, the weight of their ties) hold too: built where the
 * model's own fades keep them, not above.
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
            for (int k = 0; k < net.degree(i); k++) if (SocialNetwork.kin(net.kind(i, k))) kin++;
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

    private static double meanDependency(Population p) {
        double s = 0;
        for (int i = 0; i < p.slots(); i++) if (p.alive(i)) s += p.dependency[i];
        return s / p.count();
    }

    /** Of people 65+, whose networks practitioners activate most. */
    private static double meanTieWeight(CommunityModel m) {
        Population p = m.population();
        SocialNetwork net = m.network();
        double w = 0;
        long n = 0;
        for (int i = 0; i < p.slots(); i++) {
            if (!p.alive(i) || p.age(i) < 65) continue;
            for (int k = 0; k < net.degree(i); k++) { w += net.weight(i, k); n++; }
        }
        return w / n;
    }

    /** Mean dependency and mean tie weight in reported year 1 and year {@code years}, after a burn-in. */
    private static double[] slowStates(String... sets) {
        Scenario s = ScenarioLoader.load("baseline-deficit", List.of(sets)).withPopulation(8000).withYears(12).withBurnInYears(0);
        CommunityModel m = new CommunityModel(s, Seeds.replicationSeed(s.seed(), 0));
        m.start();
        for (int w = 0; w < 2 * 52; w++) m.schedule.step(m);
        double dep = meanDependency(m.population()), tie = meanTieWeight(m);
        for (int w = 0; w < 10 * 52; w++) m.schedule.step(m);
        return new double[] {meanDependency(m.population()) / dep - 1, meanTieWeight(m) / tie - 1};
    }

    @Test
    void dependencyAndTieWeightsHold() {
        double[] held = slowStates();
        assertTrue(Math.abs(held[0]) < 0.1, "mean dependency holds within 10% over ten years: " + held[0]);
        assertTrue(Math.abs(held[1]) < 0.02, "older people's mean tie weight holds within 2% over ten years: " + held[1]);
    }

    @Test
    void withoutTheFadesTheyDrift() {
        // the check above can fail: no spin-up leaves dependency as drawn on arrival, to decay for
        // decades, and without the fade every activation strengthens ties for good
        double[] drifting = slowStates("demography.spin_up_years=0", "network.tie_fade=0");
        assertTrue(drifting[0] < -0.3, "dependency built as drawn falls by over 30% in ten years: " + drifting[0]);
        assertTrue(drifting[1] > 0.02, "without the fade older people's tie weights rise by over 2% in ten years: " + drifting[1]);
    }

    @Test
    void aStrengthenedTieRelaxesToItsKindsWeightAtBothEnds() {
        SocialNetwork net = new SocialNetwork(3);
        net.tie(0, 1, SocialNetwork.KIN, 0.6f);
        net.tie(0, 2, SocialNetwork.FRIEND, 0.5f);
        net.setWeight(0, 0, 0.9f);
        boolean[] live = {true, true, true};
        float[] usual = {1f, 0.6f, 0.5f, 0.3f, 0.3f};
        net.fade(usual, 0f, live, 3);
        assertEquals(0.9f, net.weight(0, 0), 0, "rate 0: no fade");
        for (int w = 0; w < 100; w++) net.fade(usual, 0.05f, live, 3);
        double expected = 0.6 + 0.3 * Math.pow(0.95, 100);
        assertEquals(expected, net.weight(0, 0), 1e-4, "geometric return to the kin weight");
        assertEquals(net.weight(0, 0), net.weight(1, 0), 0, "both ends of the tie agree");
        assertEquals(0.5, net.weight(0, 1), 1e-6, "an unboosted tie stays at its kind's weight");
    }

    /** Share of women among people 85+ after the spin-up, at a given ratio of men's death rate to women's. */
    private static double womenAmongOldest(double maleRatio) {
        Scenario s = ScenarioLoader.load("baseline-deficit", List.of("demography.mortality_male_ratio=" + maleRatio))
                .withPopulation(8000).withYears(1).withBurnInYears(0);
        CommunityModel m = new CommunityModel(s, Seeds.replicationSeed(s.seed(), 0));
        m.start();
        Population p = m.population();
        int women = 0, all = 0;
        for (int i = 0; i < p.slots(); i++)
            if (p.alive(i) && p.age(i) >= 85) { all++; if (p.female(i)) women++; }
        return (double) women / all;
    }

    @Test
    void womenOutliveMenAsMensDeathRateRises() {
        double same = womenAmongOldest(1.0), england = womenAmongOldest(1.4), twice = womenAmongOldest(2.0);
        assertTrue(Math.abs(same - 0.5) < 0.06, "the same death rates: about as many men as women at 85+: " + same);
        assertTrue(england > same + 0.05 && twice > england + 0.03, "women outlive men more as the ratio rises: " + same + ", " + england + ", " + twice);
        // England, ONS mid-2021 estimates: about 63% of people 85+ are women
        assertTrue(england > 0.55 && england < 0.70, "at the life tables' ratio, 1.4, near England's 63%: " + england);
    }
}
