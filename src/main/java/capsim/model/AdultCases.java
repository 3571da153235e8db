package capsim.model;

import capsim.scenario.ParamSet;

/**
 * Adult social care, mental health and housing cases: the adult social care decision after an
 * assessment (a care home, home care, reablement, short-term support while places last, or
 * nothing), the reviews of long-term support (a first review some weeks after it starts, then
 * at an interval; support ends, or steps down to short-term support, when need has fallen below
 * eligibility), and each open case's week: its cost, its effect on need, stepping up, ending.
 * Decisions and reviews are the same on both pathways. A package may build reliance and erode
 * strengths (off by default: services.dependency_gain and strengths_loss are 0).
 *
 * <p>Where long-term support is given ({@link #setting}): for people 65+, a care home at its
 * threshold, else home care. For people 18-64 it is given in the family home while someone
 * there can care; else a care home at its threshold (with a lifelong condition), else, for a
 * learning disability, autism or a serious mental illness at the supported living threshold,
 * accommodation-based support: Shared Lives (a placement with a carer's family) or supported
 * living. The choice between those two is the one step of the decision that happens inside the
 * encounter: a strengths-based conversation chooses Shared Lives with its own chance
 * ({@code sba.shared_lives_share}; the usual assessment, {@code agencies.asc.shared_lives_share}).
 * When the carer at home can no longer care, support moves out of the family home that week.
 */
final class AdultCases implements java.io.Serializable {
    private final Services s;
    private final CommunityModel m;
    private final Population pop;
    private final CaseAgency asc, mh, housing;
    private final double lts, careHome, reablementEffect, hcBase, hcPerNeed, shortTermLevel, shortTermHours, shortTermEffect,
            careHomeEffect, mhContactsWeek, depGain, strLoss, coproduced;
    private final double supportedLiving, familyCarerHours, usualSharedLives, practiceSharedLives, sharedLivesGain;
    private final int reablementWeeks, shortTermWeeks, reablementRepeat, firstReview, reviewInterval;
    /** A review's practitioner time, in assessments; the need below which a review ends home care. */
    private final double reviewShare, reviewClose;
    /** Whether first reviews of new support go before later reviews, whatever their due weeks. */
    private final boolean firstReviewsFirst;
    /** This week's thresholds in force. */
    private double scale, ascClose, mhClose;

    /** The parameters, named only here (SettingsTest checks no other read). */
    record Settings(double lts, double careHome, double careHomeEffect, int reablementWeeks, double reablementEffect,
            int reablementRepeat, double hcBase, double hcPerNeed, double shortTermLevel, int shortTermWeeks,
            double shortTermHours, double shortTermEffect, double mhContactsWeek, double depGain, double strLoss,
            double coproduced, int firstReview, int reviewInterval,
            double assessHours, double reviewHours, double reviewCloseLevel, double ascThreshold,
            double supportedLiving, double familyCarerHours, double usualSharedLives, double practiceSharedLives,
            double sharedLivesGain, boolean firstReviewsFirst) {
        static Settings read(ParamSet p) {
            return new Settings(
                    p.num("agencies.asc.lts_threshold"),
                    p.num("agencies.asc.care_home_threshold"),
                    p.num("agencies.asc.care_home_effect"),
                    p.integer("agencies.asc.reablement_weeks"),
                    p.num("agencies.asc.reablement_effect"),
                    p.integer("agencies.asc.reablement_repeat_weeks"),
                    p.num("agencies.asc.home_care_hours_base"),
                    p.num("agencies.asc.home_care_hours_per_need"),
                    p.num("agencies.asc.short_term_threshold"),
                    p.integer("agencies.asc.short_term_weeks"),
                    p.num("agencies.asc.short_term_hours_week"),
                    p.num("agencies.asc.short_term_effect"),
                    p.num("agencies.mh.contacts_per_week"),
                    p.num("services.dependency_gain"),
                    p.num("services.strengths_loss"),
                    p.num("sba.package_dependency_factor"),
                    p.integer("agencies.asc.first_review_weeks"),
                    p.integer("agencies.asc.review_interval_weeks"),
                    p.num("agencies.asc.assessment_hours"),
                    p.num("agencies.asc.review_hours"),
                    p.num("agencies.asc.review_close"),
                    p.num("agencies.asc.threshold"),
                    p.num("agencies.asc.supported_living_threshold"),
                    p.num("agencies.asc.family_carer_hours"),
                    p.num("agencies.asc.shared_lives_share"),
                    p.num("sba.shared_lives_share"),
                    p.num("agencies.asc.shared_lives_strengths_gain"),
                    p.bool("agencies.asc.first_reviews_first"));
        }
    }

