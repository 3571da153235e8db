package capsim.model;

import java.util.Arrays;

/**
 * The people, stored as parallel arrays indexed by slot (struct of arrays, so weekly loops
 * over 250,000 people stay in cache). A slot freed by a death or a move is reused by a birth
 * or a newcomer; {@code id} is unique over the run and keys the counter-based draws.
 */
public final class Population implements java.io.Serializable {
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
    /** The strengths a person arrived with, to which gains and losses fade back (people.strengths_fade). */
    float[] usualStrengths;
    float[] givenAvg;
    /** Share of need this week's informal help covers (crisis.informal_protection times hours received over hours asked). */
    float[] informalCover;
    /** Hours a week a person could give, and what is left of them as the week's asks are met (float: the walk over ties reads spare at random). */
    float[] capacity, spare;
    int[] asset;
    boolean[] volunteer;
    byte[] lastPathway;    // of the last handled contact: 0 none, then Services.DEFICIT, STRENGTHS or CUTS (1, 2, 3)
    int[] lastCrisis;
    int[] lastCscReferral, lastReablement;
    /** Per-agency case state; meaning by agency (see Services). 0 = no case. */
    byte[][] caseState = new byte[Agency.values().length][];
    int[][] caseSince = new int[Agency.values().length][];
    /** Bit per agency: on its waiting list. */
    int[] waiting;
    /**
     * A lifelong condition ({@link Conditions}: 0 none, else the primary one) and the need it
     * keeps in the health (daily living) and mental domains whatever recovery does: recovery
     * takes need down toward these floors, never below them (strengths lower them a little).
     */
    byte[] condition;
    float[] lifelongHealth, lifelongMental;
    /** Sex recorded at birth (true: female), fixed for life: births are to mothers, and work and caring differ by sex. */
    boolean[] female;
    /** The partner's slot if the person lives in a couple, else NO_PARTNER (FamilyLife keeps it; the relayout remaps it). */
    int[] partner;
    /** A child living with relatives or friends, not a parent: one of {@link KinshipCare}'s arrangements (0 none). */
    byte[] kinship;
    /**
     * In work (people 16-64; false outside those ages), and out of work because of caring: left
     * work, or did not enter it, for caring 20+ real hours (Carers). Read by no mechanism but
     * the carers' measures and Carer's Allowance.
     */
    boolean[] employed, outForCare;
    /** The week an adult's long-term support is next due for review (NO_REVIEW: none pending), and when it was last reviewed. */
    int[] reviewDue, lastReview;
    private int[] freeSlots = new int[64];
    private int freeCount;

    Population(int capacity) { columns(new Allocate(capacity)); }

    /**
     * Every per-person column, listed once with the value a new person starts from: allocation,
     * growth and the reset of a reused slot all go through this list, so a column cannot be
     * missed in one of them. {@code reused = false}: identity columns the caller sets.
     */
    private void columns(Columns c) {
        live = c.bools(live, false, false);
        id = c.longs(id, 0, false);
        age = c.ints(age, 0, false);
        household = c.ints(household, 0, false);
        hood = c.ints(hood, 0, false);
        for (int d = 0; d < 4; d++) need[d] = c.floats(need[d], 0);
        strengths = c.floats(strengths, 0);
        usualStrengths = c.floats(usualStrengths, 0);
        dependency = c.floats(dependency, 0);
        strain = c.floats(strain, 0);
        support = c.floats(support, 0);
        mobilised = c.floats(mobilised, 0);
        givenAvg = c.floats(givenAvg, 0);
        informalCover = c.floats(informalCover, 0);
        capacity = c.floats(capacity, 0);
        spare = c.floats(spare, 0);
        asset = c.ints(asset, NO_ASSET, true);
        volunteer = c.bools(volunteer, false, true);
        lastPathway = c.bytes(lastPathway, (byte) 0);
        lastCrisis = c.ints(lastCrisis, LONG_AGO, true);
        lastCscReferral = c.ints(lastCscReferral, LONG_AGO, true);
        lastReablement = c.ints(lastReablement, LONG_AGO, true);
        for (int a = 0; a < caseState.length; a++) {
            caseState[a] = c.bytes(caseState[a], (byte) 0);
            caseSince[a] = c.ints(caseSince[a], 0, true);
        }
        waiting = c.ints(waiting, 0, true);
        reviewDue = c.ints(reviewDue, NO_REVIEW, true);
        lastReview = c.ints(lastReview, LONG_AGO, true);
        condition = c.bytes(condition, (byte) 0);
        lifelongHealth = c.floats(lifelongHealth, 0);
        lifelongMental = c.floats(lifelongMental, 0);
        female = c.bools(female, false, true);
        partner = c.ints(partner, NO_PARTNER, true);
        kinship = c.bytes(kinship, (byte) 0);
        employed = c.bools(employed, false, true);
        outForCare = c.bools(outForCare, false, true);
    }

    static final int NO_PARTNER = -1;

    /** reviewDue of a person with no review pending. */
    static final int NO_REVIEW = Integer.MIN_VALUE;

    /** A week long before the run, so "weeks since" tests never fire for someone new. */
    private static final int LONG_AGO = Integer.MIN_VALUE / 2;

    /** What {@link #columns} does to each column: make it, grow it or reset one slot; returns the column. */
    private interface Columns {
        boolean[] bools(boolean[] a, boolean fresh, boolean reused);
        long[] longs(long[] a, long fresh, boolean reused);
        int[] ints(int[] a, int fresh, boolean reused);
        float[] floats(float[] a, float fresh);
        byte[] bytes(byte[] a, byte fresh);
    }

