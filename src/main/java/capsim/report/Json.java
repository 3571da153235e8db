package capsim.report;

import capsim.output.JsonWriter;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps (build them as {@code LinkedHashMap}: keys come out in insertion order),
 * lists, strings, numbers and booleans through the project's deterministic {@link JsonWriter}.
 * A tree is easier to assemble than a stream of calls when sections are built by helpers.
 */
public final class Json {
    private Json() {}

    public static String write(Object value) {
        JsonWriter j = new JsonWriter();
        write(j, value);
        return j.toString();
    }

    private static void write(JsonWriter j, Object v) {
        if (v == null) j.nullValue();
        else if (v instanceof String s) j.value(s);
        else if (v instanceof Boolean b) j.value(b);
        else if (v instanceof Integer || v instanceof Long) j.value(((Number) v).longValue());
        else if (v instanceof Number n) j.value(n.doubleValue());
        else if (v instanceof Map<?, ?> m) {
            j.beginObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                j.name(e.getKey().toString());
                write(j, e.getValue());
            }
            j.endObject();
        } else if (v instanceof List<?> l) {
            j.beginArray();
            for (Object x : l) write(j, x);
            j.endArray();
        } else throw new IllegalArgumentException("not JSON: " + v.getClass());
    }
}
