package capsim.model;

import capsim.scenario.ParamSet;

/**
 * The front doors: contacts and referrals join an agency's waiting list; GP consultations may
 * refer on or link to a community place; an assessment is carried out by the deficit or the
 * strengths-based practice, and the agency's decision follows on need as it is.
 * <p>
 * Both pathways offer the same services. What changes is how a trained practitioner works: with
 * chance equal to fidelity the encounter is strengths-based practice (a longer conversation that
 * builds strengths and cuts dependency, the family network mobilised, a community place found),
 * otherwise it is the usual assessment. Where practice mobilised help and the need would call for
 * a placement or long-term care, the decision waits for a review ({@code sba.review_weeks}): by
 * then the informal support step has delivered what the network actually gives, and need is
 * assessed again as it then is. Nothing is discounted at the gate for help that has not arrived.
 */
final class FrontDoor {
    private final Services s;
    private final CommunityModel m;
    private final Population pop;
    private final boolean gpOn, vcsOn;
    private final double networkMin, tieBoost, sbaStrengths, sbaDependency, gpMhRef, gpAscRef, gpSocial, gpSocialSba,
            socialNeed, signposting, cscScreen, reviewShare;
    private final int reviewWeeks, connectAge;

    FrontDoor(Services s, ParamSet p) {
        this.s = s;
        this.m = s.m;
        this.pop = s.pop;
        gpOn = p.bool("agencies.gp.enabled");
        vcsOn = p.bool("agencies.vcs.enabled");
        networkMin = p.num("sba.network_min");
        tieBoost = p.num("sba.network_tie_boost");
        sbaStrengths = p.num("sba.strengths_gain");
        sbaDependency = p.num("sba.dependency_cut");
        gpMhRef = p.num("agencies.gp.mh_referral");
        gpAscRef = p.num("agencies.gp.asc_referral");
        gpSocial = p.num("agencies.gp.social_prescribing");
        gpSocialSba = p.num("sba.gp_social_prescribing");
        socialNeed = p.num("agencies.gp.social_prescribing_need");
        signposting = p.num("services.signposting");
        cscScreen = p.num("agencies.csc.screening_hours");
        reviewWeeks = p.integer("sba.review_weeks");
        reviewShare = p.num("sba.review_hours_share");
        connectAge = p.integer("community.min_age");
    }

    /** The bit in Population.waiting that marks a decision of agency a waiting for its review. */
    static int reviewBit(CaseAgency ca) { return 1 << (8 + ca.agency.ordinal()); }

    /** A contact or referral at a case-holding agency's front door; joins the waiting list. */
    void request(CaseAgency ca, int i, boolean referral) {
        if (!ca.enabled) return;
        int a = ca.agency.ordinal();
        boolean known = pop.caseState[a][i] != 0 || (pop.waiting[i] & ((1 << a) | reviewBit(ca))) != 0;
        if (ca == s.csc) {
            if (known) return;  // a concern about a child already open or waiting is not a new referral
            s.contacts[a]++;
            s.referrals[a]++;  // every contact at children's social care is a referral
            boolean again = m.week - pop.lastCscReferral[i] <= 52;
            if (again) s.cscReReferrals++;
            pop.lastCscReferral[i] = m.week;
            m.trials.request(ca, i, again);
            m.ledger.charge(Agency.CSC, Ledger.Category.CONTACT, cscScreen * s.cost.cscHour, m.quintileOf(i));
        } else {
            s.contacts[a]++;
            if (referral) s.referrals[a]++;
            if (known) return;
            m.trials.request(ca, i, false);
        }
        pop.waiting[i] |= 1 << a;
        ca.queue.add(i, pop.id[i]);
    }

    /**
     * A GP consultation, which may refer on, or link to a community place: social prescribing
     * exists under both pathways; strengths-based primary care links more people, by the
     * training ramp and fidelity.
     */
    void gpConsultation(int i) {
        if (!gpOn) return;
        s.contacts[Agency.GP.ordinal()]++;
        m.trials.gpConsultation(i);
        int q = m.quintileOf(i);
        m.ledger.charge(Agency.GP, Ledger.Category.CONTACT, s.cost.gp, q);
        double mental = pop.need[Population.MENTAL][i], health = pop.need[Population.HEALTH][i];
        if (mental >= Services.threshold(s.mh.threshold, s.policyFactor(s.mh, false)) && s.draw(Services.GP_MH, i) < gpMhRef)
            request(s.mh, i, true);
        if (pop.age[i] >= 18 && health >= Services.threshold(s.asc.threshold, s.policyFactor(s.asc, false))
                && s.draw(Services.GP_ASC, i) < gpAscRef) request(s.asc, i, true);
        if (!vcsOn || pop.asset[i] != Population.NO_ASSET || pop.age[i] < connectAge || Math.max(mental, health) < socialNeed) return;
        double link = gpSocial;
        if (m.policy.strengths[Agency.GP.ordinal()] && !m.policy.asCuts)
            link += gpSocialSba * m.policy.trainedShare * s.rampShare() * s.fidelityAtCapacity();
        if (s.draw(Services.GP_SOCIAL, i) < link) {
            m.ledger.charge(Agency.GP, Ledger.Category.PACKAGE, s.cost.socialPrescribing, q);
            connect(i);
        }
    }

