package capsim.study;

import java.io.Serializable;

/**
 * A swept input: a parameter name and the interval it varies over. Maps a unit-interval
 * coordinate to a value, linearly or on a log scale, rounded for whole-number parameters.
 *
 * @param name     a registry key or a run setting such as {@code population}
 * @param integer  round values to whole numbers
 * @param log      interpolate on a log scale (min must be positive)
 */
public record Factor(String name, double min, double max, boolean integer, boolean log) implements Serializable {

    public Factor {
        if (!(min <= max)) throw new IllegalArgumentException(name + ": range min must not exceed max");
        if (log && min <= 0) throw new IllegalArgumentException(name + ": a log-scale range must be positive");
    }

    public static Factor linear(String name, double min, double max) { return new Factor(name, min, max, false, false); }

    public double value(double unit) {
        double v = log ? Math.exp(Math.log(min) + unit * (Math.log(max) - Math.log(min))) : min + unit * (max - min);
        if (integer) v = Math.rint(v);
        return Math.max(min, Math.min(max, v));
    }
}
