package capsim.model;

import java.util.Arrays;

/**
 * The people, stored as parallel arrays indexed by slot (struct of arrays, so weekly loops
 * over 250,000 people stay in cache). A slot freed by a death or a move is reused by a birth
 * or a newcomer; {@code id} is unique over the run and keys the counter-based draws.
 */
public final class Population {
    public static final int SAFETY = 0, HEALTH = 1, MENTAL = 2, LIVING = 3;
    public static final int NO_ASSET = -1;

    int size;              // high-water mark of slots in use
    int alive;
    boolean[] live;
    long[] id;
    int[] age;
    int[] household;
    int[] hood;
    float[][] need = new float[4][];
    /** Floats, not doubles: every weekly pass streams these, and half the bytes is half the memory traffic. */
    float[] strengths, dependency, strain, support, mobilised;
    float[] givenAvg;
    /** Share of need this week's informal help covers (crisis.informal_protection times hours received over hours asked). */
    float[] informalCover;
    /** Hours a week a person could give, and what is left of them as the week's asks are met (float: the walk over ties reads spare at random). */
    float[] capacity, spare;
    int[] asset;
    boolean[] volunteer;
    byte[] lastPathway;    // 0 none, 1 deficit, 2 strengths-based (of the last handled contact)
    int[] lastCrisis;
    int[] lastCscReferral, lastReablement;
    /** Per-agency case state; meaning by agency (see Services). 0 = no case. */
    byte[][] caseState = new byte[Agency.values().length][];
    int[][] caseSince = new int[Agency.values().length][];
    /** Bit per agency: on its waiting list. */
    int[] waiting;
    private int[] freeSlots = new int[64];
    private int freeCount;

    Population(int capacity) {
        live = new boolean[capacity];
        id = new long[capacity];
        age = new int[capacity];
        household = new int[capacity];
        hood = new int[capacity];
        for (int d = 0; d < 4; d++) need[d] = new float[capacity];
        strengths = new float[capacity];
        dependency = new float[capacity];
        capacity(capacity);
    }

    private void capacity(int n) {
        capacity = new float[n];
        spare = new float[n];
        strain = new float[n];
        support = new float[n];
        mobilised = new float[n];
        informalCover = new float[n];
        givenAvg = new float[n];
        asset = new int[n];
        Arrays.fill(asset, NO_ASSET);
        volunteer = new boolean[n];
        lastPathway = new byte[n];
        lastCrisis = new int[n];
        lastCscReferral = new int[n];
        lastReablement = new int[n];
        Arrays.fill(lastCrisis, Integer.MIN_VALUE / 2);
        Arrays.fill(lastCscReferral, Integer.MIN_VALUE / 2);
        Arrays.fill(lastReablement, Integer.MIN_VALUE / 2);
        for (int a = 0; a < caseState.length; a++) {
            caseState[a] = new byte[n];
            caseSince[a] = new int[n];
        }
        waiting = new int[n];
    }

    /** A slot for a new person: a freed one if any, else the next one (growing the arrays). */
    int allocate(long newId) {
        int i;
        if (freeCount > 0) i = freeSlots[--freeCount];
        else {
            if (size == live.length) grow();
            i = size++;
        }
        reset(i);
        live[i] = true;
        id[i] = newId;
        alive++;
        return i;
    }

    void release(int i) {
        live[i] = false;
        alive--;
        if (freeCount == freeSlots.length) freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
        freeSlots[freeCount++] = i;
    }

    private void reset(int i) {
        for (int d = 0; d < 4; d++) need[d][i] = 0;
        strengths[i] = dependency[i] = strain[i] = support[i] = mobilised[i] = 0;
        capacity[i] = spare[i] = 0;
        informalCover[i] = givenAvg[i] = 0;
        asset[i] = NO_ASSET;
        volunteer[i] = false;
        lastPathway[i] = 0;
        lastCrisis[i] = lastCscReferral[i] = lastReablement[i] = Integer.MIN_VALUE / 2;
        for (int a = 0; a < caseState.length; a++) { caseState[a][i] = 0; caseSince[a][i] = 0; }
        waiting[i] = 0;
    }

