package capsim.model;

import capsim.scenario.ParamSet;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Steps 6, 7 and 9: the agencies, their practitioners, caseloads and waiting lists. Contacts
 * join a first-come first-served waiting list ({@link FrontDoor}); each week an agency starts as
 * many assessments as its practitioners can (fewer when caseloads are over capacity). Open
 * cases cost and change need every week ({@link ChildrenCases}, {@link AdultCases}); crises
 * meet the emergency responses ({@link CrisisResponses}). Both pathways have the same menu of
 * services; the pathway changes only how a trained practitioner works. Every charge goes to
 * the one agency that bears it.
 */
public final class Services implements Steppable {
    private static final long serialVersionUID = 1L;
    // Case states, one code each across every agency (0: no case), so a state read from the wrong
    // agency's column cannot pass for a right one.
    /** Children's social care case states. */
    public static final byte CIN = 1, CPP = 2, CLA = 3, EARLY_HELP = 4, CLA_RESIDENTIAL = 5;
    /** Adult social care case states. */
    public static final byte REABLEMENT = 6, HOME_CARE = 7, CARE_HOME = 8, SHORT_TERM = 9;
    /** Adult social care's accommodation-based long-term support for people 18-64 (codes after the others': old codes keep their values). */
    public static final byte SUPPORTED_LIVING = 13, SHARED_LIVES = 14;
    /** Mental health and housing case states. */
    public static final byte MH_OPEN = 10, PREVENTION = 11, TEMPORARY_ACCOMMODATION = 12;
    /** One more than the largest case state: the width of a table by state. */
    static final int STATES = 15;
    /** lastPathway values: none, deficit, strengths-based practice, SBA as cuts. */
    static final byte DEFICIT = 1, STRENGTHS = 2, CUTS = 3;
    final CommunityModel m;
    final Population pop;
    final UnitCosts cost;
    final CaseAgency csc, asc, mh, housing;
    final CaseAgency[] caseAgencies;
    int weeksSinceSwitch;
    final FrontDoor frontDoor;
    final ChildrenCases children;
    final AdultCases adults;
    final CrisisResponses crisis;
    private final double reviewTime;
    private final boolean triage;
    private final double waitGrowth, withdrawal, rampWeeks, trainingCost, turnover, supervisionCost, fidelityPenalty, cutsUplift, resourceGain;
    /** Under SBA as cuts packages are this much smaller (cost and effect). */
    final double cutsCut;
    private final Coverage coverage;

    /** The parameters of training, waiting lists and thresholds, named only here (SettingsTest checks no other read). */
    record Settings(double waitGrowth, double withdrawal, double rampWeeks, double trainingCost, double turnover,
            double supervisionCost, double fidelityPenalty, double cutsUplift, double resourceGain,
            double reviewTime, boolean triage, double cutsCut) {
        static Settings read(ParamSet p) {
            return new Settings(
                    p.num("services.waiting_growth"),
                    p.num("services.waiting_withdrawal"),
                    p.num("sba.ramp_weeks"),
                    p.num("sba.training_cost"),
                    p.num("sba.staff_turnover"),
                    p.num("sba.supervision_cost"),
                    p.num("sba.fidelity_load_penalty"),
                    p.num("sba.cuts_threshold_uplift"),
                    p.num("eligibility.resource_gain"),
                    p.num("agencies.asc.review_time_share"),
                    p.bool("agencies.asc.triage"),
                    p.num("sba.cuts_package_cut"));
        }
    }

    Services(CommunityModel m) {
        this.m = m;
        this.pop = m.pop;
        ParamSet p = m.p;
        Settings c = Settings.read(p);
        cost = new UnitCosts(UnitCosts.Settings.read(p));
        double s10k = m.targetPopulation / 10_000.0;
        csc = new CaseAgency(Agency.CSC, Population.SAFETY, CaseAgency.Settings.read(p, Agency.CSC), s10k, cost.cscHour);
        asc = new CaseAgency(Agency.ASC, Population.HEALTH, CaseAgency.Settings.read(p, Agency.ASC), s10k, cost.ascHour);
        mh = new CaseAgency(Agency.MH, Population.MENTAL, CaseAgency.Settings.read(p, Agency.MH), s10k, cost.mhContact);
        housing = new CaseAgency(Agency.HOUSING, Population.LIVING, CaseAgency.Settings.read(p, Agency.HOUSING), s10k, cost.housingHour);
        caseAgencies = new CaseAgency[]{csc, asc, mh, housing};
        waitGrowth = c.waitGrowth();
        withdrawal = c.withdrawal();
        rampWeeks = c.rampWeeks();
        trainingCost = c.trainingCost();
        turnover = c.turnover();
        supervisionCost = c.supervisionCost();
        fidelityPenalty = c.fidelityPenalty();
        cutsUplift = c.cutsUplift();
        resourceGain = c.resourceGain();
        reviewTime = c.reviewTime();
        triage = c.triage();
        cutsCut = c.cutsCut();
        children = new ChildrenCases(this, ChildrenCases.Settings.read(p));
        adults = new AdultCases(this, AdultCases.Settings.read(p));
        crisis = new CrisisResponses(this, CrisisResponses.Settings.read(p));
        frontDoor = new FrontDoor(this, FrontDoor.Settings.read(p));
        coverage = new Coverage(this, Coverage.Settings.read(p));
    }

