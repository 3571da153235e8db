package capsim.model;

import capsim.scenario.ParamSet;

/**
 * Lifelong conditions: who has one, from when, and the need it keeps. A learning disability
 * and autism are present from birth; a physical disability, a serious mental illness and a
 * sensory impairment start in life, with prevalence rising linearly in age between the life
 * stages' midpoints (9, 41, 80). Each person has one keyed draw per condition, so whether they
 * have it at an age is fixed by their id (the same in both arms, and the same each time it is
 * asked): onset is the birthday their age's prevalence passes their draw. The severity, the
 * mean need it keeps (exponential over people), is drawn the same way. A person may hold more
 * than one; the first in code order is the primary one, and each domain keeps the largest.
 * Recovery never takes need below what a condition keeps, less what strengths relieve
 * ({@link Recovery}, {@code conditions.strengths_relief}).
 *
 * <p>The codes are those of {@link Population#condition}; each names the primary support reason
 * adult social care records for a long-term client with it (NHS England ASC-FR). A person
 * without a condition whose support is for frailty or illness is recorded as "physical".
 */
public final class Conditions implements java.io.Serializable {
    public static final byte NONE = 0, LEARNING_DISABILITY = 1, AUTISM = 2, PHYSICAL = 3, MENTAL_ILLNESS = 4, SENSORY = 5;
    /** Parameter and column names, by code. */
    public static final String[] NAMES = {"none", "learning_disability", "autism", "physical_disability", "serious_mental_illness", "sensory_impairment"};
    public static final int COUNT = NAMES.length;
    /** Primary support reasons, in column order (ASC-FR's names, shortened). */
    public static final String[] REASONS = {"physical", "learning_disability", "mental_health", "sensory"};

    /** The index in {@link #REASONS} of a condition's primary support reason. */
    public static int reasonOf(int condition) {
        return switch (condition) {
            case LEARNING_DISABILITY, AUTISM -> 1;
            case MENTAL_ILLNESS -> 2;
            case SENSORY -> 3;
            default -> 0;
        };
    }

    /** Conditions present from birth: their prevalence is the same at every age a person is drawn. */
    private static final boolean[] FROM_BIRTH = {false, true, true, false, false, false};
    /** Ages at which the child, adult and older prevalences hold. */
    private static final int[] MIDPOINTS = {9, 41, 80};

    private final boolean enabled;
    /** Prevalence by condition and age (0..129), and mean need kept in health and mental. */
    private final double[][] prevalence = new double[COUNT][130];
    private final double[] health = new double[COUNT], mental = new double[COUNT];

    /** The parameters, named only here (SettingsTest checks no other read); by code, index 0 unused. */
    record Settings(boolean enabled, double[][] prevalenceByStage, double[] health, double[] mental) {
        static Settings read(ParamSet p) {
            double[][] prev = new double[COUNT][3];
            double[] h = new double[COUNT], mh = new double[COUNT];
            for (int c = 1; c < COUNT; c++) {
                String k = "conditions." + NAMES[c] + ".";
                if (FROM_BIRTH[c]) java.util.Arrays.fill(prev[c], p.num(k + "prevalence"));
                else {
                    prev[c][0] = p.num(k + "prevalence_child");
                    prev[c][1] = p.num(k + "prevalence_adult");
                    prev[c][2] = p.num(k + "prevalence_older");
                }
                h[c] = p.num(k + "health_need");
                mh[c] = c == PHYSICAL || c == SENSORY ? 0 : p.num(k + "mental_need");
            }
            return new Settings(p.bool("conditions.enabled"), prev, h, mh);
        }
    }

    Conditions(Settings c) {
        enabled = c.enabled();
        for (int k = 1; k < COUNT; k++) {
            double[] st = c.prevalenceByStage()[k];
            for (int a = 0; a < 130; a++) prevalence[k][a] = prevalenceAt(st, a);
            health[k] = c.health()[k];
            mental[k] = c.mental()[k];
        }
    }

    /** Prevalence at an age: the stage values at the midpoints, linear between them, flat outside. */
    static double prevalenceAt(double[] byStage, int age) {
        if (age <= MIDPOINTS[0]) return byStage[0];
        if (age >= MIDPOINTS[2]) return byStage[2];
        int s = age < MIDPOINTS[1] ? 0 : 1;
        double t = (age - MIDPOINTS[s]) / (double) (MIDPOINTS[s + 1] - MIDPOINTS[s]);
        return byStage[s] + t * (byStage[s + 1] - byStage[s]);
    }

    /**
     * Sets person i's condition and the need it keeps for their age now, from their id's draws.
     * Returns whether anything changed (a new onset or, rarely, a condition of a newcomer).
     */
    boolean assign(Population pop, int i, Rng rng) {
        byte primary = NONE;
        float h = 0, mh = 0;
        if (enabled) {
            Rng.Draws d = rng.draws(Rng.CONDITION, 0, pop.id[i]);
            int age = Math.min(pop.age[i], 129);
            for (int c = 1; c < COUNT; c++) {
                double has = d.next(), severity = -Math.log(1 - d.next());  // both drawn for every condition: the sequence stays fixed
                if (has >= prevalence[c][age]) continue;
                if (primary == NONE) primary = (byte) c;
                h = Math.max(h, (float) Math.min(0.95, health[c] * severity));
                mh = Math.max(mh, (float) Math.min(0.95, mental[c] * severity));
            }
        }
        boolean changed = pop.condition[i] != primary || pop.lifelongHealth[i] != h || pop.lifelongMental[i] != mh;
        pop.condition[i] = primary;
        pop.lifelongHealth[i] = h;
        pop.lifelongMental[i] = mh;
        return changed;
    }
}
