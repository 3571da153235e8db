package capsim.evidence;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One replication's named counters from each virtual study ({@code study/counter}), and sums
 * over replications (all of them, or all but one for the jackknife).
 */
public record Counts(SortedMap<String, Double> values) {

    public Counts {
        values = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    /** The sum of each counter over the given replications, skipping index {@code leaveOut} (-1: none). */
    public static Counts sum(List<Counts> replications, int leaveOut) {
        SortedMap<String, Double> s = new TreeMap<>();
        for (int r = 0; r < replications.size(); r++) {
            if (r == leaveOut) continue;
            for (Map.Entry<String, Double> e : replications.get(r).values.entrySet()) s.merge(e.getKey(), e.getValue(), Double::sum);
        }
        return new Counts(s);
    }

    /** A counter's value; a counter never incremented is 0. */
    public double get(String key) { return values.getOrDefault(key, 0.0); }

    /** a / b, NaN when b is 0. */
    public double ratio(String a, String b) {
        double d = get(b);
        return d == 0 ? Double.NaN : get(a) / d;
    }
}
