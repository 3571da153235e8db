package capsim.model;

import capsim.scenario.ParamSet;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 5: help seeking. A person's weekly chance of contacting each front door rises with need
 * in its domain and with dependency on services, and falls with network support: a GP
 * consultation; a referral of a child by a school, health visitor or other professional to
 * children's social care; an adult's request to adult social care; a housing presentation.
 * One counter-based draw per person per week picks at most one contact.
 * <p>
 * Several agencies see the same child (police, school, health), so one continuing concern is
 * often referred more than once: for {@code agencies.csc.repeat_referral_weeks} after a
 * referral, while the child's safety need stays at or above {@code agencies.csc.discharge} (the
 * concern is not resolved) and no case is open or waiting, another agency refers the child
 * again with weekly chance {@code agencies.csc.repeat_referral_rate} (its own counter-based
 * draw, stream {@code Rng.REPEAT_REFERRAL}). Each such referral starts the window again. The
 * pathway plays no part: it only decides what the referral leads to.
 */
final class HelpSeeking implements Steppable {
    private static final long serialVersionUID = 1L;
    private final CommunityModel m;
    private final double gpBase, gpNeed, cscFloor, cscRate, ascFloor, ascRate, housingFloor, housingRate, depSeek, supSeek, repeatRate, repeatLevel;
    private final int repeatWeeks;

    /** The parameters, named only here (SettingsTest checks no other read). */
    record Settings(double gpBase, double gpNeed, double cscFloor, double cscRate, double ascFloor, double ascRate,
            double housingFloor, double housingRate, double depSeek, double supSeek, double repeatRate, int repeatWeeks,
            double repeatLevel) {
        static Settings read(ParamSet p) {
            return new Settings(
                    p.num("agencies.gp.base_rate"),
                    p.num("agencies.gp.need_rate"),
                    p.num("agencies.csc.referral_floor"),
                    p.num("agencies.csc.referral_rate"),
                    p.num("agencies.asc.request_floor"),
                    p.num("agencies.asc.request_rate"),
                    p.num("agencies.housing.presentation_floor"),
                    p.num("agencies.housing.presentation_rate"),
                    p.num("services.dependency_seek"),
                    p.num("services.support_seek"),
                    p.num("agencies.csc.repeat_referral_rate"),
                    p.integer("agencies.csc.repeat_referral_weeks"),
                    p.num("agencies.csc.discharge"));
        }
    }

    HelpSeeking(CommunityModel m) {
        this.m = m;
        Settings c = Settings.read(m.p);
        gpBase = c.gpBase();
        gpNeed = c.gpNeed();
        cscFloor = c.cscFloor();
        cscRate = c.cscRate();
        ascFloor = c.ascFloor();
        ascRate = c.ascRate();
        housingFloor = c.housingFloor();
        housingRate = c.housingRate();
        depSeek = c.depSeek();
        supSeek = c.supSeek();
        cscPerNeed = cscRate / (1 - cscFloor);
        ascPerNeed = ascRate / (1 - ascFloor);
        housingPerNeed = housingRate / (1 - housingFloor);
        repeatRate = c.repeatRate();
        repeatWeeks = c.repeatWeeks();
        repeatLevel = c.repeatLevel();
    }


    /** Rate per unit of need above the floor, the floor's headroom divided out once (a division per person costs). */
    private final double cscPerNeed, ascPerNeed, housingPerNeed;

    @Override
    public void step(SimState state) {
        Population pop = m.pop;
        Services s = m.services;
        Rng rng = m.rng;
        int week = m.week;
        boolean[] live = pop.live;
        int[] ages = pop.age;
        long[] ids = pop.id;
        float[] dependency = pop.dependency, support = pop.support;
        int[] lastReferral = pop.lastCscReferral;
        int repeatFrom = repeatRate > 0 ? week - repeatWeeks : Integer.MAX_VALUE;
        float[] safety = pop.need[Population.SAFETY], healthNeed = pop.need[Population.HEALTH],
                mentalNeed = pop.need[Population.MENTAL], living = pop.need[Population.LIVING];
        for (int i = 0, size = pop.size; i < size; i++) {
            if (!live[i]) continue;
            double mult = (1 + depSeek * dependency[i]) * (1 - supSeek * support[i]);
            double health = healthNeed[i], mental = mentalNeed[i];
            double pGp = (gpBase + gpNeed * 0.5 * (health + mental)) * mult;
            // child is 1 or 0 from a table: a branch on random ages would mispredict
            double child = Population.child(ages[i]), adult = 1 - child;
            // need above each front door's floor; mostly below it, so the branches predict well and
            // cost less than Math.max on doubles
            double xs = safety[i] - cscFloor, xh = health - ascFloor, xl = living[i] - housingFloor;
            double pCsc = child * cscPerNeed * (xs > 0 ? xs : 0);
            double pAsc = adult * ascPerNeed * (xh > 0 ? xh : 0) * mult;
            double pHousing = adult * housingPerNeed * (xl > 0 ? xl : 0) * mult;
            double u = rng.u(Rng.SEEK, week, ids[i]);
            if (u < pGp + pCsc + pAsc + pHousing) contact(s, i, u, pGp, pCsc, pAsc);
            // rarely true (a child referred in the last weeks): the branch predicts well
            if (lastReferral[i] >= repeatFrom && lastReferral[i] < week) repeatReferral(s, rng, pop, i, week);
        }
    }

    /** The concern about child i, referred lately, is still live: does another agency refer again this week? */
    private void repeatReferral(Services s, Rng rng, Population pop, int i, int week) {
        if (pop.age[i] >= 18 || pop.need[Population.SAFETY][i] < repeatLevel) return;
        if (rng.u(Rng.REPEAT_REFERRAL, week, pop.id[i]) < repeatRate) s.childReferral(i);
    }

    /** The one front door this person's draw chose (kept out of the loop over everyone). */
    private static void contact(Services s, int i, double u, double pGp, double pCsc, double pAsc) {
        if (u < pGp) s.gpConsultation(i);
        else if (u < pGp + pCsc) s.childReferral(i);
        else if (u < pGp + pCsc + pAsc) s.adultRequest(i);
        else s.housingPresentation(i);
    }
}