    AdultCases(Services s, Settings c) {
        this.s = s;
        this.m = s.m;
        this.pop = s.pop;
        this.asc = s.asc;
        this.mh = s.mh;
        this.housing = s.housing;
        lts = c.lts();
        careHome = c.careHome();
        careHomeEffect = c.careHomeEffect();
        reablementWeeks = c.reablementWeeks();
        reablementEffect = c.reablementEffect();
        reablementRepeat = c.reablementRepeat();
        hcBase = c.hcBase();
        hcPerNeed = c.hcPerNeed();
        shortTermLevel = c.shortTermLevel();
        shortTermWeeks = c.shortTermWeeks();
        shortTermHours = c.shortTermHours();
        shortTermEffect = c.shortTermEffect();
        mhContactsWeek = c.mhContactsWeek();
        depGain = c.depGain();
        strLoss = c.strLoss();
        coproduced = c.coproduced();
        firstReview = c.firstReview();
        reviewInterval = c.reviewInterval();
        firstReviewsFirst = c.firstReviewsFirst();
        double assess = c.assessHours();
        reviewShare = assess > 0 ? c.reviewHours() / assess : 1;
        reviewClose = Math.min(c.reviewCloseLevel(), c.ascThreshold());
        supportedLiving = c.supportedLiving();
        familyCarerHours = c.familyCarerHours();
        usualSharedLives = c.usualSharedLives();
        practiceSharedLives = c.practiceSharedLives();
        sharedLivesGain = c.sharedLivesGain();
    }

    /**
     * Where long-term support at this need is given (see the class comment): CARE_HOME,
     * SUPPORTED_LIVING, SHARED_LIVES or HOME_CARE (support in the person's own or family home).
     */
    byte setting(int i, double need, double factor) {
        boolean homeLevel = need >= Services.threshold(careHome, factor);
        if (pop.age[i] >= 65) return homeLevel ? Services.CARE_HOME : Services.HOME_CARE;
        if (familyCarer(i)) return Services.HOME_CARE;
        byte c = pop.condition[i];
        if (homeLevel && c != Conditions.NONE) return Services.CARE_HOME;
        boolean accommodation = c == Conditions.LEARNING_DISABILITY || c == Conditions.AUTISM || c == Conditions.MENTAL_ILLNESS;
        if (!accommodation || need < Services.threshold(supportedLiving, factor)) return Services.HOME_CARE;
        double share = pop.lastPathway[i] == Services.STRENGTHS ? practiceSharedLives : usualSharedLives;
        return m.rng.u(Rng.SHARED_LIVES, m.week, pop.id[i]) < share ? Services.SHARED_LIVES : Services.SUPPORTED_LIVING;
    }

    /** Someone else at home, 18 or over, with the spare hours to care ({@code agencies.asc.family_carer_hours}). */
    private boolean familyCarer(int i) {
        int hh = pop.household[i];
        int[] members = m.households.members[hh];
        for (int k = 0, n = m.households.size[hh]; k < n; k++) {
            int j = members[k];
            if (j != i && pop.live[j] && pop.age[j] >= 18 && m.informal.capacityOf(pop, j) >= familyCarerHours) return true;
        }
        return false;
    }

    /**
     * The decision on an adult's health need, the same on either pathway, met at once. Eligible: a
     * care home (65+, at its threshold), home care (at the long-term threshold, or reablement tried
     * within the window), else reablement. Not eligible: short-term support while places last.
     */
    void decide(int i, double need, double factor) {
        if (need >= Services.threshold(asc.threshold, factor)) {
            byte setting = setting(i, need, factor);
            boolean longTerm = setting == Services.CARE_HOME || need >= Services.threshold(lts, factor)
                    || m.week - pop.lastReablement[i] < reablementRepeat;
            if (longTerm) longTerm(i, setting);
            else {
                s.open(asc, i, Services.REABLEMENT);
                pop.lastReablement[i] = m.week;
                m.events.raise(CareEvent.REABLEMENT_STARTED, Agency.ASC, i);
                m.ledger.charge(Agency.ASC, Ledger.Category.PACKAGE, s.cost.reablement, i);
            }
            if (pop.caseState[Agency.ASC.ordinal()][i] == 0) m.events.raise(CareEvent.ELIGIBLE_UNSERVED, Agency.ASC, i);
        } else if (need >= Services.threshold(shortTermLevel, factor) && asc.lowerTierPlace()) s.open(asc, i, Services.SHORT_TERM);
        else if (pop.caseState[Agency.ASC.ordinal()][i] != 0) s.close(asc, i);  // reviewed short-term help no longer needed
    }

