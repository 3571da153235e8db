package capsim.scenario;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

import java.util.List;
import java.util.Locale;

/**
 * What is not known about a parameter's value: a distribution over [low, high] and where that
 * range comes from ({@code basis}). {@code fixed} means the parameter is never drawn (a choice,
 * a policy lever, a count that is not a claim about the world). Draws go through {@link #quantile},
 * so one uniform number gives the same position in the range for every distribution and both arms
 * of a comparison.
 *
 * <ul>
 * <li>{@code uniform}: flat on [low, high]; {@code mode} is the default's value, unused.</li>
 * <li>{@code triangular}: low, mode, high.</li>
 * <li>{@code beta}: PERT on [low, high] with its peak at mode (shapes 1 + 4 (mode - low) / (high - low) and
 *     1 + 4 (high - mode) / (high - low)).</li>
 * <li>{@code lognormal}: low and high are the 2.5% and 97.5% points (median their geometric mean),
 *     draws clamped to [low, high]; needs 0 &lt; low.</li>
 * </ul>
 */
public record Uncertainty(Dist dist, double low, double mode, double high, String basis) {

    public enum Dist { FIXED, UNIFORM, TRIANGULAR, BETA, LOGNORMAL }

    public static final List<String> NAMES = List.of("fixed", "uniform", "triangular", "beta", "lognormal");

    public static Uncertainty fixed(double value, String basis) { return new Uncertainty(Dist.FIXED, value, value, value, basis); }

    public boolean isFixed() { return dist == Dist.FIXED || low == high; }

    /** The value at cumulative probability {@code u} in [0, 1). */
    public double quantile(double u) {
        if (isFixed()) return mode;
        double w = high - low;
        return switch (dist) {
            case FIXED -> mode;
            case UNIFORM -> low + u * w;
            case TRIANGULAR -> {
                double c = (mode - low) / w;
                yield u < c ? low + Math.sqrt(u * w * (mode - low)) : high - Math.sqrt((1 - u) * w * (high - mode));
            }
            // null generator: only the inverse distribution function is used, and the default one is clock-seeded
            case BETA -> low + w * new BetaDistribution(null, 1 + 4 * (mode - low) / w, 1 + 4 * (high - mode) / w)
                    .inverseCumulativeProbability(u);
            case LOGNORMAL -> {
                double mu = (Math.log(low) + Math.log(high)) / 2, sigma = (Math.log(high) - Math.log(low)) / (2 * 1.959963984540054);
                double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(Math.max(1e-12, Math.min(1 - 1e-12, u)));
                yield Math.max(low, Math.min(high, Math.exp(mu + sigma * z)));
            }
        };
    }

    /** Why these bounds are wrong, or null: low &le; mode &le; high, inside the valid range, and the distribution's own needs. */
    public String problem(Double min, Double max) {
        if (!(Double.isFinite(low) && Double.isFinite(mode) && Double.isFinite(high))) return "finite low, mode and high";
        if (!(low <= mode && mode <= high)) return "low <= mode <= high, got low " + fmt(low) + ", mode " + fmt(mode) + ", high " + fmt(high);
        if (min != null && low < min || max != null && high > max)
            return "low and high inside the valid range [" + (min == null ? "-inf" : fmt(min)) + ", " + (max == null ? "inf" : fmt(max)) + "]";
        if (dist == Dist.LOGNORMAL && !(low > 0)) return "low > 0 for a log-normal";
        if (basis == null || basis.isBlank()) return "a basis: where the range comes from";
        return null;
    }

    /** Short form for tables: {@code triangular(0.4, 0.8, 1)}. */
    public String shortForm() {
        if (isFixed()) return "fixed";
        String name = dist.name().toLowerCase(Locale.ROOT);
        return dist == Dist.UNIFORM || dist == Dist.LOGNORMAL ? name + "(" + fmt(low) + ", " + fmt(high) + ")"
                : name + "(" + fmt(low) + ", " + fmt(mode) + ", " + fmt(high) + ")";
    }