    // ---------------------------------------------------------------- weekly cycle

    void beginWeek(int weeksSinceSwitch) {
        this.weeksSinceSwitch = weeksSinceSwitch;
    }

    @Override
    public void step(SimState state) {
        train();
        for (CaseAgency ca : caseAgencies) {
            if (!ca.enabled) continue;
            grow(ca);
            // practitioners' time, in assessments: the share kept for reviews of long-term support, then
            // the front door, then reviews again with what is left
            double intake = ca.practitioners * ca.intakePer / Math.max(1, ca.load());
            ca.credit += intake;
            if (ca == asc) adults.reviewsDue(ca.credit - (1 - reviewTime) * intake);
            if (ca == asc && triage) ca.queue.triage(i -> pop.need[ca.domain][i]);  // the most urgent are assessed first
            while (ca.credit >= 1 && ca.queue.size() > 0) {
                int i = ca.queue.peekSlot();
                long id = ca.queue.peekId();
                int since = ca.queue.peekTag();
                ca.queue.pop();
                if (!pop.live[i] || pop.id[i] != id) continue;
                boolean fromHospital = (pop.waiting[i] & HOSPITAL_BIT) != 0 && ca == asc;
                pop.waiting[i] &= ~(1 << ca.agency.ordinal());
                if (fromHospital) {
                    pop.waiting[i] &= ~HOSPITAL_BIT;
                    crisis.excessBedDays(i, m.week - since);
                }
                ca.credit -= frontDoor.assess(ca, i);  // a longer conversation takes more of the week's time
            }
            if (ca == asc && ca.queue.size() == 0) adults.reviewsDue(ca.credit);
            if (ca.queue.size() == 0) ca.credit = Math.min(ca.credit, 1);
        }
        packages();
    }

    /**
     * The trained share rises along the ramp after the switch; each newly trained practitioner is
     * charged once; every week the trained practitioners' supervision and coaching, and the
     * training of those who replace the trained who leave, are charged too.
     */
    private void train() {
        for (CaseAgency ca : caseAgencies) {
            if (!ca.enabled || !m.policy.strengths[ca.agency.ordinal()]) continue;
            double target = m.policy.trainedShare * rampShare();
            if (target > ca.trained) {
                m.ledger.charge(ca.agency, Ledger.Category.TRAINING, (target - ca.trained) * ca.practitioners * trainingCost, -1);
                ca.trained = target;
            }
            double trainedStaff = ca.trained * ca.practitioners;
            if (trainedStaff > 0)
                m.ledger.charge(ca.agency, Ledger.Category.TRAINING, trainedStaff * (turnover * trainingCost + supervisionCost) / 52.0, -1);
        }
    }

    /** How far along the training ramp the switch is (0 before it, 1 at its end). */
    double rampShare() { return Math.min(1, Math.max(0, weeksSinceSwitch) / rampWeeks); }

    /**
     * Need grows while people wait; some stop waiting each week (their need met elsewhere, care
     * bought privately, gave up), and leave the list unassessed. The dead and the gone leave it too.
     */
    private void grow(CaseAgency ca) {
        WaitingList q = ca.queue;
        float[] need = pop.need[ca.domain];
        int bit = 1 << ca.agency.ordinal();
        q.retain(k -> {
            int i = q.slotAt(k);
            if (!pop.live[i] || pop.id[i] != q.idAt(k)) return false;
            if (withdrawal > 0 && m.rng.u(Rng.WITHDRAW, m.week, pop.id[i]) < withdrawal) {
                pop.waiting[i] &= ~(bit | (ca == asc ? HOSPITAL_BIT : 0));
                m.events.raise(CareEvent.WITHDRAWAL, ca.agency, i);
                return false;
            }
            need[i] = (float) Math.min(1, need[i] + waitGrowth);
            return true;
        });
    }

