package capsim.model;

/**
 * Counter-based uniforms keyed by (stream, week, person id). A person's weekly draws for life
 * events, help seeking, crises and death do not depend on who else is alive or what happened
 * before, so the two arms of a comparison meet the same draws even after their populations
 * drift apart (stronger common random numbers than one sequential stream per process).
 */
final class Rng implements java.io.Serializable {
    private final long[] streams;

    Rng(long runSeed, int count) {
        streams = new long[count];
        for (int i = 0; i < count; i++) streams[i] = Seeds.streamSeed(runSeed, 1000 + i);
    }

    double u(int stream, int week, long id) {
        long z = Seeds.mix(streams[stream] ^ (week * 0x9E3779B97F4A7C15L + id * 0xD1B54A32D192ED03L));
        return (z >>> 11) * 0x1.0p-53;
    }

    /**
     * A short sequence of draws keyed by (stream, a, b), for one-off events that need several
     * numbers (a household's make-up, a newcomer's ties): SplitMix64 from a keyed start, so the
     * draws depend only on the key, never on how many draws other people took before.
     */
    Draws draws(int stream, int a, long b) {
        return new Draws(Seeds.mix(streams[stream] ^ (a * 0x9E3779B97F4A7C15L + b * 0xD1B54A32D192ED03L)));
    }

    static final class Draws {
        private long s;

        Draws(long start) { s = start; }

        double next() { return (Seeds.mix(s += 0x9E3779B97F4A7C15L) >>> 11) * 0x1.0p-53; }

        int nextInt(int n) { return (int) (next() * n); }

        /** Standard normal (Box-Muller, one of the pair). */
        double gaussian() { return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()); }
    }

    static final int EVENT = 0, EVENT_KIND = 1, EVENT_SIZE = 2, SEEK = 3, SEEK_KIND = 4, CRISIS = 5, CRISIS_KIND = 6,
            DEATH = 7, BIRTH = 8, MOVE = 9, EVENT_SERVICE = 10, DECISION = 11,
            LEAVE = 24, TIE = 25, TIE_WHO = 26, VOLUNTEER = 27, SEEK_COUNT = 28, SEEK_WHO = 29, JOIN = 30, CONNECT_START = 31,
            REPEAT_REFERRAL = 32,
            // population build, newcomers and births (keyed draws, see draws())
            PERSON = 33, HOUSEHOLD = 34, TIES = 35, ASSETS = 36, ARRIVAL = 37, BABY = 38,
            // ties renewed yearly: a child growing up, a tie lost to a death or a move
            RENEW = 40,
            // a study's allocation (CommunityModel.allocationDraw): a person's arm, a neighbourhood's arm
            ALLOCATION_PERSON = 41, ALLOCATION_HOOD = 42,
            // when the first review of long-term support held at the start of a run falls due
            REVIEW_OFFSET = 43,
            // a person on a waiting list who stops waiting
            WITHDRAW = 44,
            // whether a strengths-based conversation looks for a community place (sba.community_connection below 1)
            COMMUNITY_LOOK = 45,
            // whether the police attend a crisis: its own draw, so it is independent of A&E's (CRISIS_KIND)
            CRISIS_POLICE = 46,
            // a person's lifelong conditions and their severity (keyed by id: the same at every age asked)
            CONDITION = 47,
            // whether accommodation-based support is a Shared Lives placement
            SHARED_LIVES = 48,
            // a person's sex (keyed by id)
            SEX = 49,
            // whether a person aged 16-64 is in work: on arrival (week key 0) and the yearly moves (year key)
            EMPLOYMENT = 50,
            // a carer's lasting traits for Carer's Allowance: claims it (key 0), earns under its limit when in work (key 1)
            CARERS_ALLOWANCE = 51,
            // households that change (FamilyLife): separations, leaving home, partnering, moving in with kin
            FAMILY = 52, LEAVE_HOME = 53, PARTNER = 54, MOVE_IN = 55,
            // kinship care: parents who cannot care (by the mother's id), and a child's placement and order (KinshipCare)
            KINSHIP = 56, KINSHIP_ORDER = 57,
            COUNT = 58;
}
