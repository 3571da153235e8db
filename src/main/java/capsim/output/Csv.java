package capsim.output;

/** CSV fields for sweep, sensitivity and calibration files: numbers round-trip exactly and never depend on the machine. */
public final class Csv {
    private Csv() {}

    /** A number as every capsim file writes it ({@link Numbers#format}): exact, plain, locale-free. */
    public static String num(double d) { return Numbers.format(d); }

    public static String value(Object v) {
        if (v instanceof Double d) return num(d);
        if (v instanceof Float f) return num(f);
        return field(String.valueOf(v));
    }

    public static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Splits a line written by this class (quoted fields allowed). */
    public static java.util.List<String> split(String line) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { b.append('"'); i++; }
                else if (c == '"') quoted = false;
                else b.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { out.add(b.toString()); b.setLength(0); }
            else b.append(c);
        }
        out.add(b.toString());
        return out;
    }
}