    /** New columns of n slots, each holding its fresh value. */
    private record Allocate(int n) implements Columns {
        public boolean[] bools(boolean[] a, boolean fresh, boolean reused) { boolean[] b = new boolean[n]; Arrays.fill(b, fresh); return b; }
        public long[] longs(long[] a, long fresh, boolean reused) { long[] b = new long[n]; Arrays.fill(b, fresh); return b; }
        public int[] ints(int[] a, int fresh, boolean reused) { int[] b = new int[n]; Arrays.fill(b, fresh); return b; }
        public float[] floats(float[] a, float fresh) { float[] b = new float[n]; Arrays.fill(b, fresh); return b; }
        public byte[] bytes(byte[] a, byte fresh) { byte[] b = new byte[n]; Arrays.fill(b, fresh); return b; }
    }

    /** The columns grown to n slots, the new ones holding their fresh value. */
    private record Grow(int n) implements Columns {
        public boolean[] bools(boolean[] a, boolean fresh, boolean reused) { int o = a.length; a = Arrays.copyOf(a, n); Arrays.fill(a, o, n, fresh); return a; }
        public long[] longs(long[] a, long fresh, boolean reused) { int o = a.length; a = Arrays.copyOf(a, n); Arrays.fill(a, o, n, fresh); return a; }
        public int[] ints(int[] a, int fresh, boolean reused) { int o = a.length; a = Arrays.copyOf(a, n); Arrays.fill(a, o, n, fresh); return a; }
        public float[] floats(float[] a, float fresh) { int o = a.length; a = Arrays.copyOf(a, n); Arrays.fill(a, o, n, fresh); return a; }
        public byte[] bytes(byte[] a, byte fresh) { int o = a.length; a = Arrays.copyOf(a, n); Arrays.fill(a, o, n, fresh); return a; }
    }

    /** Slot i back to its fresh values, for a new person (identity columns are set by the caller). */
    private record Reset(int i) implements Columns {
        public boolean[] bools(boolean[] a, boolean fresh, boolean reused) { if (reused) a[i] = fresh; return a; }
        public long[] longs(long[] a, long fresh, boolean reused) { if (reused) a[i] = fresh; return a; }
        public int[] ints(int[] a, int fresh, boolean reused) { if (reused) a[i] = fresh; return a; }
        public float[] floats(float[] a, float fresh) { a[i] = fresh; return a; }
        public byte[] bytes(byte[] a, byte fresh) { a[i] = fresh; return a; }
    }

    /** Slot k takes what slot from[k] held; slots past from.length are fresh. */
    private record Permute(int[] from) implements Columns {
        public boolean[] bools(boolean[] a, boolean fresh, boolean reused) { boolean[] b = new boolean[a.length]; Arrays.fill(b, fresh); for (int k = 0; k < from.length; k++) b[k] = a[from[k]]; return b; }
        public long[] longs(long[] a, long fresh, boolean reused) { long[] b = new long[a.length]; Arrays.fill(b, fresh); for (int k = 0; k < from.length; k++) b[k] = a[from[k]]; return b; }
        public int[] ints(int[] a, int fresh, boolean reused) { int[] b = new int[a.length]; Arrays.fill(b, fresh); for (int k = 0; k < from.length; k++) b[k] = a[from[k]]; return b; }
        public float[] floats(float[] a, float fresh) { float[] b = new float[a.length]; Arrays.fill(b, fresh); for (int k = 0; k < from.length; k++) b[k] = a[from[k]]; return b; }
        public byte[] bytes(byte[] a, byte fresh) { byte[] b = new byte[a.length]; Arrays.fill(b, fresh); for (int k = 0; k < from.length; k++) b[k] = a[from[k]]; return b; }
    }

    /**
     * Moves everyone to new slots: slot k takes the person in slot {@code from[k]}, which lists
     * every live slot once; no slot is left free. The caller remaps anything that holds slots.
     */
    void permute(int[] from) {
        columns(new Permute(from));
        size = from.length;
        freeCount = 0;
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

    private void reset(int i) { columns(new Reset(i)); }

    private void grow() { columns(new Grow(live.length * 3 / 2 + 16)); }

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
    /** Slots in use, the bound of a loop over people; some may be dead: check {@link #alive(int)}. */
    public int slots() { return size; }
    /** People alive. */
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
    /** Pathway of the last contact: 0 never handled, 1 deficit, 2 strengths-based, 3 the strengths-based label used to cut (sba-as-cuts). */
    public int lastPathway(int i) { return lastPathway[i]; }
    public int caseState(int i, Agency a) { return caseState[a.ordinal()][i]; }
    /** The person's lifelong condition, one of {@link Conditions}' codes (0 none). */
    public int condition(int i) { return condition[i]; }
    public boolean female(int i) { return female[i]; }
    /** The partner's slot, or -1. */
    public int partner(int i) { return partner[i]; }
    /** The child's kinship arrangement ({@link KinshipCare}: 0 none). */
    public int kinship(int i) { return kinship[i]; }
    public boolean employed(int i) { return employed[i]; }
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

    /** The larger of two non-negative floats, as {@link #max(float, float, float, float)} does it. */
    static float max(float a, float b) {
        return Float.intBitsToFloat(Math.max(Float.floatToRawIntBits(a), Float.floatToRawIntBits(b)));
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
