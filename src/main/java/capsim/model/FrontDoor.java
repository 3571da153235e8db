package capsim.model;

import capsim.scenario.ParamSet;

/**
 * The front doors: contacts and referrals join an agency's waiting list; GP consultations may
 * refer on or link to a community place; an assessment is carried out by the deficit or the
 * strengths-based practice, and the agency's decision follows on need as it is.
 * <p>
 * Both pathways offer the same services and the same process (waiting lists, reviews, short-term
 * support). What changes is how a trained practitioner works: with chance equal to fidelity the
 * encounter is strengths-based practice (a longer conversation that builds strengths and cuts
 * dependency, the family network mobilised, a community place found), otherwise it is the usual
 * assessment. The decision that follows is the same on either pathway and is made at once: an
 * assessed eligible need is met that week (Care Act 2014 s.18), never deferred for help that may
 * come. Help that practice mobilised lowers need once it is delivered, and then shows at the
 * reviews both pathways have.
 */
final class FrontDoor implements java.io.Serializable {
    private final Services s;
    private final CommunityModel m;
    private final Population pop;
    private final boolean gpOn, vcsOn;
    private final double networkMin, tieBoost, sbaStrengths, sbaDependency, gpMhRef, gpAscRef, gpSocial, gpSocialSba,
            socialNeed, signposting, cscScreen, conferenceCost, communityConnection;
    /** A strengths-based conversation's practitioner time, in assessments, by agency. */
    private final double[] conversationShare = new double[Agency.values().length];
    private final int connectAge;
    private final boolean conversationAtDoor;

    /** The parameters, named only here (SettingsTest checks no other read). */
    record Settings(boolean gpOn, boolean vcsOn, double networkMin, double tieBoost, double sbaStrengths,
            double sbaDependency, double gpMhRef, double gpAscRef, double gpSocial, double gpSocialSba, double socialNeed,
            double signposting, double cscScreen, double conferenceCost, double communityConnection,
            boolean conversationAtDoor, int connectAge) {
        static Settings read(ParamSet p) {
            return new Settings(
                    p.bool("agencies.gp.enabled"),
                    p.bool("agencies.vcs.enabled"),
                    p.num("sba.network_min"),
                    p.num("sba.network_tie_boost"),
                    p.num("sba.strengths_gain"),
                    p.num("sba.dependency_cut"),
                    p.num("agencies.gp.mh_referral"),
                    p.num("agencies.gp.asc_referral"),
                    p.num("agencies.gp.social_prescribing"),
                    p.num("sba.gp_social_prescribing"),
                    p.num("agencies.gp.social_prescribing_need"),
                    p.num("services.signposting"),
                    p.num("agencies.csc.screening_hours"),
                    p.num("agencies.csc.family_group_conference_cost"),
                    p.num("sba.community_connection"),
                    p.bool("sba.front_door_conversation"),
                    p.integer("community.min_age"));
        }
    }

    FrontDoor(Services s, Settings c) {
        this.s = s;
        this.m = s.m;
        this.pop = s.pop;
        gpOn = c.gpOn();
        vcsOn = c.vcsOn();
        networkMin = c.networkMin();
        tieBoost = c.tieBoost();
        sbaStrengths = c.sbaStrengths();
        sbaDependency = c.sbaDependency();
        gpMhRef = c.gpMhRef();
        gpAscRef = c.gpAscRef();
        gpSocial = c.gpSocial();
        gpSocialSba = c.gpSocialSba();
        socialNeed = c.socialNeed();
        signposting = c.signposting();
        cscScreen = c.cscScreen();
        conferenceCost = c.conferenceCost();
        communityConnection = c.communityConnection();
        conversationAtDoor = c.conversationAtDoor();
        connectAge = c.connectAge();
        for (CaseAgency ca : s.caseAgencies)
            conversationShare[ca.agency.ordinal()] = ca.assessHours > 0 ? ca.conversationHours / ca.assessHours : 1;
    }

