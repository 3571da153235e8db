package capsim.model;

/**
 * Told what happens in the model, as it happens ({@link CommunityModel#addCareListener}). A
 * listener may read the model and, through {@link Interventions}, act on the person (a study's
 * treated arm); it runs inside the week, in the mechanism's order, so what it does is
 * reproducible.
 */
public interface CareListener {
    /**
     * @param agency where it happened, or null
     * @param person the person's slot (read it now: a slot is reused after a death or a move)
     */
    default void on(CareEvent event, Agency agency, int person) {}

    /** A child on a protection plan at the weekly look at the case, with safety need and the care threshold in force. */
    default void childOnPlan(int child, double safetyNeed, double careThreshold) {}

    /** After the week's processes, before the week is observed. */
    default void weekEnded(int reportedWeek) {}
}
