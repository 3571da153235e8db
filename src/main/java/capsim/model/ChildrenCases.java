package capsim.model;

import capsim.scenario.ParamSet;

/**
 * Children's social care: the decision after an assessment (child in need plan, protection plan,
 * care, early help, or no further action) and each open case's week: its cost, its effect on the
 * child's safety need, stepping up and down, and leaving care (back home when need has fallen,
 * or to permanence with kin or adopters; at 18 every case ends).
 */
final class ChildrenCases implements java.io.Serializable {
    private final Services s;
    private final CommunityModel m;
    private final Population pop;
    private final CaseAgency csc;
    private final double cpp, cla, claDischarge, claEffect, cinHours, cppHours, earlyHelpHours, earlyHelpLevel, earlyHelpEffect,
            residentialShare, permanence, proceedingsLevel, preProceedingsIssue;
    private final int cinReview, earlyHelpWeeks, claMinWeeks, proceedingsWeeks;
    /** This week's thresholds in force (they move with load under resource-led eligibility). */
    private double scale, cinClose;

    /** The parameters, named only here (SettingsTest checks no other read). */
    record Settings(double cpp, double cla, double claDischarge, double claEffect, int claMinWeeks, double cinHours,
            double cppHours, int cinReview, double earlyHelpLevel, double earlyHelpHours, double earlyHelpEffect,
            int earlyHelpWeeks, double residentialShare, double permanence, double proceedingsLevel, int proceedingsWeeks,
            double preProceedingsIssue) {
        static Settings read(ParamSet p) {
            return new Settings(
                    p.num("agencies.csc.cpp_threshold"),
                    p.num("agencies.csc.cla_threshold"),
                    p.num("agencies.csc.cla_discharge"),
                    p.num("agencies.csc.cla_effect"),
                    p.integer("agencies.csc.cla_min_weeks"),
                    p.num("agencies.csc.cin_hours_week"),
                    p.num("agencies.csc.cpp_hours_week"),
                    p.integer("agencies.csc.review_weeks"),
                    p.num("agencies.csc.early_help_threshold"),
                    p.num("agencies.csc.early_help_hours_week"),
                    p.num("agencies.csc.early_help_effect"),
                    p.integer("agencies.csc.early_help_weeks"),
                    p.num("agencies.csc.residential_share"),
                    p.num("agencies.csc.permanence_rate"),
                    p.num("agencies.csc.proceedings_level"),
                    p.integer("agencies.csc.proceedings_weeks"),
                    p.num("agencies.csc.pre_proceedings_issue"));
        }
    }

    ChildrenCases(Services s, Settings c) {
        this.s = s;
        this.m = s.m;
        this.pop = s.pop;
        this.csc = s.csc;
        cpp = c.cpp();
        cla = c.cla();
        claDischarge = c.claDischarge();
        claEffect = c.claEffect();
        claMinWeeks = c.claMinWeeks();
        cinHours = c.cinHours();
        cppHours = c.cppHours();
        cinReview = c.cinReview();
        earlyHelpLevel = c.earlyHelpLevel();
        earlyHelpHours = c.earlyHelpHours();
        earlyHelpEffect = c.earlyHelpEffect();
        earlyHelpWeeks = c.earlyHelpWeeks();
        residentialShare = c.residentialShare();
        permanence = c.permanence();
        proceedingsLevel = c.proceedingsLevel();
        proceedingsWeeks = c.proceedingsWeeks();
        preProceedingsIssue = c.preProceedingsIssue();
    }

    /**
     * The decision on a child's safety need, the same on either pathway: care, a protection plan,
     * a child in need plan, early help while places last, else no further action (early help
     * counts as "not in need" too, as in the DfE census).
     */
    void decide(int i, double need, double factor) {
        if (need >= Services.threshold(cla, factor)) openCla(i);
        else if (need >= Services.threshold(cpp, factor)) s.open(csc, i, Services.CPP);
        else if (need >= Services.threshold(csc.threshold, factor)) s.open(csc, i, Services.CIN);
        else {
            m.events.raise(CareEvent.NO_FURTHER_ACTION, Agency.CSC, i);
            if (need >= Services.threshold(earlyHelpLevel, factor) && csc.lowerTierPlace()) s.open(csc, i, Services.EARLY_HELP);
            else if (pop.caseState[Agency.CSC.ordinal()][i] != 0) s.close(csc, i);  // a reviewed plan that is no longer needed
        }
    }

    /**
     * The pre-proceedings stage of the Public Law Outline for a child on a protection plan (used
     * by the family group conference trial, in both arms): for {@code weeks} the local authority
     * works with the family before deciding whether to issue proceedings; the decision is then
     * made on need as it is, at {@code agencies.csc.pre_proceedings_issue} of the care threshold
     * (the court, not the issue, decides whether the child comes into care).
     */
    void preProceedings(int i, int weeks) {
        if (weeks > 0) proceedingsFrom.put(pop.id[i], m.week + weeks);
    }

    /** Children at the pre-proceedings stage: the week the decision on proceedings is due, by id. */
    private final java.util.Map<Long, Integer> proceedingsFrom = new java.util.HashMap<>();

    private static final int NOT_AT_PRE_PROCEEDINGS = 0, AT_PRE_PROCEEDINGS = 1, DECISION_DUE = 2;

