package capsim.model;

import capsim.scenario.ParamSet;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 8: escalation. Need above the onset may become a crisis at a costly agency, with a
 * weekly chance {@code rate x ((u - onset) / (1 - onset))^2}, where u is the need in the highest
 * domain that no package, placement or informal help covers (Services.coverage),
 * by the domain in which need is highest: health (A&E and admission; a care home for the
 * frailest older people), mental health (crisis team and A&E, sometimes the police), safety
 * (a police incident; for a child, an emergency placement if need is at the looked-after
 * threshold, else an urgent referral), living (temporary accommodation at the housing
 * threshold, else a presentation; sometimes the police). The response relieves some need; a person has at most
 * one crisis in {@code crisis.cooldown_weeks} (4).
 */
final class Escalation implements Steppable {
    private static final long serialVersionUID = 1L;
    private final CommunityModel m;
    private final double onset, rate, relief, careHome, policeMental, policeLiving, claLevel, housingLevel, mentalAe;
    private final int cooldown;

    /** The parameters, named only here (SettingsTest checks no other read). */
    record Settings(double onset, double rate, double relief, double careHome, double claLevel, double housingLevel,
            double policeMental, double policeLiving, double mentalAe, int cooldown) {
        static Settings read(ParamSet p) {
            return new Settings(
                    p.num("crisis.onset"),
                    p.num("crisis.rate"),
                    p.num("crisis.relief"),
                    p.num("agencies.asc.care_home_threshold"),
                    p.num("agencies.csc.cla_threshold"),
                    p.num("agencies.housing.threshold"),
                    p.num("agencies.police.mental_crisis_share"),
                    p.num("agencies.police.living_crisis_share"),
                    p.num("crisis.mental_ae_share"),
                    p.integer("crisis.cooldown_weeks"));
        }
    }

    Escalation(CommunityModel m) {
        this.m = m;
        Settings c = Settings.read(m.p);
        onset = c.onset();
        rate = c.rate();
        relief = c.relief();
        careHome = c.careHome();
        claLevel = c.claLevel();
        housingLevel = c.housingLevel();
        policeMental = c.policeMental();
        policeLiving = c.policeLiving();
        mentalAe = c.mentalAe();
        cooldown = c.cooldown();
    }

    private int[] above = new int[0];

    @Override
    public void step(SimState state) {
        Population pop = m.pop;
        int week = m.week;
        boolean[] live = pop.live;
        int[] lastCrisis = pop.lastCrisis;
        float[] n0 = pop.need[0], n1 = pop.need[1], n2 = pop.need[2], n3 = pop.need[3];
        double level = onset;
        // the hot loop only lists people above the onset, appended by a sign bit rather than a branch
        // (one in ten: a branch would mispredict); a crisis changes only that person, so the list is the same
        if (above.length < pop.size + 1) above = new int[pop.size + pop.size / 8 + 1];
        int[] list = above;
        int count = 0;
        for (int i = 0, size = pop.size; i < size; i++) {
            if (!live[i]) continue;
            double max = Population.max(n0[i], n1[i], n2[i], n3[i]);
            list[count] = i;
            count += Population.above(level, max);
        }
        for (int k = 0; k < count; k++) {
            int i = list[k];
            if (week - lastCrisis[i] < cooldown) continue;
            consider(pop, i, week);
        }
    }

    /** Person i has need above the onset: a crisis, with a chance set by the need no support covers? */
    private void consider(Population pop, int i, int week) {
        Services s = m.services;
        Rng rng = m.rng;
        double top = pop.need[0][i];
        int d = 0;
        for (int k = 1; k < 4; k++) if (pop.need[k][i] > top) { top = pop.need[k][i]; d = k; }
        if (top <= onset) return;
        double uncovered = top * (1 - s.coverage(i, d));
        if (uncovered <= onset) return;
        long id = pop.id[i];
        double x = (uncovered - onset) / (1 - onset);
        if (rng.u(Rng.CRISIS, week, id) >= rate * x * x) return;
        pop.lastCrisis[i] = week;
        m.events.raise(CareEvent.CRISIS, i);
        double ae = rng.u(Rng.CRISIS_KIND, week, id);
        // the police decision has a draw of its own: sharing A&E's made every police-attended
        // mental health crisis an A&E attendance too
        double police = rng.u(Rng.CRISIS_POLICE, week, id);
        boolean child = pop.age[i] < 18;
        switch (d) {
            case Population.HEALTH -> {
                s.acuteCrisis(i);
                if (pop.age[i] >= 65 && top >= careHome) s.careHomeAdmission(i);
            }
            case Population.MENTAL -> {
                s.mentalHealthCrisis(i);
                if (ae < mentalAe) s.acuteCrisis(i);
                if (police < policeMental) s.policeIncident(i, false);
            }
            case Population.SAFETY -> {
                s.policeIncident(i, true);
                if (child) {
                    if (pop.need[d][i] >= claLevel) s.emergencyPlacement(i);
                    else s.childReferral(i);
                }
            }
            default -> {
                if (pop.need[d][i] >= housingLevel) s.temporaryAccommodation(i);
                else s.housingPresentation(i);
                if (police < policeLiving) s.policeIncident(i, false);
            }
        }
        pop.need[d][i] = (float) (Math.max(0, pop.need[d][i] - relief));
    }
}
