package capsim.model;

import capsim.scenario.ParamSet;

/**
 * Adult social care, mental health and housing cases: the adult social care decision after an
 * assessment (a care home, home care, reablement, short-term support while places last, or
 * nothing), and each open case's week: its cost, its effect on need, stepping up, ending. A
 * package builds reliance and erodes strengths; a co-produced one (strengths-based practice)
 * builds less.
 */
final class AdultCases {
    private final Services s;
    private final CommunityModel m;
    private final Population pop;
    private final CaseAgency asc, mh, housing;
    private final double lts, careHome, reablementEffect, hcBase, hcPerNeed, shortTermLevel, shortTermHours, shortTermEffect,
            careHomeEffect, mhContactsWeek, depGain, strLoss, coproduced;
    private final int reablementWeeks, shortTermWeeks, reablementRepeat;
    /** This week's thresholds in force. */
    private double scale, ascClose, mhClose;

    AdultCases(Services s, ParamSet p) {
        this.s = s;
        this.m = s.m;
        this.pop = s.pop;
        this.asc = s.asc;
        this.mh = s.mh;
        this.housing = s.housing;
        lts = p.num("agencies.asc.lts_threshold");
        careHome = p.num("agencies.asc.care_home_threshold");
        careHomeEffect = p.num("agencies.asc.care_home_effect");
        reablementWeeks = p.integer("agencies.asc.reablement_weeks");
        reablementEffect = p.num("agencies.asc.reablement_effect");
        reablementRepeat = p.integer("agencies.asc.reablement_repeat_weeks");
        hcBase = p.num("agencies.asc.home_care_hours_base");
        hcPerNeed = p.num("agencies.asc.home_care_hours_per_need");
        shortTermLevel = p.num("agencies.asc.short_term_threshold");
        shortTermWeeks = p.integer("agencies.asc.short_term_weeks");
        shortTermHours = p.num("agencies.asc.short_term_hours_week");
        shortTermEffect = p.num("agencies.asc.short_term_effect");
        mhContactsWeek = p.num("agencies.mh.contacts_per_week");
        depGain = p.num("services.dependency_gain");
        strLoss = p.num("services.strengths_loss");
        coproduced = p.num("sba.package_dependency_factor");
    }

    /**
     * The decision on an adult's health need. Eligible: a care home (65+, at its threshold), home
     * care (at the long-term threshold, or reablement tried within the window), else reablement.
     * Not eligible: short-term support while places last. With {@code defer}, someone who would
     * need long-term care has short-term support (if a place is free) until the review: returns
     * true when deferred.
     */
    boolean decide(int i, double need, double factor, boolean defer) {
        int q = m.quintileOf(i);
        if (need >= Services.threshold(asc.threshold, factor)) {
            boolean home = pop.age[i] >= 65 && need >= Services.threshold(careHome, factor);
            boolean longTerm = home || need >= Services.threshold(lts, factor) || m.week - pop.lastReablement[i] < reablementRepeat;
            if (longTerm && defer) {
                if (asc.lowerTierPlace()) s.open(asc, i, Services.SHORT_TERM);
                return true;
            }
            if (longTerm) longTerm(i, home ? Services.CARE_HOME : Services.HOME_CARE);
            else {
                s.open(asc, i, Services.REABLEMENT);
                pop.lastReablement[i] = m.week;
                s.reablementStarts++;
                m.ledger.charge(Agency.ASC, Ledger.Category.PACKAGE, s.cost.reablement, q);
            }
        } else if (need >= Services.threshold(shortTermLevel, factor) && asc.lowerTierPlace()) s.open(asc, i, Services.SHORT_TERM);
        else if (pop.caseState[Agency.ASC.ordinal()][i] != 0) s.close(asc, i);  // reviewed short-term help no longer needed
        return false;
    }

    void longTerm(int i, byte state) {
        m.trials.longTermStart(i);
        s.open(asc, i, state);
        s.longTermStarts++;
    }

    /** Once a week before the cases: the thresholds in force. */
    void beginWeek() {
        scale = s.policyFactor(asc, false);
        ascClose = cutsReview(asc);
        mhClose = cutsReview(mh);
    }

