package capsim.analysis;

import capsim.scenario.ParamRegistry;
import capsim.scenario.ParamSpec;
import capsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The parameters on which two scenarios differ: with common random numbers, these are the only
 * cause of any difference between the paired runs, so they are the assumptions that drive the
 * result. Ranked by the size of the change relative to the parameter's valid range (a switch
 * between choices counts as the whole range), then by key.
 *
 * <p>A pathway switch also puts to work parameters that are the same in both files but read
 * only on the strengths-based pathway (the {@code sba} section, the switched agencies'
 * conversation and short-term support, social prescribing): {@link #putToWork} lists those.
 */
public final class ParameterDifferences {
    private ParameterDifferences() {}

    /**
     * @param relativeChange |scenario - baseline| / (max - min) for a number with a finite range,
     *        1 for a switch or a choice, NaN when no range is declared
     */
    public record Difference(String key, Object baselineValue, Object scenarioValue, String unit, String source,
                             String doc, double relativeChange) {
        /** The registry gives no citation for this value. */
        public boolean isAssumption() { return source.trim().toLowerCase(java.util.Locale.ROOT).startsWith("assumption"); }

        /** A policy lever set by the scenario (registry source "scenario"), not a claim about the world. */
        public boolean isLever() { return source.trim().toLowerCase(java.util.Locale.ROOT).startsWith("scenario"); }
    }

    public static List<Difference> between(Scenario baseline, Scenario scenario) {
        Map<String, Object> b = baseline.params().asMap(), s = scenario.params().asMap();
        TreeSet<String> keys = new TreeSet<>(b.keySet());
        keys.addAll(s.keySet());
        List<Difference> out = new ArrayList<>();
        ParamRegistry registry = ParamRegistry.get();
        for (String k : keys) {
            Object bv = b.get(k), sv = s.get(k);
            if (Objects.equals(bv, sv)) continue;
            ParamSpec spec = registry.spec(k);
            String unit = spec == null ? "" : spec.unit();
            String source = spec == null ? "not in the parameter registry" : spec.source();
            String doc = spec == null ? "" : spec.doc();
            out.add(new Difference(k, bv, sv, unit, source, doc, relative(spec, bv, sv)));
        }
        out.sort(Comparator.comparingDouble((Difference d) -> Double.isNaN(d.relativeChange()) ? -1 : d.relativeChange())
                .reversed().thenComparing(Difference::key));
        return List.copyOf(out);
    }

    /**
     * Parameters with the same value in both scenarios that only the scenario's strengths-based
     * pathway reads, because it switches at least one agency to that pathway (or to "SBA as
     * cuts") and the baseline does not. Assumptions first, then by key; relative change NaN.
     */
    public static List<Difference> putToWork(Scenario baseline, Scenario scenario) {
        Map<String, Object> b = baseline.params().asMap(), s = scenario.params().asMap();
        List<String> switched = new ArrayList<>();
        for (String k : s.keySet())
            if (k.startsWith("agencies.") && k.endsWith(".pathway") && "strengths".equals(String.valueOf(s.get(k)))
                    && !"strengths".equals(String.valueOf(b.get(k))))
                switched.add(k.substring("agencies.".length(), k.length() - ".pathway".length()));
        boolean cuts = Boolean.TRUE.equals(s.get("sba.as_cuts")) && !Boolean.TRUE.equals(b.get("sba.as_cuts"));
        if (switched.isEmpty() && !cuts) return List.of();
        boolean scenarioCuts = Boolean.TRUE.equals(s.get("sba.as_cuts"));
        TreeSet<String> keys = new TreeSet<>();
        for (String k : s.keySet()) {
            if (k.startsWith("sba.") && !k.equals("sba.as_cuts") && (scenarioCuts || !k.startsWith("sba.cuts_"))) keys.add(k);
            for (String a : switched)
                if (k.equals("agencies." + a + ".conversation_hours") || k.startsWith("agencies." + a + ".short_term_")
                        || (a.equals("gp") && (k.equals("agencies.gp.social_prescribing") || k.equals("costs.social_prescribing_person_year"))))
                    keys.add(k);
        }
        List<Difference> out = new ArrayList<>();
        ParamRegistry registry = ParamRegistry.get();
        for (String k : keys) {
            if (!Objects.equals(b.get(k), s.get(k))) continue; // already among the differences
            ParamSpec spec = registry.spec(k);
            if (spec == null) continue;
            out.add(new Difference(k, b.get(k), s.get(k), spec.unit(), spec.source(), spec.doc(), Double.NaN));
        }
        out.sort(Comparator.comparing((Difference d) -> !d.isAssumption()).thenComparing(Difference::key));
        return List.copyOf(out);
    }

    /**
     * Whether a parameter is the practice or a policy lever, which a fair comparison may change:
     * a lever the scenario sets (registry source "scenario"), a pathway, the practice's own
     * parameters (the {@code sba} section, conversations, short-term support, social
     * prescribing), investment, the eligibility regime and thresholds, a virtual trial's design.
     * Anything else (the place, its people, networks and assets, the services' capacity) is not:
     * a comparison that differs there mixes place with practice.
     */
    public static boolean isPracticeOrPolicy(String key, String source) {
        if (source != null && source.trim().toLowerCase(java.util.Locale.ROOT).startsWith("scenario")) return true;
        return key.startsWith("sba.") || key.startsWith("investment.") || key.startsWith("eligibility.") || key.startsWith("trial.")
                || key.endsWith(".pathway") || key.endsWith(".conversation_hours") || key.contains(".short_term_")
                || key.equals("agencies.gp.social_prescribing") || key.endsWith(".threshold") || key.endsWith("_threshold");
    }

    /** The differences beyond practice and policy (the place, people, networks, assets, capacity): empty for a fair comparison. */
    public static List<Difference> beyondPractice(Scenario baseline, Scenario scenario) {
        List<Difference> out = new ArrayList<>();
        for (Difference d : between(baseline, scenario)) if (!isPracticeOrPolicy(d.key(), d.source())) out.add(d);
        return List.copyOf(out);
    }

    /**
     * Among {@code candidates}, the fair baseline for {@code scenario}: a scenario on the deficit
     * pathway everywhere (no agency strengths-based, not SBA as cuts) that differs from it in
     * practice and policy only, the one with fewest differences (then by name); null if none.
     */
    public static Scenario fairBaseline(Scenario scenario, List<Scenario> candidates) {
        Scenario best = null;
        int fewest = Integer.MAX_VALUE;
        for (Scenario b : candidates) {
            if (b.name().equals(scenario.name()) || !deficitEverywhere(b) || !beyondPractice(b, scenario).isEmpty()) continue;
            int n = between(b, scenario).size();
            if (n < fewest || (n == fewest && b.name().compareTo(best.name()) < 0)) { best = b; fewest = n; }
        }
        return best;
    }

    /**
     * Why nothing in {@code s} reads {@code key}, or null when something may: the practice's
     * parameters ({@code sba.*}, an agency's strengths-based conversation) with no agency on the
     * strengths-based pathway (nor SBA as cuts), the cuts' own with SBA as cuts off, a virtual
     * trial's with no trial. A warning for {@code --set}, not an error: the value is still set.
     */
    public static String unread(Scenario s, String key) {
        Map<String, Object> p = s.params().asMap();
        boolean cuts = Boolean.TRUE.equals(p.get("sba.as_cuts"));
        if (key.startsWith("sba.cuts_") && !cuts) return "sba.as_cuts is false";
        if (key.startsWith("sba.") && !key.equals("sba.as_cuts") && deficitEverywhere(s)) return "no agency is on the strengths-based pathway";
        if (key.startsWith("agencies.") && key.endsWith(".conversation_hours")) {
            String agency = key.substring("agencies.".length(), key.length() - ".conversation_hours".length());
            if (!"strengths".equals(String.valueOf(p.get("agencies." + agency + ".pathway"))) && !cuts)
                return agency + " is not on the strengths-based pathway";
        }
        if (key.startsWith("trial.") && !key.equals("trial.design") && "none".equals(String.valueOf(p.get("trial.design"))))
            return "trial.design is none";
        return null;
    }

    /** No agency on the strengths-based pathway and not SBA as cuts: a baseline of today's practice. */
    public static boolean deficitEverywhere(Scenario s) {
        for (Map.Entry<String, Object> e : s.params().asMap().entrySet())
            if (e.getKey().endsWith(".pathway") && "strengths".equals(String.valueOf(e.getValue()))) return false;
        return !Boolean.TRUE.equals(s.params().asMap().get("sba.as_cuts"));
    }

    private static double relative(ParamSpec spec, Object bv, Object sv) {
        if (!(bv instanceof Number bn) || !(sv instanceof Number sn)) return 1.0;
        if (spec == null || spec.min() == null || spec.max() == null || spec.max() <= spec.min()) return Double.NaN;
        return Math.abs(sn.doubleValue() - bn.doubleValue()) / (spec.max() - spec.min());
    }
}
