package capsim.study;

import capsim.analysis.ParameterDifferences;
import capsim.model.Seeds;
import capsim.scenario.ParamRegistry;
import capsim.scenario.ParamSet;
import capsim.scenario.ParamSpec;
import capsim.scenario.Scenario;
import capsim.scenario.Uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Parameter sets drawn for a probabilistic comparison: draw {@code i} sets each drawn parameter
 * from its registry {@link Uncertainty} at a uniform number keyed by (seed, i, parameter key)
 * alone, so a draw does not depend on which other parameters are drawn, on threads or on order;
 * and, with a {@link PlausibleSet}, takes the values of one of its rows (the row also keyed by
 * seed and i). Both arms of a draw get the same position in each parameter's range: where an
 * arm sets its own value the distribution is moved to it (scaled by value / mode, or shifted
 * when the mode is 0), so the arms differ only as their files say. A whole-number parameter's
 * draw is rounded to the nearest whole number (half up) after clamping to its valid range, and
 * handed to the {@link ParamSet} as a {@code Long}, as the registry's own integer values are.
 */
public final class ParameterDraws {
    /** Which registry parameters are drawn. */
    public enum Scope { NONE, EFFECTS, ALL }

    private final Scope scope;
    private final List<String> keys;
    private final PlausibleSet plausible;
    private final long seed;

    private ParameterDraws(Scope scope, List<String> keys, PlausibleSet plausible, long seed) {
        this.scope = scope;
        this.keys = List.copyOf(keys);
        this.plausible = plausible;
        this.seed = seed;
    }

    /**
     * {@code EFFECTS}: the numeric parameters that shape the scenario's effect: those on which the
     * two files differ (not policy levers) and those the pathway switch puts to work; {@code ALL}:
     * every parameter whose uncertainty is not fixed; {@code NONE}: none. Parameters a plausible
     * set supplies are left to it.
     */
    public static ParameterDraws of(Scope scope, Scenario baseline, Scenario scenario, PlausibleSet plausible, long seed) {
        return of(scope, baseline, scenario, plausible, seed, java.util.Set.of());
    }

    /** As above, never drawing the keys in {@code held}: values the user set (--set) are kept as set, not drawn over. */
    public static ParameterDraws of(Scope scope, Scenario baseline, Scenario scenario, PlausibleSet plausible, long seed,
                                    java.util.Set<String> held) {
        ParamRegistry reg = ParamRegistry.get();
        TreeSet<String> ks = new TreeSet<>();
        if (scope == Scope.ALL) ks.addAll(reg.specs().keySet());
        if (scope == Scope.EFFECTS) {
            for (ParameterDifferences.Difference d : ParameterDifferences.between(baseline, scenario))
                if (!d.isLever()) ks.add(d.key());
            for (ParameterDifferences.Difference d : ParameterDifferences.putToWork(baseline, scenario)) ks.add(d.key());
        }
        List<String> out = new ArrayList<>();
        for (String k : ks) {
            ParamSpec p = reg.spec(k);
            if (p == null || p.uncertainty().isFixed() || held.contains(k)) continue;
            if (p.type() != ParamSpec.Type.NUMBER && p.type() != ParamSpec.Type.INTEGER) continue;
            if (plausible != null && plausible.columns().contains(k)) continue;
            out.add(k);
        }
        return new ParameterDraws(scope, out, plausible, seed);
    }

    /** The seed draws are keyed to (the baseline's). */
    public long seed() { return seed; }

    /** Registry parameters drawn from their ranges, sorted. */
    public List<String> keys() { return keys; }

    public PlausibleSet plausible() { return plausible; }

    /** Nothing is drawn: every replication runs at the scenarios' own values. */
    public boolean isEmpty() { return keys.isEmpty() && plausible == null; }

    /** Column names of {@link #row}: the drawn keys, then the plausible set's parameters. */
    public List<String> columns() {
        List<String> c = new ArrayList<>(keys);
        if (plausible != null) c.addAll(plausible.columns());
        return c;
    }