    private void grow() {
        int n = live.length * 3 / 2 + 16;
        live = Arrays.copyOf(live, n);
        id = Arrays.copyOf(id, n);
        age = Arrays.copyOf(age, n);
        household = Arrays.copyOf(household, n);
        hood = Arrays.copyOf(hood, n);
        for (int d = 0; d < 4; d++) need[d] = Arrays.copyOf(need[d], n);
        strengths = Arrays.copyOf(strengths, n);
        dependency = Arrays.copyOf(dependency, n);
        capacity = Arrays.copyOf(capacity, n);
        strain = Arrays.copyOf(strain, n);
        support = Arrays.copyOf(support, n);
        mobilised = Arrays.copyOf(mobilised, n);
        informalCover = Arrays.copyOf(informalCover, n);
        spare = Arrays.copyOf(spare, n);
        givenAvg = Arrays.copyOf(givenAvg, n);
        int old = asset.length;
        asset = Arrays.copyOf(asset, n);
        Arrays.fill(asset, old, n, NO_ASSET);
        volunteer = Arrays.copyOf(volunteer, n);
        lastPathway = Arrays.copyOf(lastPathway, n);
        lastCrisis = Arrays.copyOf(lastCrisis, n);
        lastCscReferral = Arrays.copyOf(lastCscReferral, n);
        lastReablement = Arrays.copyOf(lastReablement, n);
        for (int a = 0; a < caseState.length; a++) {
            caseState[a] = Arrays.copyOf(caseState[a], n);
            caseSince[a] = Arrays.copyOf(caseSince[a], n);
        }
        waiting = Arrays.copyOf(waiting, n);
    }

    static int stageOf(int age) { return age < 18 ? 0 : age < 65 ? 1 : 2; }

    /** Life stage by age, as a table: comparisons on random ages mispredict in the loops over everyone. */
    static final byte[] STAGE_BY_AGE = new byte[130];
    static {
        for (int a = 0; a < STAGE_BY_AGE.length; a++) STAGE_BY_AGE[a] = (byte) stageOf(a);
    }

    static int stageByAge(int age) { return STAGE_BY_AGE[Math.min(age, STAGE_BY_AGE.length - 1)]; }

    /** 1 for a child (under 18), 0 for an adult: a multiplier in the loops over everyone, where a branch on age would mispredict. */
    static float child(int age) { return CHILD_BY_AGE[Math.min(age, CHILD_BY_AGE.length - 1)]; }

    private static final float[] CHILD_BY_AGE = new float[130];
    static {
        for (int a = 0; a < 18; a++) CHILD_BY_AGE[a] = 1;
    }

    // ---- read-only view for displays and tests ----
    /** Slots in use (some may be dead: check {@link #alive(int)}). */
    public int size() { return size; }
    public int count() { return alive; }
    public boolean alive(int i) { return live[i]; }
    public long id(int i) { return id[i]; }
    public int age(int i) { return age[i]; }
    /** 0 child, 1 adult 18-64, 2 older 65+. */
    public int stage(int i) { return stageOf(age[i]); }
    public int hood(int i) { return hood[i]; }
    public int household(int i) { return household[i]; }
    public double need(int i, int domain) { return need[domain][i]; }
    public double maxNeed(int i) {
        return max(need[0][i], need[1][i], need[2][i], need[3][i]);
    }
    public double strengths(int i) { return strengths[i]; }
    public double dependency(int i) { return dependency[i]; }
    public double strain(int i) { return strain[i]; }
    public double support(int i) { return support[i]; }
    public int asset(int i) { return asset[i]; }
    public boolean volunteer(int i) { return volunteer[i]; }
    /** 0 never handled, 1 deficit pathway, 2 strengths-based pathway (last contact). */
    public int lastPathway(int i) { return lastPathway[i]; }
    public int caseState(int i, Agency a) { return caseState[a.ordinal()][i]; }
    /** WEMWBS-like wellbeing, 14..70, derived from need, strengths, strain and support. */
    public double wellbeing(int i) {
        return wellbeingScale.score(need[0][i], need[1][i], need[2][i], need[3][i], maxNeed(i), strengths[i], strain[i], support[i]);
    }

    /** The model's wellbeing weights (set by CommunityModel), shared with the observation so displays show what is recorded. */
    Wellbeing wellbeingScale;

    /**
     * The largest of four needs. Needs are never negative, and the bits of non-negative floats
     * order as integers do, so this is an integer max (a conditional move), not Math.max on floats
     * (several instructions for NaN and -0.0 that needs never are) in the loops over everyone.
     */
    static float max(float a, float b, float c, float d) {
        int x = Math.max(Math.max(Float.floatToRawIntBits(a), Float.floatToRawIntBits(b)),
                Math.max(Float.floatToRawIntBits(c), Float.floatToRawIntBits(d)));
        return Float.intBitsToFloat(x);
    }

    // Counts by sign bit, not branch, for the loops over everyone where a test true for one
    // person in ten or twelve would mispredict. Arguments are finite and never -0.0 (needs,
    // hours and levels are non-negative); PopulationBitsTest checks them against plain tests.

    /** 1 if x is above level, else 0: the sign bit of level - x. */
    static int above(double level, double x) { return (int) (Double.doubleToRawLongBits(level - x) >>> 63); }

    /** 1 if x is at or above level, else 0: the sign bit of x - level, flipped. */
    static int atLeast(double x, double level) { return (int) (Double.doubleToRawLongBits(x - level) >>> 63 ^ 1); }

    /** 1 from age 5 (for age at least 0), else 0: the sign bit of 4 - age. */
    static int fiveOrOver(int age) { return (4 - age) >>> 31; }
}
