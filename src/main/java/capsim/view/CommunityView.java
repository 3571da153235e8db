package capsim.view;

/**
 * What a view reads from a running model: people, their ties, community assets and
 * neighbourhoods, as plain indexed getters (the model keeps them as arrays, so nothing here
 * allocates). {@link ModelView} adapts {@code CommunityModel}; tests use a hand-built one.
 * Person indices run over a high-water mark: a slot may be dead ({@link #alive}) or reused.
 */
public interface CommunityView {
    int PATHWAY_NONE = 0, PATHWAY_DEFICIT = 1, PATHWAY_STRENGTHS = 2, PATHWAY_CUTS = 3;
    int TIE_HOUSEHOLD = 0, TIE_KIN = 1, TIE_FRIEND = 2, TIE_NEIGHBOUR = 3, TIE_CO_MEMBER = 4, TIE_KIN_AWAY = 5;
    String[] TIE_KINDS = {"household", "kin", "friend", "neighbour", "co-member", "kin elsewhere"};
    String[] DOMAINS = {"safety", "health", "mental", "living"};

    String scenarioName();

    /** 1-based week after burn-in; 0 or below during burn-in. */
    int reportedWeek();

    /** High-water mark of person slots, the bound of a loop over people (check {@link #alive}). */
    int slots();
    boolean alive(int i);
    int age(int i);
    int hood(int i);
    /** Need in a domain 0..3 ({@link #DOMAINS}), 0..1. */
    double need(int i, int domain);
    double maxNeed(int i);
    double strengths(int i);
    double dependency(int i);
    double strain(int i);
    /** Pathway of the person's last contact with a service: one of the PATHWAY_ constants (CUTS: the SBA label used to cut). */
    int pathway(int i);
    /** Wellbeing on the 14..70 scale. */
    double wellbeing(int i);

    int degree(int i);
    int neighbour(int i, int k);
    double weight(int i, int k);
    /** One of the TIE_ constants. */
    int tieKind(int i, int k);

    int assets();
    int assetHood(int a);
    int places(int a);
    int filled(int a);
    int volunteers(int a);
    int assetKind(int a);
    String assetKindName(int a);

    int hoods();
    /** Deprivation decile of a neighbourhood, 1 = most deprived. */
    int decile(int h);
}