    private static String fmt(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return String.format(Locale.ROOT, "%.6g", d).replaceAll("(\\.\\d*?)0+($|e)", "$1$2").replaceAll("\\.($|e)", "$1");
    }

    /**
     * Whole-number parameters that are not claims about the world, so the rule never draws them
     * (an explicit {@code uncertainty:} entry still can): how long the model runs and warms up
     * (the run settings, the demographic and network spin-up), the price year a cost is quoted
     * in, and the settings of the virtual trials, which are the design of a study run inside
     * the model. Every other whole number (a count of weeks, an age, a size) is a claim and is
     * drawn like a number of its source. A {@code *} stands for any characters.
     */
    public static final List<String> FIXED_COUNTS = List.of(
            "seed", "population", "years", "burn_in_years",               // run settings
            "demography.spin_up_years", "demography.spin_up_network_years", // warm-up length
            "costs.price_year", "costs.*_year",                             // price years
            "trial.*");                                                     // virtual trials' design

    /** Whether a key is one of {@link #FIXED_COUNTS}. */
    public static boolean isFixedCount(String key) {
        for (String pattern : FIXED_COUNTS) if (glob(pattern, key)) return true;
        return false;
    }

    private static boolean glob(String pattern, String key) {
        String[] parts = pattern.split("\\*", -1);
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < parts.length; i++) re.append(i > 0 ? ".*" : "").append(java.util.regex.Pattern.quote(parts[i]));
        return key.matches(re.toString());
    }

    /**
     * The rule for a parameter the file gives no range: how far its default could be off,
     * by where the default comes from. Stated in the basis, so a reader sees it was a rule.
     * A whole number follows the same rule as a number (its draws are rounded to the nearest
     * whole number by {@code ParameterDraws}), except the counts of {@link #FIXED_COUNTS}, and
     * a range too narrow to reach another whole number, which is fixed at the default.
     */
    public static Uncertainty rule(ParamSpec p) {
        boolean integer = p.type() == ParamSpec.Type.INTEGER;
        if (p.type() != ParamSpec.Type.NUMBER && !integer)
            return fixed(0, "rule: a setting or a choice is not drawn");
        double d = ((Number) p.defaultValue()).doubleValue();
        String src = p.source().trim().toLowerCase(Locale.ROOT);
        if (integer && isFixedCount(p.key()))
            return fixed(d, "rule: a count that is not a claim about the world (a run length, a spin-up, a price year or a "
                    + "virtual trial's design) is not drawn (give an explicit range to vary it)");
        if (src.startsWith("scenario") || src.startsWith("run setting"))
            return fixed(d, "rule: a policy lever set by the scenario, not a claim about the world");
        if (d == 0) return fixed(d, "rule: default 0 switches the mechanism off; not drawn (give an explicit range to vary it)");
        double share;
        String why;
        if (src.startsWith("calibrated")) {
            share = 0.2;
            why = "rule: fitted to the England targets (docs/CALIBRATION.md); +-20%, the targets' typical tolerance "
                    + "(capsim calibrate --history-match narrows it)";
        } else if (src.startsWith("assumption")) {
            share = 0.5;
            why = "rule: an assumption, so wide: half to one and a half times the default, within the valid range";
        } else if (src.startsWith("derived")) {
            share = 0.2;
            why = "rule: derived from published figures with crude steps: +-20%";
        } else {
            share = 0.1;
            why = "rule: a cited figure: +-10% for sampling error and price-year conversion";
        }
        double lo = d - share * Math.abs(d), hi = d + share * Math.abs(d);
        if (p.min() != null) lo = Math.max(lo, p.min());
        if (p.max() != null) hi = Math.min(hi, p.max());
        lo = Math.min(lo, d);
        hi = Math.max(hi, d);
        if (integer) {
            // a draw is rounded half up: whole number k is reached from [k - 0.5, k + 0.5)
            if (lo >= d - 0.5 && hi <= d + 0.5)
                return fixed(d, why + "; as a whole number that range rounds to the default, so it is not drawn (give an explicit range to vary it)");
            why += "; drawn to the nearest whole number";
        }
        return new Uncertainty(Dist.TRIANGULAR, lo, d, hi, why);
    }
}