    void longTerm(int i, byte state) {
        s.open(asc, i, state);
        m.events.raise(CareEvent.LONG_TERM_STARTED, Agency.ASC, i);
        scheduleReview(i, firstReview, asc.firstReviews);
    }

    // ---------------------------------------------------------------- reviews

    /** The next review of person i's long-term support, {@code after} weeks on (0: reviews are off). */
    private void scheduleReview(int i, int after, WaitingList list) {
        if (after <= 0) { pop.reviewDue[i] = Population.NO_REVIEW; return; }
        pop.reviewDue[i] = m.week + after;
        list.add(i, pop.id[i], m.week + after);
    }

    /** Whether the review at the head of a list is still the person's pending one. */
    private boolean current(WaitingList l) {
        int i = l.peekSlot();
        byte st = pop.caseState[Agency.ASC.ordinal()][i];
        return pop.live[i] && pop.id[i] == l.peekId() && pop.reviewDue[i] == l.peekTag() && Services.longTermSupport(st);
    }

    /** Of the two lists, the one whose head is due first and due by now, or the first reviews' when they go first (null if neither). */
    private WaitingList nextDue() {
        WaitingList a = asc.firstReviews, b = asc.laterReviews;
        boolean aDue = a.size() > 0 && a.peekTag() <= m.week, bDue = b.size() > 0 && b.peekTag() <= m.week;
        if (aDue && bDue) return firstReviewsFirst || a.peekTag() <= b.peekTag() ? a : b;
        return aDue ? a : bDue ? b : null;
    }

    /** The reviews due, the longest overdue first (first reviews before later ones if agencies.asc.first_reviews_first), for as long as {@code time} (in assessments, of the week's credit) lasts. */
    void reviewsDue(double time) {
        double floor = asc.credit - Math.min(time, asc.credit);
        for (WaitingList l = nextDue(); l != null; l = nextDue()) {
            if (!current(l)) { l.pop(); continue; }  // ended, moved on, or rescheduled
            if (asc.credit - reviewShare < floor) return;  // no time left: the rest stay overdue
            int i = l.peekSlot();
            l.pop();
            asc.credit -= reviewShare;
            review(i);
        }
    }

    /**
     * A review of long-term support: home care ends, or steps down to short-term support, when
     * need has fallen below {@code agencies.asc.review_close} (at most the eligibility threshold).
     */
    private void review(int i) {
        m.events.raise(CareEvent.REVIEW, Agency.ASC, i);
        pop.lastReview[i] = m.week;
        m.ledger.charge(Agency.ASC, Ledger.Category.ASSESSMENT, reviewShare * asc.assessHours * asc.hourly, i);
        double need = pop.need[Population.HEALTH][i];
        double factor = s.policyFactor(asc, false);
        byte st = pop.caseState[Agency.ASC.ordinal()][i];
        if (st != Services.CARE_HOME && need < Services.threshold(reviewClose, factor)) {  // support at home or in supported living
            m.events.raise(CareEvent.REVIEW_ENDED, Agency.ASC, i);
            s.close(asc, i);
            if (need >= Services.threshold(shortTermLevel, factor) && asc.lowerTierPlace()) s.open(asc, i, Services.SHORT_TERM);
        } else scheduleReview(i, reviewInterval, asc.laterReviews);
    }

    /** Reviews past their due week and not yet done. */
    int overdueReviews() { return reviewCounts()[0]; }

    /**
     * From the pending reviews (every long-term client has one while reviews are on): those
     * overdue; long-term clients of 12 months or more; and of them, those reviewed in the last 12
     * months. All three are 0 when reviews are off.
     */
    int[] reviewCounts() {
        int overdue = 0, held12 = 0, reviewed12 = 0;
        int[] since = pop.caseSince[Agency.ASC.ordinal()];
        for (WaitingList l : new WaitingList[]{asc.firstReviews, asc.laterReviews})
            for (int k = 0; k < l.size(); k++) {
                int i = l.slotAt(k), due = l.tagAt(k);
                byte st = pop.caseState[Agency.ASC.ordinal()][i];
                if (!pop.live[i] || pop.id[i] != l.idAt(k) || pop.reviewDue[i] != due || !Services.longTermSupport(st))
                    continue;
                if (due < m.week) overdue++;
                if (m.week - since[i] >= 52) {
                    held12++;
                    if (m.week - pop.lastReview[i] < 52) reviewed12++;
                }
            }
        return new int[]{overdue, held12, reviewed12};
    }

    /** Long-term support held when the run starts: each next review falls somewhere in the interval (added in due order). */
    private final java.util.List<long[]> seeded = new java.util.ArrayList<>();