    /**
     * Under "SBA as cuts", reviews under the strengths label close packages (home care, mental
     * health cases) once need is below the raised threshold, not the discharge level.
     */
    private double cutsReview(CaseAgency ca) {
        if (!m.policy.asCuts || !m.policy.strengths[ca.agency.ordinal()]) return ca.discharge;
        return Math.max(ca.discharge, Services.threshold(ca.threshold, s.policyFactor(ca, true)));
    }

    void week(int i, byte state) {
        int q = m.quintileOf(i);
        double k = s.intensity(i);
        float[] health = pop.need[Population.HEALTH];
        double need = health[i];
        int since = m.week - pop.caseSince[1][i];
        switch (state) {
            case Services.REABLEMENT -> {
                s.reduce(Population.HEALTH, i, reablementEffect);
                if (since >= reablementWeeks) {
                    if (health[i] >= Services.threshold(lts, scale)) {
                        s.change(asc, i, Services.HOME_CARE);
                        pop.caseSince[1][i] = m.week;
                        s.newPackages[1]++;
                        s.longTermStarts++;
                        m.trials.longTermStart(i);
                    } else s.close(asc, i);
                }
            }
            case Services.SHORT_TERM -> {
                m.ledger.charge(Agency.ASC, Ledger.Category.PACKAGE, shortTermHours * s.cost.homeCareHour, q);
                s.reduce(Population.HEALTH, i, shortTermEffect);
                if (since >= shortTermWeeks) s.close(asc, i);
            }
            case Services.HOME_CARE -> {
                double hours = hcBase + hcPerNeed * Math.max(0, need - asc.threshold * scale);
                m.ledger.charge(Agency.ASC, Ledger.Category.PACKAGE, hours * s.cost.homeCareHour * k, q);
                s.reduce(Population.HEALTH, i, asc.effect * k);
                if (pop.age[i] >= 65 && need >= Services.threshold(careHome, scale)) s.change(asc, i, Services.CARE_HOME);
                else if (health[i] < ascClose) s.close(asc, i);
            }
            default -> { // care home
                m.ledger.charge(Agency.ASC, Ledger.Category.PLACEMENT, s.cost.careHome, q);
                s.reduce(Population.HEALTH, i, careHomeEffect);
                if (health[i] < asc.discharge) s.close(asc, i);
            }
        }
        if (state != Services.SHORT_TERM && state != Services.REABLEMENT) onPackage(i);
    }

    void mentalHealthWeek(int i) {
        double k = s.intensity(i);
        m.ledger.charge(Agency.MH, Ledger.Category.PACKAGE, mhContactsWeek * s.cost.mhContact * k, m.quintileOf(i));
        s.reduce(Population.MENTAL, i, mh.effect * k);
        onPackage(i);
        if (pop.need[Population.MENTAL][i] < mhClose) s.close(mh, i);
    }

    void housingWeek(int i, byte state) {
        if (state == Services.TEMPORARY_ACCOMMODATION)
            m.ledger.charge(Agency.HOUSING, Ledger.Category.PLACEMENT, s.cost.tempAccommodation, m.quintileOf(i));
        s.reduce(Population.LIVING, i, housing.effect);
        if (pop.need[Population.LIVING][i] < housing.discharge) s.close(housing, i);
    }

    /** A deficit package builds reliance and erodes strengths; a co-produced one much less. */
    void onPackage(int i) {
        boolean coproducedPackage = pop.lastPathway[i] == Services.STRENGTHS;
        double g = coproducedPackage ? depGain * coproduced : depGain;
        pop.dependency[i] += g * (1 - pop.dependency[i]);
        if (!coproducedPackage) pop.strengths[i] -= strLoss * pop.strengths[i];
    }

    /** The long-term support an adult already above the threshold holds when the run starts. */
    void seed(int i) {
        double h = pop.need[Population.HEALTH][i];
        if (h >= lts) s.open(asc, i, pop.age[i] >= 65 && h >= careHome ? Services.CARE_HOME : Services.HOME_CARE);
    }
}
