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

    private static double relative(ParamSpec spec, Object bv, Object sv) {
        if (!(bv instanceof Number bn) || !(sv instanceof Number sn)) return 1.0;
        if (spec == null || spec.min() == null || spec.max() == null || spec.max() <= spec.min()) return Double.NaN;
        return Math.abs(sn.doubleValue() - bn.doubleValue()) / (spec.max() - spec.min());
    }
}
