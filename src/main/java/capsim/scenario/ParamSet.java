package capsim.scenario;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable, fully resolved set of parameter values keyed by dotted name
 * ({@code agencies.csc.practitioners}). Values are Double, Long, Boolean or String, already
 * checked against the {@link ParamRegistry}; the typed getters fail loudly on a key the
 * registry does not know, so a typo in model code cannot silently read a default.
 *
 * <p>A set made by {@link #recordingReads} also adds each key read through {@link #get} (and so
 * the typed getters) to a set, for tests that check every registered key is read and every key
 * read is registered. The model reads its parameters when it is built, not each week, so the
 * one null check per read costs nothing that matters.
 */
public final class ParamSet {
    private final SortedMap<String, Object> values;
    /** Where reads are recorded, or null (the usual case). */
    private final Set<String> reads;

    public ParamSet(Map<String, Object> values) {
        this.values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
        this.reads = null;
    }

    private ParamSet(SortedMap<String, Object> values, Set<String> reads) {
        this.values = values;
        this.reads = reads;
    }

    /**
     * The same values, with every key read through {@link #get} (the typed getters included,
     * also in copies made by {@link #with}) added to {@code reads}, which must be safe for the
     * threads that read. {@link #has} and {@link #asMap} are not recorded.
     */
    public ParamSet recordingReads(Set<String> reads) { return new ParamSet(values, reads); }

    public SortedMap<String, Object> asMap() { return values; }

    public boolean has(String key) { return values.containsKey(key); }

    public Object get(String key) {
        Object v = values.get(key);
        if (v == null) throw new IllegalArgumentException("unknown parameter: " + key);
        if (reads != null) reads.add(key);
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
        return reads == null ? new ParamSet(m) : new ParamSet(m).recordingReads(reads);
    }

    @Override public boolean equals(Object o) { return o instanceof ParamSet p && p.values.equals(values); }
    @Override public int hashCode() { return values.hashCode(); }
    @Override public String toString() { return values.toString(); }
}
