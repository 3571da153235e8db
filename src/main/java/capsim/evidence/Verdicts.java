package capsim.evidence;

/**
 * The verdict of a row: a trial or held-out row is {@code within} when the simulated estimate
 * lies inside the study's 95% interval (or the stated range where the study gives none), else
 * {@code outside}; a bound row is {@code bound_respected} when the simulated estimate lies on the
 * permitted side of the claim, else {@code bound_broken}. A missing end (NaN) is open. A simulated
 * value that could not be computed (NaN: an arm with nobody in it) fails.
 */
public final class Verdicts {
    private Verdicts() {}

    public enum Kind {
        TRIAL("trial"), BOUND("bound"), HELD_OUT("held_out");

        public final String code;

        Kind(String code) { this.code = code; }

        public static Kind of(String code) {
            for (Kind k : values()) if (k.code.equals(code)) return k;
            throw new IllegalArgumentException("kind: expected trial, bound or held_out, got " + code);
        }
    }

    public enum Verdict {
        WITHIN("within"), OUTSIDE("outside"), BOUND_RESPECTED("bound_respected"), BOUND_BROKEN("bound_broken");

        public final String code;

        Verdict(String code) { this.code = code; }

        /** Whether the row passes (within, or bound respected). */
        public boolean passes() { return this == WITHIN || this == BOUND_RESPECTED; }
    }

    public static Verdict of(Kind kind, double low, double high, double simulated) {
        boolean in = !Double.isNaN(simulated) && (Double.isNaN(low) || simulated >= low) && (Double.isNaN(high) || simulated <= high);
        if (kind == Kind.BOUND) return in ? Verdict.BOUND_RESPECTED : Verdict.BOUND_BROKEN;
        return in ? Verdict.WITHIN : Verdict.OUTSIDE;
    }
}
