package capsim.model;

import capsim.scenario.ParamSet;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Steps 6, 7 and 9: the agencies' front doors, pathways, capacity and waiting, packages and
 * their costs. Contacts join a first-come first-served waiting list; each week an agency starts
 * as many assessments as its practitioners can (fewer when caseloads are over capacity), and
 * each is handled by the deficit or the strengths-based pathway, contact by contact, by whether
 * the practitioner met is trained. Open cases cost and change need every week. Every charge
 * goes to the one agency that bears it.
 */
public final class Services implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Children's social care case states. */
    public static final byte CIN = 1, CPP = 2, CLA = 3, EARLY_HELP = 4, CLA_RESIDENTIAL = 5;
    /** Adult social care case states. */
    public static final byte REABLEMENT = 1, HOME_CARE = 2, CARE_HOME = 3, SHORT_TERM = 4;
    /** Mental health and housing case states. */
    public static final byte MH_OPEN = 1, PREVENTION = 1, TEMPORARY_ACCOMMODATION = 2;
    /** lastPathway values. */
    static final byte DEFICIT = 1, STRENGTHS = 2, CUTS = 3;
    /** The agency whose cases cover each need domain. */
    private static final int[] DOMAIN_AGENCY = {Agency.CSC.ordinal(), Agency.ASC.ordinal(), Agency.MH.ordinal(), Agency.HOUSING.ordinal()};

    /** A case-holding agency: practitioners, caseload, waiting list. */
    static final class CaseAgency {
        final Agency agency;
        final int domain;
        final boolean enabled;
        final double practitioners, caseload, intakePer, threshold, discharge, effect, assessHours, conversationHours;
        final WaitingList queue = new WaitingList();
        double credit;
        int open;
        double trained;

        CaseAgency(Agency a, int domain, ParamSet p, double scale10k) {
            this.agency = a;
            this.domain = domain;
            String k = "agencies." + a.code + ".";
            enabled = p.bool(k + "enabled");
            practitioners = p.num(k + "practitioners_per_10k") * scale10k;
            caseload = p.num(k + "caseload");
            intakePer = p.num(k + "intake_per_practitioner");
            threshold = p.num(k + "threshold");
            discharge = p.num(k + "discharge");
            effect = p.num(k + "package_effect");
            assessHours = p.num(k + "assessment_hours");
            conversationHours = p.num(k + "conversation_hours");
        }

        double load() { return practitioners <= 0 ? 10 : open / (practitioners * caseload); }
    }

    private final CommunityModel m;
    private final Population pop;
    final UnitCosts cost;
    final CaseAgency csc, asc, mh, housing;
    private final CaseAgency[] caseAgencies;
    final int[] contacts = new int[Agency.values().length], referrals = new int[Agency.values().length],
            assessments = new int[Agency.values().length], newPackages = new int[Agency.values().length],
            crises = new int[Agency.values().length];
    int cscNfa, cscReReferrals, reablementStarts, longTermStarts;
    private int weeksSinceSwitch;
    private final boolean gpOn, acuteOn, policeOn, vcsOn;
    // parameters
    private final double cscCpp, cscCla, cscClaDischarge, cscClaEffect, cscScreen, cinHours, cppHours, residentialShare,
            ascLts, ascCareHome, reabEffect, hcBase, hcPerNeed, stHours, mhContactsWeek, waitGrowth,
            depGain, strLoss, rampWeeks, trainingCost, fidelity, fidelityPenalty, networkMin, tieBoost, networkRelief,
            communityRelief, sbaStrengths, sbaDependency, coproduced, cutsUplift, cutsCut, resourceGain, gpMhRef, gpAscRef,
            gpSocial, admitShare, longShare, conveyShare, policeMental, policeLiving, injuryShare, policeCscRef, formalProtection;
    private final int reabWeeks, stWeeks, cinReview;
    private final double[][] formalByState;

    Services(CommunityModel m) {
        this.m = m;
        this.pop = m.pop;
        ParamSet p = m.p;
        cost = new UnitCosts(p);
        double s10k = m.targetPopulation / 10_000.0;
        csc = new CaseAgency(Agency.CSC, Population.SAFETY, p, s10k);
        asc = new CaseAgency(Agency.ASC, Population.HEALTH, p, s10k);
        mh = new CaseAgency(Agency.MH, Population.MENTAL, p, s10k);
        housing = new CaseAgency(Agency.HOUSING, Population.LIVING, p, s10k);
        caseAgencies = new CaseAgency[]{csc, asc, mh, housing};
        gpOn = p.bool("agencies.gp.enabled");
        acuteOn = p.bool("agencies.acute.enabled");
        policeOn = p.bool("agencies.police.enabled");
        vcsOn = p.bool("agencies.vcs.enabled");
        cscCpp = p.num("agencies.csc.cpp_threshold");
        cscCla = p.num("agencies.csc.cla_threshold");
        cscClaDischarge = p.num("agencies.csc.cla_discharge");
        cscClaEffect = p.num("agencies.csc.cla_effect");
        cscScreen = p.num("agencies.csc.screening_hours");
        cinHours = p.num("agencies.csc.cin_hours_week");
        cppHours = p.num("agencies.csc.cpp_hours_week");
        residentialShare = p.num("agencies.csc.residential_share");
        ascLts = p.num("agencies.asc.lts_threshold");
        ascCareHome = p.num("agencies.asc.care_home_threshold");
        reabWeeks = p.integer("agencies.asc.reablement_weeks");
        cinReview = p.integer("agencies.csc.review_weeks");
        reabEffect = p.num("agencies.asc.reablement_effect");
        hcBase = p.num("agencies.asc.home_care_hours_base");
        hcPerNeed = p.num("agencies.asc.home_care_hours_per_need");
        stWeeks = p.integer("agencies.asc.short_term_weeks");
        stHours = p.num("agencies.asc.short_term_hours_week");
        mhContactsWeek = p.num("agencies.mh.contacts_per_week");
        waitGrowth = p.num("services.waiting_growth");
        depGain = p.num("services.dependency_gain");
        strLoss = p.num("services.strengths_loss");
        rampWeeks = p.num("sba.ramp_weeks");
        trainingCost = p.num("sba.training_cost");
        fidelity = p.num("sba.fidelity");
        fidelityPenalty = p.num("sba.fidelity_load_penalty");
        networkMin = p.num("sba.network_min");
        tieBoost = p.num("sba.network_tie_boost");
        networkRelief = p.num("sba.network_relief");
        communityRelief = p.num("sba.community_relief");
        sbaStrengths = p.num("sba.strengths_gain");
        sbaDependency = p.num("sba.dependency_cut");
        coproduced = p.num("sba.package_dependency_factor");
        cutsUplift = p.num("sba.cuts_threshold_uplift");
        cutsCut = p.num("sba.cuts_package_cut");
        resourceGain = p.num("eligibility.resource_gain");
        gpMhRef = p.num("agencies.gp.mh_referral");
        gpAscRef = p.num("agencies.gp.asc_referral");
        gpSocial = p.num("agencies.gp.social_prescribing");
        admitShare = p.num("agencies.acute.admission_share");
        longShare = p.num("agencies.acute.long_stay_share");
        conveyShare = p.num("agencies.acute.conveyed_share");
        policeMental = p.num("agencies.police.mental_crisis_share");
        policeLiving = p.num("agencies.police.living_crisis_share");
        injuryShare = p.num("agencies.police.injury_share");
        policeCscRef = p.num("agencies.police.csc_referral");
        formalProtection = p.num("crisis.formal_protection");
        formalByState = formalByState();
    }

    // ---------------------------------------------------------------- weekly cycle

    void beginWeek(int weeksSinceSwitch) {
        this.weeksSinceSwitch = weeksSinceSwitch;
        java.util.Arrays.fill(contacts, 0);
        java.util.Arrays.fill(referrals, 0);
        java.util.Arrays.fill(assessments, 0);
        java.util.Arrays.fill(newPackages, 0);
        java.util.Arrays.fill(crises, 0);
        cscNfa = cscReReferrals = reablementStarts = longTermStarts = 0;
    }

    @Override
    public void step(SimState state) {
        train();
        for (CaseAgency ca : caseAgencies) {
            if (!ca.enabled) continue;
            grow(ca);
            double intake = ca.practitioners * ca.intakePer / Math.max(1, ca.load());
            ca.credit += intake;
            while (ca.credit >= 1 && ca.queue.size() > 0) {
                int i = ca.queue.peekSlot();
                long id = ca.queue.peekId();
                ca.queue.pop();
                if (!pop.live[i] || pop.id[i] != id) continue;
                pop.waiting[i] &= ~(1 << ca.agency.ordinal());
                ca.credit -= 1;
                assess(ca, i);
            }
            if (ca.queue.size() == 0) ca.credit = Math.min(ca.credit, 1);
        }
        packages();
    }

    /** The trained share rises along the ramp after the switch; each newly trained practitioner is charged once. */
    private void train() {
        for (CaseAgency ca : caseAgencies) {
            if (!ca.enabled || !m.policy.strengths[ca.agency.ordinal()]) continue;
            double target = m.policy.trainedShare * Math.min(1, Math.max(0, weeksSinceSwitch) / rampWeeks);
            if (target > ca.trained) {
                m.ledger.charge(ca.agency, Ledger.Category.TRAINING, (target - ca.trained) * ca.practitioners * trainingCost, -1);
                ca.trained = target;
            }
        }
    }

    /** Need grows while people wait. */
    private void grow(CaseAgency ca) {
        WaitingList q = ca.queue;
        float[] need = pop.need[ca.domain];
        for (int k = 0; k < q.size(); k++) {
            int i = q.slotAt(k);
            if (pop.live[i] && pop.id[i] == q.idAt(k)) need[i] = (float) Math.min(1, need[i] + waitGrowth);
        }
    }

    double fidelity(CaseAgency ca) {
        return fidelity * Math.max(0, Math.min(1, 1 - fidelityPenalty * Math.max(0, ca.load() - 1)));
    }

    /** The eligibility threshold in force: the policy's factor, the resource-led rise, the cuts uplift. */
    double threshold(CaseAgency ca, double base, boolean cuts) {
        double t = base * m.policy.thresholdFactor[ca.agency.ordinal()];
        if (m.policy.resourceLed) t *= 1 + resourceGain * Math.max(0, ca.load() - 1);
        if (cuts) t *= 1 + cutsUplift;
        return Math.min(0.99, t);
    }

    // ---------------------------------------------------------------- front doors

    /** A contact or referral at a case-holding agency's front door; joins the waiting list. */
    void request(CaseAgency ca, int i, boolean referral) {
        if (!ca.enabled) return;
        int a = ca.agency.ordinal();
        boolean known = pop.caseState[a][i] != 0 || (pop.waiting[i] & (1 << a)) != 0;
        if (ca == csc) {
            if (known) return;  // a concern about a child already open or waiting is not a new referral
            contacts[a]++;
            referrals[a]++;  // every contact at children's social care is a referral
            if (m.week - pop.lastCscReferral[i] <= 52) cscReReferrals++;
            pop.lastCscReferral[i] = m.week;
            m.ledger.charge(Agency.CSC, Ledger.Category.CONTACT, cscScreen * cost.cscHour, m.quintileOf(i));
        } else {
            contacts[a]++;
            if (referral) referrals[a]++;
            if (known) return;
        }
        pop.waiting[i] |= 1 << a;
        ca.queue.add(i, pop.id[i]);
    }

    void childReferral(int i) { request(csc, i, true); }

    void adultRequest(int i) { request(asc, i, false); }

    void housingPresentation(int i) { request(housing, i, false); }

    /** A GP consultation, which may refer on, or (strengths-based) link to a community place. */
    void gpConsultation(int i) {
        if (!gpOn) return;
        contacts[Agency.GP.ordinal()]++;
        int q = m.quintileOf(i);
        m.ledger.charge(Agency.GP, Ledger.Category.CONTACT, cost.gp, q);
        double mental = pop.need[Population.MENTAL][i], health = pop.need[Population.HEALTH][i];
        if (mental >= threshold(mh, mh.threshold, false) && draw(GP_MH, i) < gpMhRef) request(mh, i, true);
        if (pop.age[i] >= 18 && health >= threshold(asc, asc.threshold, false) && draw(GP_ASC, i) < gpAscRef) request(asc, i, true);
        if (m.policy.strengths[Agency.GP.ordinal()] && !m.policy.asCuts && vcsOn && pop.asset[i] == Population.NO_ASSET && pop.age[i] >= 5
                && Math.max(mental, health) >= 0.25 && draw(GP_SOCIAL, i) < gpSocial) {
            m.ledger.charge(Agency.GP, Ledger.Category.PACKAGE, cost.socialPrescribing, q);
            if (m.participation.connect(i)) {
                m.counters.communityConnections++;
                contacts[Agency.VCS.ordinal()]++;
                referrals[Agency.VCS.ordinal()]++;
            }
        }
    }

    // ---------------------------------------------------------------- pathways

    /** Decisions drawn per person and week (counter-based), so a pathway switch in one agency
     *  does not reshuffle the dice of every later decision in every other agency. */
    private static final int GP_MH = 0, GP_ASC = 1, GP_SOCIAL = 2, TRAINED = 3, ACTIVATE = 4, CONNECT = 5, RESIDENTIAL = 6,
            CONVEY = 7, ADMIT = 8, LONG_STAY = 9, INJURY = 10, POLICE_REFERRAL = 11;

    private double draw(int decision, int i) { return m.rng.u(Rng.DECISION + decision, m.week, pop.id[i]); }

    private void assess(CaseAgency ca, int i) {
        Agency a = ca.agency;
        boolean sba = m.policy.strengths[a.ordinal()] && draw(TRAINED, i) < ca.trained;
        boolean cuts = sba && m.policy.asCuts;
        int q = m.quintileOf(i);
        double hourly = a == Agency.CSC ? cost.cscHour : a == Agency.ASC ? cost.ascHour : a == Agency.MH ? cost.mhContact : cost.housingHour;
        double hours = sba ? ca.conversationHours : ca.assessHours;
        m.ledger.charge(a, Ledger.Category.ASSESSMENT, hours * hourly, q);
        assessments[a.ordinal()]++;
        pop.lastPathway[i] = cuts ? CUTS : sba ? STRENGTHS : DEFICIT;
        double need = pop.need[ca.domain][i];
        double relief = 0;
        if (sba && !cuts) {
            double f = fidelity(ca);
            pop.strengths[i] += f * sbaStrengths * (1 - pop.strengths[i]);
            pop.dependency[i] *= 1 - f * sbaDependency;
            if (pop.support[i] >= networkMin && draw(ACTIVATE, i) < f) {
                activateNetwork(i);
                relief += networkRelief * pop.support[i];
            }
            if (vcsOn && pop.age[i] >= 5) {
                if (pop.asset[i] != Population.NO_ASSET) relief += communityRelief;
                else if (draw(CONNECT, i) < f && m.participation.connect(i)) {
                    relief += communityRelief;
                    m.counters.communityConnections++;
                    contacts[Agency.VCS.ordinal()]++;
                    referrals[Agency.VCS.ordinal()]++;
                }
            }
        }
        double eff = need - relief;
        double scale = threshold(ca, 1.0, cuts);  // factor applied to every threshold of this agency
        boolean proportionate = sba && !cuts;
        switch (a) {
            case CSC -> {
                if (eff >= Math.min(0.99, cscCla * scale)) openCla(i);
                else if (eff >= Math.min(0.99, cscCpp * scale)) open(ca, i, CPP);
                else if (eff >= Math.min(0.99, ca.threshold * scale)) open(ca, i, CIN);
                else if (proportionate && need >= Math.min(0.99, ca.threshold * scale)) open(ca, i, EARLY_HELP);
                else cscNfa++;
            }
            case ASC -> {
                double thr = Math.min(0.99, ca.threshold * scale);
                if (eff >= thr) {
                    if (pop.age[i] >= 65 && eff >= Math.min(0.99, ascCareHome * scale)) longTerm(i, CARE_HOME);
                    else if (eff >= Math.min(0.99, ascLts * scale) || m.week - pop.lastReablement[i] < 52) longTerm(i, HOME_CARE);
                    else {
                        open(ca, i, REABLEMENT);
                        pop.lastReablement[i] = m.week;
                        reablementStarts++;
                        m.ledger.charge(Agency.ASC, Ledger.Category.PACKAGE, cost.reablement, q);
                    }
                } else if (proportionate && need >= thr) open(ca, i, SHORT_TERM);
            }
            case MH -> { if (eff >= Math.min(0.99, ca.threshold * scale)) open(ca, i, MH_OPEN); }
            case HOUSING -> {
                if (eff >= Math.min(0.99, ca.threshold * scale) || (proportionate && need >= Math.min(0.99, ca.threshold * scale))) {
                    open(ca, i, PREVENTION);
                    m.ledger.charge(Agency.HOUSING, Ledger.Category.PACKAGE, cost.housingCase, q);
                }
            }
            default -> throw new IllegalStateException("not a case agency: " + a);
        }
    }

    /** Family group conference / network mapping: stronger ties, more hours offered for a while. */
    private void activateNetwork(int i) {
        SocialNetwork net = m.net;
        for (int k = 0; k < net.degree(i); k++) {
            int kind = net.kind(i, k);
            if (kind == SocialNetwork.HOUSEHOLD || kind == SocialNetwork.KIN || kind == SocialNetwork.FRIEND)
                net.setWeight(i, k, (float) Math.min(1, net.weight(i, k) + tieBoost));
        }
        pop.mobilised[i] = 1;
        m.counters.networkActivations++;
    }

    private void open(CaseAgency ca, int i, byte state) {
        int a = ca.agency.ordinal();
        if (pop.caseState[a][i] == 0) ca.open++;
        pop.caseState[a][i] = state;
        pop.caseSince[a][i] = m.week;
        newPackages[a]++;
    }

    private void close(CaseAgency ca, int i) {
        int a = ca.agency.ordinal();
        if (pop.caseState[a][i] != 0) ca.open--;
        pop.caseState[a][i] = 0;
    }

    private void openCla(int i) {
        // whether a child would go to a children's home is the child's, not the week's: both arms agree even if care starts in different weeks
        open(csc, i, m.rng.u(Rng.DECISION + RESIDENTIAL, 0, pop.id[i]) < residentialShare ? CLA_RESIDENTIAL : CLA);
    }

    private void longTerm(int i, byte state) {
        open(asc, i, state);
        longTermStarts++;
    }

    /**
     * Share of person i's need in domain d that support covers this week: a package or placement
     * at the agency for that domain (scaled down under SBA as cuts), and the informal hours received
     * against those asked. Crises and unmet need come from the uncovered rest.
     */
    public double coverage(int i, int d) {
        byte c = pop.caseState[DOMAIN_AGENCY[d]][i];
        double cover = pop.informalCover[i];
        if (cover <= 0 && c == 0) return 0;  // the common case: nothing covers it
        double formal = formalByState[d][c];
        if (formal > 0 && formal < 0.95 && pop.lastPathway[i] == CUTS) formal *= 1 - cutsCut;
        double informal = d != Population.LIVING && (d != Population.SAFETY || pop.age[i] < 18) ? cover : 0;
        return 1 - (1 - formal) * (1 - informal);
    }

    /** Share of need in a domain that a case in each state covers: placements nearly all, plans and packages most, short-term help less. */
    private double[][] formalByState() {
        double fp = formalProtection;
        double[][] t = new double[4][8];
        t[Population.SAFETY][CIN] = fp * 0.6;
        t[Population.SAFETY][EARLY_HELP] = fp * 0.6;
        t[Population.SAFETY][CPP] = fp;
        t[Population.SAFETY][CLA] = 0.95;
        t[Population.SAFETY][CLA_RESIDENTIAL] = 0.95;
        t[Population.HEALTH][REABLEMENT] = fp;
        t[Population.HEALTH][HOME_CARE] = fp;
        t[Population.HEALTH][CARE_HOME] = 0.95;
        t[Population.HEALTH][SHORT_TERM] = fp * 0.6;
        t[Population.MENTAL][MH_OPEN] = fp;
        t[Population.LIVING][PREVENTION] = fp;
        t[Population.LIVING][TEMPORARY_ACCOMMODATION] = 0.95;
        return t;
    }

    public boolean hasPackage(int i) {
        return pop.caseState[0][i] != 0 || pop.caseState[1][i] != 0 || pop.caseState[Agency.MH.ordinal()][i] != 0;
    }

    // ---------------------------------------------------------------- open cases, each week

    /**
     * Under "SBA as cuts", reviews under the strengths label close packages (home care, child in
     * need plans, mental health cases) once need is below the raised threshold, not the discharge level.
     */
    private double cutsReview(CaseAgency ca, double discharge) {
        if (!m.policy.asCuts || !m.policy.strengths[ca.agency.ordinal()]) return discharge;
        return Math.max(discharge, threshold(ca, ca.threshold, true));
    }

    private void packages() {
        double cscClose = cutsReview(csc, csc.discharge), ascClose = cutsReview(asc, asc.discharge), mhClose = cutsReview(mh, mh.discharge);
        byte[] cs = pop.caseState[Agency.CSC.ordinal()], as = pop.caseState[Agency.ASC.ordinal()],
                ms = pop.caseState[Agency.MH.ordinal()], hs = pop.caseState[Agency.HOUSING.ordinal()];
        double cscScale = threshold(csc, 1.0, false), ascScale = threshold(asc, 1.0, false);
        boolean[] live = pop.live;
        for (int i = 0, n = pop.size; i < n; i++) {
            if ((cs[i] | as[i] | ms[i] | hs[i]) == 0 || !live[i]) continue;  // one test for the many with no case
            if (cs[i] != 0) childCase(i, cs[i], cscScale, cscClose);
            if (as[i] != 0) adultCase(i, as[i], ascScale, ascClose);
            if (ms[i] != 0) {
                double k = intensity(i);
                m.ledger.charge(Agency.MH, Ledger.Category.PACKAGE, mhContactsWeek * cost.mhContact * k, m.quintileOf(i));
                reduce(Population.MENTAL, i, mh.effect * k);
                onPackage(i);
                if (pop.need[Population.MENTAL][i] < mhClose) close(mh, i);
            }
            if (hs[i] != 0) {
                if (hs[i] == TEMPORARY_ACCOMMODATION)
                    m.ledger.charge(Agency.HOUSING, Ledger.Category.PLACEMENT, cost.tempAccommodation, m.quintileOf(i));
                reduce(Population.LIVING, i, housing.effect);
                if (pop.need[Population.LIVING][i] < housing.discharge) close(housing, i);
            }
        }
    }

    /** Cost and effect of a package: cut under "SBA as cuts". */
    private double intensity(int i) { return pop.lastPathway[i] == CUTS ? 1 - cutsCut : 1; }

    private void childCase(int i, byte state, double scale, double closeBelow) {
        int q = m.quintileOf(i);
        double k = intensity(i);
        double need = pop.need[Population.SAFETY][i];
        switch (state) {
            case CIN, EARLY_HELP -> {
                double hours = state == EARLY_HELP ? cinHours * 0.5 : cinHours;
                m.ledger.charge(Agency.CSC, Ledger.Category.PACKAGE, hours * cost.cscHour * k, q);
                reduce(Population.SAFETY, i, csc.effect * k);
                if (need >= Math.min(0.99, cscCpp * scale)) { pop.caseState[0][i] = CPP; newPackages[0]++; }
                else if (pop.need[Population.SAFETY][i] < closeBelow || (state == EARLY_HELP && m.week - pop.caseSince[0][i] >= 12)
                        || (state == CIN && cinReview > 0 && (m.week - pop.caseSince[0][i]) % cinReview == 0
                            && pop.need[Population.SAFETY][i] < Math.min(0.99, csc.threshold * scale)))
                    close(csc, i);  // at a review, a plan whose child is below the threshold steps down
            }
            case CPP -> {
                m.ledger.charge(Agency.CSC, Ledger.Category.PACKAGE, cppHours * cost.cscHour * k, q);
                reduce(Population.SAFETY, i, csc.effect * k);
                if (need >= Math.min(0.99, cscCla * scale)) { openCla(i); }
                else if (pop.need[Population.SAFETY][i] < Math.min(0.99, csc.threshold * scale)) pop.caseState[0][i] = CIN;
            }
            default -> { // looked after
                double weekly = state == CLA_RESIDENTIAL ? cost.residentialWeek : cost.fosterWeek;
                m.ledger.charge(Agency.CSC, Ledger.Category.PLACEMENT, weekly, q);
                reduce(Population.SAFETY, i, cscClaEffect);
                if (pop.need[Population.SAFETY][i] < cscClaDischarge && m.week - pop.caseSince[0][i] >= 13) close(csc, i);
            }
        }
        onPackage(i);
    }

    private void adultCase(int i, byte state, double scale, double closeBelow) {
        int q = m.quintileOf(i);
        double k = intensity(i);
        double need = pop.need[Population.HEALTH][i];
        switch (state) {
            case REABLEMENT -> {
                reduce(Population.HEALTH, i, reabEffect);
                if (m.week - pop.caseSince[1][i] >= reabWeeks) {
                    if (pop.need[Population.HEALTH][i] >= Math.min(0.99, ascLts * scale)) {
                        pop.caseState[1][i] = HOME_CARE;
                        pop.caseSince[1][i] = m.week;
                        newPackages[1]++;
                        longTermStarts++;
                    } else close(asc, i);
                }
            }
            case SHORT_TERM -> {
                m.ledger.charge(Agency.ASC, Ledger.Category.PACKAGE, stHours * cost.homeCareHour, q);
                reduce(Population.HEALTH, i, asc.effect * 2);
                if (m.week - pop.caseSince[1][i] >= stWeeks) close(asc, i);
            }
            case HOME_CARE -> {
                double hours = hcBase + hcPerNeed * Math.max(0, need - asc.threshold * scale);
                m.ledger.charge(Agency.ASC, Ledger.Category.PACKAGE, hours * cost.homeCareHour * k, q);
                reduce(Population.HEALTH, i, asc.effect * k);
                if (pop.age[i] >= 65 && need >= Math.min(0.99, ascCareHome * scale)) pop.caseState[1][i] = CARE_HOME;
                else if (pop.need[Population.HEALTH][i] < closeBelow) close(asc, i);
            }
            default -> { // care home
                m.ledger.charge(Agency.ASC, Ledger.Category.PLACEMENT, cost.careHome, q);
                reduce(Population.HEALTH, i, asc.effect * 0.5);
                if (pop.need[Population.HEALTH][i] < asc.discharge) close(asc, i);
            }
        }
        if (state != SHORT_TERM && state != REABLEMENT) onPackage(i);
    }

    /** A deficit package builds reliance and erodes strengths; a co-produced one much less. */
    private void onPackage(int i) {
        boolean coproducedPackage = pop.lastPathway[i] == STRENGTHS;
        double g = coproducedPackage ? depGain * coproduced : depGain;
        pop.dependency[i] += g * (1 - pop.dependency[i]);
        if (!coproducedPackage) pop.strengths[i] -= strLoss * pop.strengths[i];
    }

    private void reduce(int d, int i, double x) {
        double v = pop.need[d][i] - x;
        pop.need[d][i] = (float) (v < 0 ? 0 : v);
    }

    // ---------------------------------------------------------------- crises (step 8)

    /** A&E attendance, perhaps by ambulance, perhaps admitted; an admitted person 65+ is referred to adult social care. */
    void acuteCrisis(int i) {
        if (!acuteOn) return;
        int a = Agency.ACUTE.ordinal(), q = m.quintileOf(i);
        contacts[a]++;
        crises[a]++;
        double c = cost.ae;
        if (draw(CONVEY, i) < conveyShare) c += cost.ambulance;
        if (draw(ADMIT, i) < admitShare) {
            c += draw(LONG_STAY, i) < longShare ? cost.admitLong : cost.admitShort;
            if (pop.age[i] >= 65) request(asc, i, true);
        }
        m.ledger.charge(Agency.ACUTE, Ledger.Category.CRISIS, c, q);
    }

    /** A police incident; one in a household with children may be referred to children's social care. */
    void policeIncident(int i, boolean violence) {
        if (!policeOn) return;
        int a = Agency.POLICE.ordinal();
        contacts[a]++;
        crises[a]++;
        double c = !violence ? cost.policeOrder : draw(INJURY, i) < injuryShare ? cost.policeInjury : cost.policeViolence;
        m.ledger.charge(Agency.POLICE, Ledger.Category.CRISIS, c, m.quintileOf(i));
        if (draw(POLICE_REFERRAL, i) < policeCscRef) {
            int hh = pop.household[i];
            for (int j = 0; j < m.householdSize[hh]; j++) {
                int c2 = m.householdMembers[hh][j];
                if (pop.age[c2] < 18) childReferral(c2);
            }
        }
    }

    void mentalHealthCrisis(int i) {
        if (!mh.enabled) return;
        int a = Agency.MH.ordinal();
        contacts[a]++;
        crises[a]++;
        m.ledger.charge(Agency.MH, Ledger.Category.CRISIS, cost.mhCrisis, m.quintileOf(i));
        if (pop.caseState[a][i] == 0) {
            pop.lastPathway[i] = DEFICIT;
            open(mh, i, MH_OPEN);
        }
    }

    void emergencyPlacement(int i) {
        if (!csc.enabled) return;
        int a = Agency.CSC.ordinal();
        contacts[a]++;
        crises[a]++;
        byte s = pop.caseState[a][i];
        if (s != CLA && s != CLA_RESIDENTIAL) openCla(i);
    }

    void temporaryAccommodation(int i) {
        if (!housing.enabled) return;
        int a = Agency.HOUSING.ordinal();
        contacts[a]++;
        crises[a]++;
        if (pop.caseState[a][i] != TEMPORARY_ACCOMMODATION) open(housing, i, TEMPORARY_ACCOMMODATION);
    }

    void careHomeAdmission(int i) {
        if (!asc.enabled) return;
        int a = Agency.ASC.ordinal();
        contacts[a]++;
        crises[a]++;
        if (pop.caseState[a][i] != CARE_HOME) longTerm(i, CARE_HOME);
    }

    /** Closes every case of a person who dies, moves away, or (children's services) turns 18. */
    void closeAll(int i) {
        for (CaseAgency ca : caseAgencies) close(ca, i);
        pop.waiting[i] = 0;
    }

    void closeChildCase(int i) { close(csc, i); }

    /** Cases that people already above a threshold would hold when the run starts (no cost). */
    void seedInitialCases() {
        for (int i = 0; i < pop.size; i++) {
            if (!pop.live[i]) continue;
            double s = pop.need[Population.SAFETY][i], h = pop.need[Population.HEALTH][i];
            if (pop.age[i] < 18 && csc.enabled) {
                if (s >= cscCla) openCla(i);
                else if (s >= cscCpp) open(csc, i, CPP);
                else if (s >= csc.threshold) open(csc, i, CIN);
            } else if (asc.enabled && h >= ascLts) {
                open(asc, i, pop.age[i] >= 65 && h >= ascCareHome ? CARE_HOME : HOME_CARE);
            }
            if (mh.enabled && pop.need[Population.MENTAL][i] >= mh.threshold) open(mh, i, MH_OPEN);
            if (housing.enabled && pop.need[Population.LIVING][i] >= housing.threshold) open(housing, i, PREVENTION);
            if (hasPackage(i)) pop.lastPathway[i] = DEFICIT;
        }
        java.util.Arrays.fill(newPackages, 0);
    }

    // ---- read-only view ----
    public int openCases(Agency a) {
        return switch (a) { case CSC -> csc.open; case ASC -> asc.open; case MH -> mh.open; case HOUSING -> housing.open; default -> 0; };
    }

    public int waiting(Agency a) {
        return switch (a) {
            case CSC -> csc.queue.size(); case ASC -> asc.queue.size(); case MH -> mh.queue.size();
            case HOUSING -> housing.queue.size(); default -> 0; };
    }

    public double trainedShare(Agency a) {
        return switch (a) { case CSC -> csc.trained; case ASC -> asc.trained; case MH -> mh.trained; case HOUSING -> housing.trained; default -> 0; };
    }
}
