package capsim.scenario;

import java.util.List;

/**
 * One model parameter as declared in the registry ({@code capsim/parameters.yaml}): its type,
 * default, valid range or allowed values, unit, and where the default comes from (a citation
 * or the word "assumption"), and how uncertain that value is ({@link Uncertainty}).
 */
public record ParamSpec(String key, Type type, Object defaultValue, Double min, Double max,
                        List<String> values, String unit, String source, String doc, Uncertainty uncertainty) {

    /** A spec whose uncertainty follows {@link Uncertainty#rule}. */
    public ParamSpec(String key, Type type, Object defaultValue, Double min, Double max, List<String> values, String unit,
                     String source, String doc) {
        this(key, type, defaultValue, min, max, values, unit, source, doc, null);
    }

    /** The declared uncertainty, or the rule's for this spec. */
    @Override public Uncertainty uncertainty() { return uncertainty != null ? uncertainty : Uncertainty.rule(this); }

    /** The uncertainty given in the file, or null. */
    Uncertainty declared() { return uncertainty; }

    public enum Type { NUMBER, INTEGER, BOOLEAN, ENUM }

    /** Human description of what a valid value looks like, for error messages. */
    public String expected() {
        return switch (type) {
            case NUMBER -> "a number" + range();
            case INTEGER -> "a whole number" + range();
            case BOOLEAN -> "true or false";
            case ENUM -> "one of " + String.join(", ", values);
        };
    }

    private String range() {
        if (min == null && max == null) return "";
        return " in [" + (min == null ? "-inf" : Literals.compact(min)) + ", " + (max == null ? "inf" : Literals.compact(max)) + "]";
    }

}