    /** Fidelity of a trained practitioner with a caseload at or below capacity (the policy's: a lever). */
    double fidelityAtCapacity() { return m.policy.fidelity; }

    /** Chance that a trained practitioner's encounter is strengths-based practice: fidelity, lower under overload. */
    double fidelity(CaseAgency ca) {
        return m.policy.fidelity * Math.max(0, Math.min(1, 1 - fidelityPenalty * Math.max(0, ca.load() - 1)));
    }

    /**
     * The policy's factor on every threshold of an agency, uncapped: the commissioner's factor,
     * the resource-led rise when caseloads exceed capacity, the uplift of SBA as cuts.
     */
    double policyFactor(CaseAgency ca, boolean cuts) {
        double f = m.policy.thresholdFactor[ca.agency.ordinal()];
        if (m.policy.resourceLed) f *= 1 + resourceGain * Math.max(0, ca.load() - 1);
        if (cuts) f *= 1 + cutsUplift;
        return f;
    }

    /** A threshold in force: its base times the policy's factor, capped below 1 so the most severe need still qualifies. */
    static double threshold(double base, double factor) {
        double t = base * factor;
        return t < 0.99 ? t : 0.99;
    }

    // ---------------------------------------------------------------- cases

    void open(CaseAgency ca, int i, byte state) {
        int a = ca.agency.ordinal();
        byte was = pop.caseState[a][i];
        if (was != 0 && lowerTier(ca, was)) ca.lowerTier--;
        else if (was != 0) ca.open--;
        if (lowerTier(ca, state)) ca.lowerTier++;
        else ca.open++;
        pop.caseState[a][i] = state;
        pop.caseSince[a][i] = m.week;
        m.events.raise(CareEvent.PACKAGE, ca.agency, i);
    }

    /** An agency's response to a crisis: a contact, and a crisis in its count. */
    void crisisResponse(Agency a, int i) {
        m.events.raise(CareEvent.CONTACT, a, i);
        m.events.raise(CareEvent.CRISIS_RESPONSE, a, i);
    }

    /** A change of state within a case (a plan stepping up or down) that keeps its start week. */
    void change(CaseAgency ca, int i, byte state) {
        int a = ca.agency.ordinal();
        byte was = pop.caseState[a][i];
        if (lowerTier(ca, was) != lowerTier(ca, state)) {
            if (lowerTier(ca, was)) { ca.lowerTier--; ca.open++; } else { ca.open--; ca.lowerTier++; }
        }
        pop.caseState[a][i] = state;
        if (ca == asc && longTerm(was) && !longTerm(state)) m.events.raise(CareEvent.LONG_TERM_ENDED, Agency.ASC, i);
    }

    private static boolean longTerm(byte ascState) { return longTermSupport(ascState); }

    /** Whether an adult social care case state is long-term support: home care, a care home, supported living or Shared Lives. */
    public static boolean longTermSupport(int ascState) {
        return ascState == HOME_CARE || ascState == CARE_HOME || ascState == SUPPORTED_LIVING || ascState == SHARED_LIVES;
    }

    void close(CaseAgency ca, int i) {
        int a = ca.agency.ordinal();
        byte was = pop.caseState[a][i];
        if (was == 0) return;
        if (ca == asc) pop.reviewDue[i] = Population.NO_REVIEW;
        if (lowerTier(ca, was)) ca.lowerTier--;
        else ca.open--;
        pop.caseState[a][i] = 0;
        if (ca == asc && longTerm(was)) m.events.raise(CareEvent.LONG_TERM_ENDED, Agency.ASC, i);
    }

    private boolean lowerTier(CaseAgency ca, byte state) {
        return (ca == csc && state == EARLY_HELP) || (ca == asc && state == SHORT_TERM);
    }

    /** Share of person i's need in domain d that support covers this week (see {@link Coverage}). */
    public double coverage(int i, int d) { return coverage.of(i, d); }

    /** Any case of children's or adult social care or mental health (family and friends step back from it). */
    public boolean hasPackage(int i) {
        return pop.caseState[0][i] != 0 || pop.caseState[1][i] != 0 || pop.caseState[Agency.MH.ordinal()][i] != 0;
    }

    /** Every open case, each week: children's and adults' cases, mental health, housing. */
    private void packages() {
        children.beginWeek();
        adults.beginWeek();
        byte[] cs = pop.caseState[Agency.CSC.ordinal()], as = pop.caseState[Agency.ASC.ordinal()],
                ms = pop.caseState[Agency.MH.ordinal()], hs = pop.caseState[Agency.HOUSING.ordinal()];
        boolean[] live = pop.live;
        for (int i = 0, n = pop.size; i < n; i++) {
            if ((cs[i] | as[i] | ms[i] | hs[i]) == 0 || !live[i]) continue;  // one test for the many with no case
            if (cs[i] != 0) children.week(i, cs[i]);
            if (as[i] != 0) adults.week(i, as[i]);
            if (ms[i] != 0) adults.mentalHealthWeek(i);
            if (hs[i] != 0) adults.housingWeek(i, hs[i]);
        }
    }

