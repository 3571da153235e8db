package capsim.output;

import capsim.scenario.Literals;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small deterministic JSON writer: keys come out in the order written, numbers through
 * {@link Numbers} (NaN and infinities become null), two-space indentation, a final newline.
 * Build a document with {@code beginObject/name/value/endObject}; {@link #toString()} is the text.
 */
public final class JsonWriter {
    private final StringBuilder b = new StringBuilder();
    private final Deque<int[]> counts = new ArrayDeque<>();   // values written at each open level
    private boolean afterName;

    public JsonWriter beginObject() { open('{'); return this; }

    public JsonWriter endObject() { close('}'); return this; }

    public JsonWriter beginArray() { open('['); return this; }

    public JsonWriter endArray() { close(']'); return this; }

    public JsonWriter name(String name) {
        separate();
        quote(name);
        b.append(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(String s) {
        separate();
        if (s == null) b.append("null"); else quote(s);
        return this;
    }

    public JsonWriter value(double x) {
        separate();
        if (Double.isFinite(x)) Numbers.append(b, x); else b.append("null");
        return this;
    }

    public JsonWriter value(long x) { separate(); b.append(x); return this; }

    public JsonWriter value(boolean x) { separate(); b.append(x); return this; }

    public JsonWriter nullValue() { separate(); b.append("null"); return this; }

    /** A short array of numbers on one line, e.g. an interval. */
    public JsonWriter inline(double... xs) {
        separate();
        b.append('[');
        for (int i = 0; i < xs.length; i++) {
            if (i > 0) b.append(", ");
            if (Double.isFinite(xs[i])) Numbers.append(b, xs[i]); else b.append("null");
        }
        b.append(']');
        return this;
    }

    public JsonWriter field(String name, String v) { return name(name).value(v); }

    public JsonWriter field(String name, double v) { return name(name).value(v); }

    public JsonWriter field(String name, long v) { return name(name).value(v); }

    @Override public String toString() {
        if (!counts.isEmpty()) throw new IllegalStateException("unclosed JSON object or array");
        return b + "\n";
    }

    private void open(char c) {
        separate();
        b.append(c);
        counts.push(new int[1]);
    }

    private void close(char c) {
        int n = counts.pop()[0];
        if (n > 0) newline();
        b.append(c);
    }

    /** Comma and newline before a value or name, unless it follows its name. */
    private void separate() {
        if (afterName) { afterName = false; return; }
        if (counts.isEmpty()) return;
        int[] n = counts.peek();
        if (n[0]++ > 0) b.append(',');
        newline();
    }

    private void newline() {
        b.append('\n');
        for (int i = 0; i < counts.size(); i++) b.append("  ");
    }

    private void quote(String s) { b.append(quoted(s)); }

    /** A JSON string literal ({@link Literals#quoted}). */
    public static String quoted(String s) { return Literals.quoted(s); }
}
