package capsim.scenario;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable, fully resolved set of parameter values keyed by dotted name
 * ({@code agencies.csc.practitioners}). Values are Double, Long, Boolean or String, already
 * checked against the {@link ParamRegistry}; the typed getters fail loudly on a key the
 * registry does not know, so a typo in model code cannot silently read a default.
 */
public final class ParamSet {
    private final SortedMap<String, Object> values;

    public ParamSet(Map<String, Object> values) {
        this.values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    public SortedMap<String, Object> asMap() { return values; }

    public boolean has(String key) { return values.containsKey(key); }

    public Object get(String key) {
        Object v = values.get(key);
        if (v == null) throw new IllegalArgumentException("unknown parameter: " + key);
        return v;
    }

    public double num(String key) { return ((Number) get(key)).doubleValue(); }

    public int integer(String key) { return ((Number) get(key)).intValue(); }

    public boolean bool(String key) { return (Boolean) get(key); }

    public String str(String key) { return get(key).toString(); }

    /** A copy with one value replaced (the caller has validated it). */
    public ParamSet with(String key, Object value) {
        TreeMap<String, Object> m = new TreeMap<>(values);
        m.put(key, value);
        return new ParamSet(m);
    }

    @Override public boolean equals(Object o) { return o instanceof ParamSet p && p.values.equals(values); }
    @Override public int hashCode() { return values.hashCode(); }
    @Override public String toString() { return values.toString(); }
}