    /** The uniform number of draw {@code i} for a parameter (or for the plausible row, key "#row"). */
    public double u(int draw, String key) {
        long z = Seeds.mix(Seeds.mix(seed ^ 0x7DA9_5E11_D2A3_0C4BL) + draw * 0x9E3779B97F4A7C15L + fnv(key) * 0xD1B54A32D192ED03L);
        return (z >>> 11) * 0x1.0p-53;
    }

    /** Stable 64-bit hash of a key (FNV-1a), so draws do not depend on the JVM. */
    static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) { h ^= s.charAt(i); h *= 0x100000001b3L; }
        return h;
    }

    /** Row of the plausible set draw {@code i} uses, or -1 without one. */
    public int plausibleRow(int draw) {
        return plausible == null ? -1 : Math.min(plausible.size() - 1, (int) (u(draw, "#row") * plausible.size()));
    }

    /**
     * What draw {@code i} is, for the drivers analysis: the uniform position of each drawn
     * parameter (monotone in its value), then the plausible row's values.
     */
    public double[] row(int draw) {
        List<String> cols = columns();
        double[] r = new double[cols.size()];
        for (int j = 0; j < keys.size(); j++) r[j] = u(draw, keys.get(j));
        int pr = plausibleRow(draw);
        for (int j = keys.size(); j < cols.size(); j++) r[j] = plausible.value(pr, j - keys.size());
        return r;
    }

    /** One arm with draw {@code i} applied. */
    public Scenario apply(Scenario arm, int draw) {
        if (isEmpty()) return arm;
        ParamRegistry reg = ParamRegistry.get();
        ParamSet ps = arm.params();
        for (String k : keys) ps = ps.with(k, value(reg.spec(k), ps.get(k), u(draw, k)));
        if (plausible != null) {
            int pr = plausibleRow(draw);
            for (int j = 0; j < plausible.columns().size(); j++) {
                ParamSpec p = reg.spec(plausible.columns().get(j));
                ps = ps.with(p.key(), typed(p, clamp(p, plausible.value(pr, j))));
            }
        }
        return arm.withParams(ps);
    }

    /** The value at position {@code u} of the parameter's range, moved to the arm's own value where it has one. */
    static Object value(ParamSpec p, Object armValue, double u) {
        Uncertainty unc = p.uncertainty();
        double q = unc.quantile(u), own = ((Number) armValue).doubleValue(), def = ((Number) p.defaultValue()).doubleValue();
        double v;
        if (own == def) v = q;
        else if (unc.mode() != 0 && own / unc.mode() > 0) v = q * own / unc.mode();
        else v = q + (own - unc.mode());
        return typed(p, clamp(p, v));
    }

    private static double clamp(ParamSpec p, double v) {
        if (p.min() != null) v = Math.max(p.min(), v);
        if (p.max() != null) v = Math.min(p.max(), v);
        return v;
    }

    /** An INTEGER parameter's value as the registry holds it (a Long, rounded half up; its range's bounds are whole). */
    private static Object typed(ParamSpec p, double v) {
        return p.type() == ParamSpec.Type.INTEGER ? (Object) Long.valueOf(Math.round(v)) : (Object) v;
    }

    /** Plain words for reports: what was drawn. */
    public String describe() {
        if (isEmpty()) return "no parameters drawn: chance alone";
        List<String> parts = new ArrayList<>();
        if (!keys.isEmpty())
            parts.add(String.format(Locale.ROOT, "%d uncertain assumption%s, each drawn from its documented range (%s)", keys.size(),
                    keys.size() == 1 ? "" : "s", scope == Scope.ALL ? "every parameter whose value is not fixed"
                            : "those on which the two scenarios differ, and those only the scenario's practice uses"));
        if (plausible != null)
            parts.add(String.format(Locale.ROOT, "%d parameter%s taken together from a row of %s (%d parameter sets history matching did not rule out)",
                    plausible.columns().size(), plausible.columns().size() == 1 ? "" : "s", plausible.name(), plausible.size()));
        return String.join("; ", parts);
    }
}
