package capsim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 8: escalation. Need at or above the crisis level may become a crisis at a costly agency,
 * by the domain in which need is highest: health (A&E and admission; a care home for the
 * frailest older people), mental health (crisis team and A&E, sometimes the police), safety
 * (an emergency placement for a child; a police incident for an adult), living (temporary
 * accommodation, sometimes the police). The response relieves some need; a person has at most
 * one crisis in four weeks.
 */
final class Escalation implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final int COOLDOWN = 4;
    private final CommunityModel m;
    private final double level, rate, relief, careHome, policeMental, policeLiving;

    Escalation(CommunityModel m) {
        this.m = m;
        var p = m.p;
        level = p.num("crisis.level");
        rate = p.num("crisis.rate");
        relief = p.num("crisis.relief");
        careHome = p.num("agencies.asc.care_home_threshold");
        policeMental = p.num("agencies.police.mental_crisis_share");
        policeLiving = p.num("agencies.police.living_crisis_share");
    }

    @Override
    public void step(SimState state) {
        Population pop = m.pop;
        Services s = m.services;
        Rng rng = m.rng;
        int week = m.week;
        for (int i = 0; i < pop.size; i++) {
            if (!pop.live[i]) continue;
            int d = 0;
            double top = pop.need[0][i];
            for (int k = 1; k < 4; k++) if (pop.need[k][i] > top) { top = pop.need[k][i]; d = k; }
            if (top < level || week - pop.lastCrisis[i] < COOLDOWN) continue;
            long id = pop.id[i];
            if (rng.u(Rng.CRISIS, week, id) >= rate) continue;
            pop.lastCrisis[i] = week;
            m.counters.crisesByQuintile[m.quintileOf(i)]++;
            double u = rng.u(Rng.CRISIS_KIND, week, id);
            boolean child = pop.age[i] < 18;
            switch (d) {
                case Population.HEALTH -> {
                    s.acuteCrisis(i);
                    if (pop.age[i] >= 65 && top >= careHome) s.careHomeAdmission(i);
                }
                case Population.MENTAL -> {
                    s.mentalHealthCrisis(i);
                    if (u < 0.6) s.acuteCrisis(i);
                    if (u < policeMental) s.policeIncident(i, false);
                }
                case Population.SAFETY -> {
                    if (child) s.emergencyPlacement(i);
                    s.policeIncident(i, true);
                }
                default -> {
                    s.temporaryAccommodation(i);
                    if (u < policeLiving) s.policeIncident(i, false);
                }
            }
            pop.need[d][i] = Math.max(0, pop.need[d][i] - relief);
        }
    }
}