    /** Where a child on a plan stands in the pre-proceedings stage this week. */
    private int preProceedingsStage(int i) {
        if (proceedingsFrom.isEmpty()) return NOT_AT_PRE_PROCEEDINGS;
        Integer due = proceedingsFrom.get(pop.id[i]);
        if (due == null) return NOT_AT_PRE_PROCEEDINGS;
        if (due > m.week) return AT_PRE_PROCEEDINGS;
        proceedingsFrom.remove(pop.id[i]);
        return DECISION_DUE;
    }

    void openCla(int i) {
        // whether a child would go to a children's home is the child's, not the week's: both arms agree even if care starts in different weeks
        byte placement = m.rng.u(Rng.DECISION + Services.RESIDENTIAL, 0, pop.id[i]) < residentialShare ? Services.CLA_RESIDENTIAL : Services.CLA;
        s.open(csc, i, placement);
        if (placement == Services.CLA) m.kinship.fosterPlacement(i);
        m.events.raise(CareEvent.CARE_ENTERED, Agency.CSC, i);
    }

    /** Children in care proceedings: the week the proceedings end (agencies.csc.proceedings_weeks), by id. */
    private final java.util.Map<Long, Integer> proceedingsEnd = new java.util.HashMap<>();

    /**
     * The local authority issues care proceedings for a child on a plan whose safety need is at
     * agencies.csc.proceedings_level of the care threshold or above (once while proceedings run):
     * the court then decides; the child comes into care only if need reaches the care threshold.
     */
    private void proceedings(int i) {
        Integer end = proceedingsEnd.get(pop.id[i]);
        if (end != null && end > m.week) return;
        proceedingsEnd.put(pop.id[i], m.week + proceedingsWeeks);
        m.events.raise(CareEvent.CARE_PROCEEDINGS, Agency.CSC, i);
    }

    /** The protection plan's threshold, before the policy's factor. */
    double cppThreshold() { return cpp; }

    /** Once a week before the cases: the thresholds in force. */
    void beginWeek() {
        m.kinship.week();
        scale = s.policyFactor(csc, false);
        cinClose = csc.discharge;
        if (m.policy.asCuts && m.policy.strengths[Agency.CSC.ordinal()])  // SBA as cuts: reviews close plans below the raised threshold
            cinClose = Math.max(cinClose, Services.threshold(csc.threshold, s.policyFactor(csc, true)));
    }

    void week(int i, byte state) {
        double k = s.intensity(i);
        float[] safety = pop.need[Population.SAFETY];
        double need = safety[i];
        int since = m.week - pop.caseSince[0][i];
        switch (state) {
            case Services.EARLY_HELP -> {
                m.ledger.charge(Agency.CSC, Ledger.Category.PACKAGE, earlyHelpHours * s.cost.cscHour, i);
                s.reduce(Population.SAFETY, i, earlyHelpEffect);
                if (need >= Services.threshold(cpp, scale)) { s.change(csc, i, Services.CPP); m.events.raise(CareEvent.PACKAGE, Agency.CSC, i); }
                else if (safety[i] < csc.discharge || since >= earlyHelpWeeks) s.close(csc, i);
            }
            case Services.CIN -> {
                m.ledger.charge(Agency.CSC, Ledger.Category.PACKAGE, cinHours * s.cost.cscHour * k, i);
                s.reduce(Population.SAFETY, i, csc.effect * k);
                if (need >= Services.threshold(cpp, scale)) { s.change(csc, i, Services.CPP); m.events.raise(CareEvent.PACKAGE, Agency.CSC, i); }
                else if (safety[i] < cinClose || (cinReview > 0 && since % cinReview == 0
                        && safety[i] < Services.threshold(csc.threshold, scale)))
                    s.close(csc, i);  // at a review, a plan whose child is below the threshold steps down
            }
            case Services.CPP -> {
                m.ledger.charge(Agency.CSC, Ledger.Category.PACKAGE, cppHours * s.cost.cscHour * k, i);
                s.reduce(Population.SAFETY, i, csc.effect * k);
                m.events.childOnPlan(i, need, Services.threshold(cla, scale));  // a study may act here (pre-proceedings)
                double care = Services.threshold(cla, scale);
                int stage = preProceedingsStage(i);
                boolean pre = stage == AT_PRE_PROCEEDINGS;
                double issue = stage == DECISION_DUE ? Math.min(proceedingsLevel, preProceedingsIssue) : proceedingsLevel;
                if (need >= issue * care && !pre) proceedings(i);
                if (need >= care && !pre) openCla(i);
                else if (safety[i] < Services.threshold(csc.threshold, scale)) s.change(csc, i, Services.CIN);
            }
            default -> { // looked after
                double weekly = state == Services.CLA_RESIDENTIAL ? s.cost.residentialWeek : s.cost.fosterWeek;
                m.ledger.charge(Agency.CSC, Ledger.Category.PLACEMENT, weekly, i);
                s.reduce(Population.SAFETY, i, claEffect);
                if (since >= claMinWeeks) {
                    if (safety[i] < claDischarge) { pop.kinship[i] = 0; s.close(csc, i); }  // home again
                    else if (s.draw(Services.PERMANENCE, i) < permanence) { m.kinship.permanence(i); s.close(csc, i); }
                }
            }
        }
        s.adults.onPackage(i);
    }

    /** The case a child already above a threshold holds when the run starts. */
    void seed(int i) {
        double need = pop.need[Population.SAFETY][i];
        if (need >= cla) openCla(i);
        else if (need >= cpp) s.open(csc, i, Services.CPP);
        else if (need >= csc.threshold) s.open(csc, i, Services.CIN);
    }
}
