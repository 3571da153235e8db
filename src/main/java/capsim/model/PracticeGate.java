package capsim.model;

/**
 * Whether strengths-based practice may happen for a person at an agency (where the policy has
 * it): everywhere unless a study limits it, as a cluster trial does to its treated
 * neighbourhoods ({@link CommunityModel#setPracticeGate}).
 */
@FunctionalInterface
public interface PracticeGate {
    PracticeGate EVERYWHERE = (agency, person) -> true;

    boolean allows(Agency agency, int person);
}