    void seedReviews() {
        seeded.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[2], y[2]));
        for (long[] r : seeded) {
            int i = (int) r[1];
            pop.reviewDue[i] = (int) r[0];
            asc.laterReviews.add(i, r[2], (int) r[0]);
        }
        seeded.clear();
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
        double k = s.intensity(i);
        float[] health = pop.need[Population.HEALTH];
        double need = health[i];
        int since = m.week - pop.caseSince[1][i];
        switch (state) {
            case Services.REABLEMENT -> {
                s.reduce(Population.HEALTH, i, reablementEffect);
                if (since >= reablementWeeks) {
                    if (health[i] >= Services.threshold(lts, scale)) {
                        // people 65+ start at home and move to a care home at the next week's check, as before
                        s.change(asc, i, pop.age[i] >= 65 ? Services.HOME_CARE : setting(i, health[i], scale));
                        pop.caseSince[1][i] = m.week;
                        m.events.raise(CareEvent.PACKAGE, Agency.ASC, i);
                        m.events.raise(CareEvent.LONG_TERM_STARTED, Agency.ASC, i);
                        scheduleReview(i, firstReview, asc.firstReviews);
                    } else s.close(asc, i);
                }
            }
            case Services.SHORT_TERM -> {
                m.ledger.charge(Agency.ASC, Ledger.Category.PACKAGE, shortTermHours * s.cost.homeCareHour, i);
                s.reduce(Population.HEALTH, i, shortTermEffect);
                if (since >= shortTermWeeks) s.close(asc, i);
            }
            case Services.HOME_CARE -> {
                double hours = hcBase + hcPerNeed * Math.max(0, need - asc.threshold * scale);
                m.ledger.charge(Agency.ASC, Ledger.Category.PACKAGE, hours * s.cost.homeCareHour * k, i);
                s.reduce(Population.HEALTH, i, asc.effect * k);
                if (health[i] < ascClose) s.close(asc, i);
                else moveOn(i, need);
            }
            case Services.SUPPORTED_LIVING, Services.SHARED_LIVES -> {
                boolean sharedLives = state == Services.SHARED_LIVES;
                m.ledger.charge(Agency.ASC, Ledger.Category.PLACEMENT, sharedLives ? s.cost.sharedLives : s.cost.supportedLiving, i);
                s.reduce(Population.HEALTH, i, asc.effect);
                if (sharedLives) pop.strengths[i] += (float) (sharedLivesGain * (1 - pop.strengths[i]));
                if (health[i] < ascClose) s.close(asc, i);
                else if (need >= Services.threshold(careHome, scale) && setting(i, need, scale) == Services.CARE_HOME) s.change(asc, i, Services.CARE_HOME);
            }
            default -> { // care home
                m.ledger.charge(Agency.ASC, Ledger.Category.PLACEMENT, pop.age[i] >= 65 ? s.cost.careHome : s.cost.careHomeWorkingAge, i);
                s.reduce(Population.HEALTH, i, careHomeEffect);
                if (health[i] < asc.discharge) s.close(asc, i);
            }
        }
        if (state != Services.SHORT_TERM && state != Services.REABLEMENT) onPackage(i);
    }

    /**
     * Support at home moves on when where it is given changes: to a care home at its threshold
     * (65+, as before), or, for a person 18-64, out of the family home when no one there can care
     * any longer. Asked only of people 18-64 past the supported living threshold, so the household
     * is looked at for few.
     */
    private void moveOn(int i, double need) {
        if (pop.age[i] >= 65) {
            if (need >= Services.threshold(careHome, scale)) s.change(asc, i, Services.CARE_HOME);
            return;
        }
        if (pop.condition[i] == Conditions.NONE || need < Services.threshold(Math.min(supportedLiving, careHome), scale)) return;
        byte where = setting(i, need, scale);
        if (where != Services.HOME_CARE) s.change(asc, i, where);
    }

    void mentalHealthWeek(int i) {
        double k = s.intensity(i);
        m.ledger.charge(Agency.MH, Ledger.Category.PACKAGE, mhContactsWeek * s.cost.mhContact * k, i);
        s.reduce(Population.MENTAL, i, mh.effect * k);
        onPackage(i);
        if (pop.need[Population.MENTAL][i] < mhClose) s.close(mh, i);
    }

    void housingWeek(int i, byte state) {
        if (state == Services.TEMPORARY_ACCOMMODATION)
            m.ledger.charge(Agency.HOUSING, Ledger.Category.PLACEMENT, s.cost.tempAccommodation, i);
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
        if (h < lts) return;
        s.open(asc, i, setting(i, h, 1));
        if (reviewInterval > 0)
            seeded.add(new long[]{m.week + 1 + (long) (m.rng.u(Rng.REVIEW_OFFSET, 0, pop.id[i]) * reviewInterval), i, pop.id[i]});
    }
}