    /** Cost and effect of a package: cut under "SBA as cuts". */
    double intensity(int i) { return pop.lastPathway[i] == CUTS ? 1 - cutsCut : 1; }

    void reduce(int d, int i, double x) {
        double v = pop.need[d][i] - x;
        pop.need[d][i] = (float) (v < 0 ? 0 : v);
    }

    /** The bit in Population.waiting of an adult referred to adult social care from a hospital admission (discharge waits on it). */
    static final int HOSPITAL_BIT = 1 << 16;

    /** A counter-based draw for one decision about person i this week. */
    double draw(int decision, int i) { return m.rng.u(Rng.DECISION + decision, m.week, pop.id[i]); }

    /** Decisions drawn per person and week (counter-based), so a pathway switch in one agency
     *  does not reshuffle the dice of every later decision in every other agency. */
    static final int GP_MH = 0, GP_ASC = 1, GP_SOCIAL = 2, TRAINED = 3, PRACTICE = 4, CONNECT = 5, RESIDENTIAL = 6,
            CONVEY = 7, ADMIT = 8, LONG_STAY = 9, INJURY = 10, POLICE_REFERRAL = 11, PERMANENCE = 12;

    // ---------------------------------------------------------------- entry points for the other processes

    void childReferral(int i) { frontDoor.request(csc, i, true); }
    void adultRequest(int i) { frontDoor.request(asc, i, false); }
    void housingPresentation(int i) { frontDoor.request(housing, i, false); }
    void gpConsultation(int i) { frontDoor.gpConsultation(i); }
    void acuteCrisis(int i) { crisis.acuteCrisis(i); }
    void policeIncident(int i, boolean violence) { crisis.policeIncident(i, violence); }
    void mentalHealthCrisis(int i) { crisis.mentalHealthCrisis(i); }
    void emergencyPlacement(int i) { crisis.emergencyPlacement(i); }
    void temporaryAccommodation(int i) { crisis.temporaryAccommodation(i); }
    void careHomeAdmission(int i) { crisis.careHomeAdmission(i); }

    /** Closes every case of a person who dies or moves away. */
    void closeAll(int i) {
        for (CaseAgency ca : caseAgencies) close(ca, i);
        pop.waiting[i] = 0;
    }

    /**
     * A child turning 18 leaves children's services; a young person whose lifelong condition
     * keeps a need at adult social care's eligibility is referred there for a transition
     * assessment (not left to ask later). {@code refer}: false in the spin-up, which has no services.
     */
    void transitionAt18(int i, boolean refer) {
        close(csc, i);
        if (refer && asc.enabled && pop.lifelongHealth[i] >= threshold(asc.threshold, policyFactor(asc, false))) {
            m.events.raise(CareEvent.TRANSITION, Agency.ASC, i);
            adultRequest(i);
        }
    }

    /** Cases that people already above a threshold would hold when the run starts (no cost). */
    void seedInitialCases() {
        for (int i = 0; i < pop.size; i++) {
            if (!pop.live[i]) continue;
            if (pop.age[i] < 18 && csc.enabled) children.seed(i);
            else if (asc.enabled) adults.seed(i);
            if (mh.enabled && pop.need[Population.MENTAL][i] >= mh.threshold) open(mh, i, MH_OPEN);
            if (housing.enabled && pop.need[Population.LIVING][i] >= housing.threshold) open(housing, i, PREVENTION);
            if (hasPackage(i)) pop.lastPathway[i] = DEFICIT;
        }
        adults.seedReviews();
    }

    // ---- read-only view ----
    public int openCases(Agency a) {
        CaseAgency ca = caseAgency(a);
        return ca == null ? 0 : ca.open + ca.lowerTier;
    }

    public int waiting(Agency a) {
        CaseAgency ca = caseAgency(a);
        return ca == null ? 0 : ca.queue.size();
    }

    /** Open cases over what practitioners can hold (1 = full). */
    public double load(Agency a) {
        CaseAgency ca = caseAgency(a);
        return ca == null ? 0 : ca.load();
    }

    private CaseAgency caseAgency(Agency a) {
        return switch (a) { case CSC -> csc; case ASC -> asc; case MH -> mh; case HOUSING -> housing; default -> null; };
    }
}
