package capsim.model;

/**
 * What happens to a person, raised by the mechanisms where it happens ({@link CareEvents}).
 * The weekly measures count them ({@link Measures#counted}); studies and views listen
 * ({@link CareListener}). The agency is the one the event happens at, or none.
 */
public enum CareEvent {
    /** A contact at an agency (at the GP, a consultation; at the voluntary sector, a referred person taken on). */
    CONTACT,
    /** A contact that is a referral (every contact at children's social care). */
    REFERRAL,
    /** A new request at a case-holding agency's front door: the person joins its waiting list. */
    REQUEST,
    /** A child referred again within 12 months of the last referral. */
    RE_REFERRAL,
    /** An assessment done by a practitioner. */
    ASSESSMENT,
    /** Decisions after an assessment. */
    NO_FURTHER_ACTION, PACKAGE, REABLEMENT_STARTED, LONG_TERM_STARTED, ELIGIBLE_UNSERVED,
    /** An adult's long-term support (home care or a care home) ends, at a review or on a change of care. */
    LONG_TERM_ENDED,
    /** A review of long-term support, and one that ends or steps it down. */
    REVIEW, REVIEW_ENDED,
    /** A person leaves a waiting list unseen. */
    WITHDRAWAL,
    /** A child enters care. */
    CARE_ENTERED,
    /** A crisis (no agency: counted by the person's deprivation quintile), and each agency's response to it. */
    CRISIS, CRISIS_RESPONSE,
    NETWORK_ACTIVATION, COMMUNITY_CONNECTION, LIFE_EVENT,
    BIRTH, DEATH, MIGRANT_IN, MIGRANT_OUT,
    /** A young person with a lifelong condition referred to adult social care at 18 (the transition from children's services). */
    TRANSITION,
    /** A child goes to live with kin (informally, or under an order), and a special guardianship order made (KinshipCare). */
    KINSHIP_PLACEMENT, SPECIAL_GUARDIANSHIP,
    /** Care proceedings issued for a child on a protection plan (ChildrenCases). */
    CARE_PROCEEDINGS;

    static final CareEvent[] ALL = values();
}