    /** A contact or referral at a case-holding agency's front door; joins the waiting list. */
    void request(CaseAgency ca, int i, boolean referral) {
        if (!ca.enabled) return;
        int a = ca.agency.ordinal();
        boolean known = pop.caseState[a][i] != 0 || (pop.waiting[i] & (1 << a)) != 0;
        if (ca == s.csc) {
            if (known) return;  // a concern about a child already open or waiting is not a new referral
            m.events.raise(CareEvent.CONTACT, ca.agency, i);
            m.events.raise(CareEvent.REFERRAL, ca.agency, i);  // every contact at children's social care is a referral
            if (m.week - pop.lastCscReferral[i] <= 52) m.events.raise(CareEvent.RE_REFERRAL, ca.agency, i);
            pop.lastCscReferral[i] = m.week;
            m.events.raise(CareEvent.REQUEST, ca.agency, i);
            m.ledger.charge(Agency.CSC, Ledger.Category.CONTACT, cscScreen * s.cost.cscHour, i);
        } else {
            m.events.raise(CareEvent.CONTACT, ca.agency, i);
            if (referral) m.events.raise(CareEvent.REFERRAL, ca.agency, i);
            if (known) return;
            m.events.raise(CareEvent.REQUEST, ca.agency, i);
        }
        pop.waiting[i] |= 1 << a;
        ca.queue.add(i, pop.id[i], m.week);
        if (ca == s.asc && conversationAtDoor && m.policy.strengths[a]) frontDoorConversation(ca, i);
    }

    /**
     * Community Led Support's talking point: where {@code sba.front_door_conversation} is set, the
     * conversation of a trained practitioner (with fidelity) happens when a person first asks for
     * help, in a community venue, instead of at the assessment, which then follows from the list
     * as usual on need as it then is. It takes a conversation's time and cost.
     */
    private void frontDoorConversation(CaseAgency ca, int i) {
        boolean trained = s.draw(Services.TRAINED, i) < ca.trained && m.practiceGate.allows(ca.agency, i) && !m.policy.asCuts;
        boolean practice = trained && s.draw(Services.PRACTICE, i) < s.fidelity(ca);
        pop.lastPathway[i] = practice ? Services.STRENGTHS : Services.DEFICIT;
        if (!practice) return;
        m.ledger.charge(ca.agency, Ledger.Category.ASSESSMENT, ca.conversationHours * ca.hourly, i);
        ca.credit -= conversationShare[ca.agency.ordinal()];
        converse(ca, i);
    }

    /** A referral to adult social care on a hospital admission: if the person joins the list, the hospital holds the bed until the assessment. */
    void hospitalReferral(int i) {
        int before = pop.waiting[i];
        request(s.asc, i, true);
        if ((before & (1 << Agency.ASC.ordinal())) == 0 && (pop.waiting[i] & (1 << Agency.ASC.ordinal())) != 0)
            pop.waiting[i] |= Services.HOSPITAL_BIT;
    }