    /** A place in a community asset for person i, if one is free nearby. */
    private boolean connect(int i) {
        if (!m.participation.connect(i)) return false;
        m.counters.communityConnections++;
        s.contacts[Agency.VCS.ordinal()]++;
        s.referrals[Agency.VCS.ordinal()]++;
        return true;
    }

    /** An assessment by the practitioner met: the usual one, or (trained, with fidelity) strengths-based practice. */
    void assess(CaseAgency ca, int i) {
        Agency a = ca.agency;
        // in a cluster trial (capsim evidence) practice changes only in the treated neighbourhoods
        boolean trained = m.policy.strengths[a.ordinal()] && s.draw(Services.TRAINED, i) < ca.trained && m.trials.practiceAllowed(a, i);
        boolean cuts = trained && m.policy.asCuts;
        boolean practice = trained && !cuts && s.draw(Services.PRACTICE, i) < s.fidelity(ca);
        m.ledger.charge(a, Ledger.Category.ASSESSMENT, (practice ? ca.conversationHours : ca.assessHours) * ca.hourly, m.quintileOf(i));
        s.assessments[a.ordinal()]++;
        pop.lastPathway[i] = cuts ? Services.CUTS : practice ? Services.STRENGTHS : Services.DEFICIT;
        boolean mobilised = false;
        if (practice) {
            pop.strengths[i] += sbaStrengths * (1 - pop.strengths[i]);
            pop.dependency[i] *= 1 - sbaDependency;
            if (pop.support[i] >= networkMin) {
                activateNetwork(i);
                mobilised = true;
            }
            if (vcsOn && pop.age[i] >= connectAge && pop.asset[i] == Population.NO_ASSET && connect(i)) mobilised = true;
        }
        boolean served = decide(ca, i, cuts, practice && mobilised);
        // information and advice: someone turned away may be pointed to a community place (both pathways)
        if (!served && !practice && vcsOn && pop.age[i] >= connectAge && pop.asset[i] == Population.NO_ASSET
                && s.draw(Services.CONNECT, i) < signposting) connect(i);
    }

    /** The agency's decision on need as it is now; returns whether any service started. */
    private boolean decide(CaseAgency ca, int i, boolean cuts, boolean defer) {
        double factor = s.policyFactor(ca, cuts);
        double need = pop.need[ca.domain][i];
        int q = m.quintileOf(i);
        boolean deferred;
        switch (ca.agency) {
            case CSC -> deferred = s.children.decide(i, need, factor, defer);
            case ASC -> deferred = s.adults.decide(i, need, factor, defer);
            case MH -> {
                deferred = false;
                if (need >= Services.threshold(ca.threshold, factor)) s.open(ca, i, Services.MH_OPEN);
            }
            case HOUSING -> {
                deferred = false;
                if (need >= Services.threshold(ca.threshold, factor)) {
                    s.open(ca, i, Services.PREVENTION);
                    m.ledger.charge(Agency.HOUSING, Ledger.Category.PACKAGE, s.cost.housingCase, q);
                }
            }
            default -> throw new IllegalStateException("not a case agency: " + ca.agency);
        }
        if (deferred) {
            awaitReview(ca, i);
            return true;
        }
        return pop.caseState[ca.agency.ordinal()][i] != 0;
    }

    /** The agency's decision waits {@code sba.review_weeks} for mobilised help, then is made on need as it is. */
    void awaitReview(CaseAgency ca, int i) {
        pop.waiting[i] |= reviewBit(ca);
        ca.reviews.add(i, pop.id[i], m.week + reviewWeeks);
    }

    /** Decisions that waited for mobilised help: reassessed on need as it now is. */
    void reviewsDue(CaseAgency ca) {
        WaitingList r = ca.reviews;
        while (r.size() > 0 && r.peekTag() <= m.week) {
            int i = r.peekSlot();
            long id = r.peekId();
            r.pop();
            if (!pop.live[i] || pop.id[i] != id || (pop.waiting[i] & reviewBit(ca)) == 0) continue;
            pop.waiting[i] &= ~reviewBit(ca);
            // a crisis placement, a step down or leaving children's services has already decided it
            byte st = pop.caseState[ca.agency.ordinal()][i];
            if (ca == s.csc && (st != Services.CPP || pop.age[i] >= 18)) continue;
            if (ca == s.asc && st != 0 && st != Services.SHORT_TERM) continue;
            m.ledger.charge(ca.agency, Ledger.Category.ASSESSMENT, reviewShare * ca.assessHours * ca.hourly, m.quintileOf(i));
            decide(ca, i, false, false);
        }
    }

    /** A link worker referral (social prescribing), charged to primary care: a community place if one is free. */
    boolean linkWorker(int i) {
        m.ledger.charge(Agency.GP, Ledger.Category.PACKAGE, s.cost.socialPrescribing, m.quintileOf(i));
        return vcsOn && connect(i);
    }

    /** Family group conference / network mapping: stronger ties, more hours asked of them for a while. */
    void activateNetwork(int i) {
        SocialNetwork net = m.net;
        for (int k = 0; k < net.degree(i); k++) {
            int kind = net.kind(i, k);
            if (kind == SocialNetwork.HOUSEHOLD || kind == SocialNetwork.KIN || kind == SocialNetwork.FRIEND)
                net.setWeight(i, k, (float) Math.min(1, net.weight(i, k) + tieBoost));
        }
        pop.mobilised[i] = 1;
        m.counters.networkActivations++;
    }
}
