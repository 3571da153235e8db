package capsim.scenario;

import java.util.List;

/**
 * One model parameter as declared in the registry ({@code capsim/parameters.yaml}): its type,
 * default, valid range or allowed values, unit, and where the default comes from (a citation
 * or the word "assumption"), how uncertain that value is ({@link Uncertainty}), and its
 * {@link #label}: a plain name for reports and charts to show a commissioner, to whom the key would mean
 * nothing ("share of practitioners trained" for {@code sba.trained_share}).
 */
public record ParamSpec(String key, Type type, Object defaultValue, Double min, Double max,
                        List<String> values, String unit, String source, String doc, String label, Uncertainty uncertainty) {

    /** A spec whose uncertainty follows {@link Uncertainty#rule}. */
    public ParamSpec(String key, Type type, Object defaultValue, Double min, Double max, List<String> values, String unit,
                     String source, String doc, String label) {
        this(key, type, defaultValue, min, max, values, unit, source, doc, label, null);
    }

    /** A spec without a plain name (an empty label): the registry refuses one, so this is for specs built in code. */
    public ParamSpec(String key, Type type, Object defaultValue, Double min, Double max, List<String> values, String unit,
                     String source, String doc) {
        this(key, type, defaultValue, min, max, values, unit, source, doc, "", null);
    }

    /** The same spec with another uncertainty (null: the rule's). */
    public ParamSpec withUncertainty(Uncertainty u) {
        return new ParamSpec(key, type, defaultValue, min, max, values, unit, source, doc, label, u);
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