    /**
     * A GP consultation, which may refer on, or link to a community place: social prescribing
     * exists under both pathways; strengths-based primary care links more people, by the
     * training ramp and fidelity.
     */
    void gpConsultation(int i) {
        if (!gpOn) return;
        m.events.raise(CareEvent.CONTACT, Agency.GP, i);
        m.ledger.charge(Agency.GP, Ledger.Category.CONTACT, s.cost.gp, i);
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
            m.ledger.charge(Agency.GP, Ledger.Category.PACKAGE, s.cost.socialPrescribing, i);
            connect(i);
        }
    }

    /** A place in a community asset for person i, if one is free nearby. */
    private boolean connect(int i) {
        if (!m.participation.connect(i)) return false;
        m.events.raise(CareEvent.COMMUNITY_CONNECTION, i);
        // the voluntary sector's cost of taking on a referred person, whoever referred them
        m.ledger.charge(Agency.VCS, Ledger.Category.PACKAGE, s.cost.communityPlace, i);
        m.events.raise(CareEvent.CONTACT, Agency.VCS, i);
        m.events.raise(CareEvent.REFERRAL, Agency.VCS, i);
        return true;
    }

    /**
     * An assessment by the practitioner met: the usual one, or (trained, with fidelity)
     * strengths-based practice. Returns the practitioner time it took, in assessments.
     */
    double assess(CaseAgency ca, int i) {
        Agency a = ca.agency;
        // a study may limit where practice changes (a cluster trial: its treated neighbourhoods)
        boolean trained = m.policy.strengths[a.ordinal()] && s.draw(Services.TRAINED, i) < ca.trained && m.practiceGate.allows(a, i);
        boolean cuts = trained && m.policy.asCuts;
        boolean atDoor = ca == s.asc && conversationAtDoor;  // the conversation was held when the person asked
        boolean practice = !atDoor && trained && !cuts && s.draw(Services.PRACTICE, i) < s.fidelity(ca);
        m.ledger.charge(a, Ledger.Category.ASSESSMENT, (practice ? ca.conversationHours : ca.assessHours) * ca.hourly, i);
        m.events.raise(CareEvent.ASSESSMENT, a, i);
        if (!atDoor || cuts) pop.lastPathway[i] = cuts ? Services.CUTS : practice ? Services.STRENGTHS : Services.DEFICIT;
        boolean looked = practice && converse(ca, i);
        boolean served = decide(ca, i, cuts);
        // information and advice: someone turned away may be pointed to a community place (both pathways),
        // unless the conversation has already looked for one
        if (!served && !looked && vcsOn && pop.age[i] >= connectAge && pop.asset[i] == Population.NO_ASSET
                && s.draw(Services.CONNECT, i) < signposting) connect(i);
        return practice ? conversationShare[a.ordinal()] : 1;
    }

    /**
     * What strengths-based practice does inside the encounter: strengths built, dependency cut, the
     * network mobilised (at a family group conference for a child at the edge of protection or
     * care), a community place looked for. Returns whether it looked for one.
     */
    private boolean converse(CaseAgency ca, int i) {
        pop.strengths[i] += sbaStrengths * (1 - pop.strengths[i]);
        pop.dependency[i] *= 1 - sbaDependency;
        if (pop.support[i] >= networkMin) {
            if (ca == s.csc && pop.need[ca.domain][i] >= Services.threshold(s.children.cppThreshold(), s.policyFactor(ca, false)))
                familyGroupConference(i);
            else activateNetwork(i);
        }
        boolean looked = vcsOn && pop.age[i] >= connectAge && pop.asset[i] == Population.NO_ASSET && (communityConnection >= 1
                || (communityConnection > 0 && m.rng.u(Rng.COMMUNITY_LOOK, m.week, pop.id[i]) < communityConnection));
        if (looked) connect(i);
        return looked;
    }

    /** The agency's decision on need as it is now, the same on either pathway; returns whether any service started. */
    private boolean decide(CaseAgency ca, int i, boolean cuts) {
        double factor = s.policyFactor(ca, cuts);
        double need = pop.need[ca.domain][i];
        switch (ca.agency) {
            case CSC -> s.children.decide(i, need, factor);
            case ASC -> s.adults.decide(i, need, factor);
            case MH -> {
                if (need >= Services.threshold(ca.threshold, factor)) s.open(ca, i, Services.MH_OPEN);
            }
            case HOUSING -> {
                if (need >= Services.threshold(ca.threshold, factor)) {
                    s.open(ca, i, Services.PREVENTION);
                    m.ledger.charge(Agency.HOUSING, Ledger.Category.PACKAGE, s.cost.housingCase, i);
                }
            }
            default -> throw new IllegalStateException("not a case agency: " + ca.agency);
        }
        return pop.caseState[ca.agency.ordinal()][i] != 0;
    }

    /** A link worker referral (social prescribing), charged to primary care: a community place if one is free. */
    boolean linkWorker(int i) {
        m.ledger.charge(Agency.GP, Ledger.Category.PACKAGE, s.cost.socialPrescribing, i);
        return vcsOn && connect(i);
    }

    /**
     * A family group conference: the child's network convened by an independent coordinator (at
     * the conference's cost) and mobilised. For children at a lower level of need the network is
     * mapped within the conversation, at no extra cost.
     */
    void familyGroupConference(int i) {
        activateNetwork(i);
        m.ledger.charge(Agency.CSC, Ledger.Category.PACKAGE, conferenceCost, i);
    }

    /** Network mapping (a family group conference with a child): stronger ties, more hours asked of them for a while. */
    void activateNetwork(int i) {
        SocialNetwork net = m.net;
        for (int k = 0; k < net.degree(i); k++) {
            int kind = net.kind(i, k);
            if (kind == SocialNetwork.HOUSEHOLD || SocialNetwork.kin(kind) || kind == SocialNetwork.FRIEND)
                net.setWeight(i, k, (float) Math.min(1, net.weight(i, k) + tieBoost));
        }
        pop.mobilised[i] = 1;
        m.events.raise(CareEvent.NETWORK_ACTIVATION, i);
    }
}
