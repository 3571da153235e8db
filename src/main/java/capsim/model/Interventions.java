package capsim.model;

/**
 * What a study may do to a person, through the model's own mechanisms (a trial's treated arm,
 * or the stage both its arms share). Each is what practice or process would do anyway; nothing
 * here is open to a scenario.
 */
public final class Interventions {
    private final CommunityModel m;

    Interventions(CommunityModel m) { this.m = m; }

    /** The pre-proceedings stage of the Public Law Outline: the decision on proceedings waits {@code weeks}, then is made on need as it is. */
    public void preProceedings(int child, int weeks) { m.services.children.preProceedings(child, weeks); }

    /** A family group conference: the family network convened and mobilised, at the conference's cost. */
    public void familyGroupConference(int child) { m.services.frontDoor.familyGroupConference(child); }

    /** A referral to a link worker: a community place, if one is free nearby. Returns whether the person was connected. */
    public boolean referToLinkWorker(int person) { return m.services.frontDoor.linkWorker(person); }
}
