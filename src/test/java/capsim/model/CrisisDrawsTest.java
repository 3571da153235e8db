package capsim.model;

import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A mental health crisis brings A&E and the police by draws of their own: over many crises the
 * share with both is the product of the two chances. With one draw for both (the old trip wire),
 * every police-attended crisis was an A&E attendance too, and the share with both was the smaller
 * chance (0.5 here, against 0.25).
 */
class CrisisDrawsTest {

    // crises made common (rate 1, onset 0.1) so that a few thousand people give hundreds
    /** Follows each crisis: its responses are raised after it, before the next crisis. */
    static final class Follow implements CareListener {
        boolean mental, ae, police;
        int crises, withAe, withPolice, withBoth;

        @Override
        public void on(CareEvent e, Agency a, int person) {
            if (e == CareEvent.CRISIS) { close(); return; }
            if (e != CareEvent.CRISIS_RESPONSE) return;
            if (a == Agency.MH) mental = true;
            else if (a == Agency.ACUTE) ae = true;
            else if (a == Agency.POLICE) police = true;
        }

        @Override
        public void weekEnded(int reportedWeek) { close(); }

        void close() {
            if (mental) {
                crises++;
                if (ae) withAe++;
                if (police) withPolice++;
                if (ae && police) withBoth++;
            }
            mental = ae = police = false;
        }
    }

    @Test
    void policeAndAeAreIndependentInAMentalHealthCrisis() {
        Scenario base = ScenarioLoader.load("baseline-deficit").withPopulation(10000).withYears(4).withBurnInYears(0);
        Scenario s = base.withParams(base.params().with("crisis.rate", 1.0).with("crisis.onset", 0.1).with("crisis.mental_ae_share", 0.5).with("agencies.police.mental_crisis_share", 0.5));
        CommunityModel m = new CommunityModel(s, Seeds.replicationSeed(s.seed(), 0));
        Follow f = new Follow();
        m.addCareListener(f);
        m.start();
        while (m.schedule.getSteps() < 52L * 4) m.schedule.step(m);
        int n = f.crises;
        assertTrue(n >= 400, "too few mental health crises to tell: " + n);
        double ae = (double) f.withAe / n, police = (double) f.withPolice / n, both = (double) f.withBoth / n;
        double se = Math.sqrt(0.25 * 0.75 / n);
        assertEquals(0.5, ae, 4 * Math.sqrt(0.25 / n), "A&E share");
        assertEquals(0.5, police, 4 * Math.sqrt(0.25 / n), "police share");
        assertEquals(ae * police, both, 4 * se, "share with both A&E and the police, of " + n + " crises");
    }
}
