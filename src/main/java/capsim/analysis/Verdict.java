package capsim.analysis;

/** What the numbers say about a saving (baseline minus scenario), decided only by its interval. */
public enum Verdict {
    /** Every replication's difference was exactly zero. */
    IDENTICAL,
    /** The 95% interval lies wholly above zero. */
    SAVING,
    /** The 95% interval lies wholly below zero: the scenario costs more. */
    EXTRA_COST,
    /** The interval includes zero. */
    NO_CLEAR_DIFFERENCE;

    public static Verdict of(Interval saving) {
        if (saving.exactlyZero()) return IDENTICAL;
        if (saving.n() >= 2 && saving.low() > 0) return SAVING;
        if (saving.n() >= 2 && saving.high() < 0) return EXTRA_COST;
        return NO_CLEAR_DIFFERENCE;
    }

    /** Lower-case name for JSON and CSV. */
    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }
}
