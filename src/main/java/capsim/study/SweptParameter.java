package capsim.study;

import capsim.scenario.ParamSet;
import capsim.scenario.Scenario;

import java.io.Serializable;
import java.util.List;

/**
 * One input a sweep varies: a registry parameter or a run setting ({@code population},
 * {@code years}, {@code burn_in_years}), over a numeric range ({@link Factor}) or a list of
 * choices, applied to the baseline, the scenario or both of a paired sweep.
 */
public record SweptParameter(String name, Kind kind, Factor factor, List<String> choices, AppliesTo appliesTo)
        implements Serializable {

    public enum Kind { NUMBER, INTEGER, BOOLEAN, CHOICE, SETTING }

    public enum AppliesTo { BOTH, SCENARIO, BASELINE }

    public static final List<String> SETTINGS = List.of("population", "years", "burn_in_years");

    /** The value at a unit-interval coordinate: a Double, Long, Boolean or String. */
    public Object value(double unit) {
        return switch (kind) {
            case NUMBER -> factor.value(unit);
            case INTEGER, SETTING -> (long) factor.value(unit);
            case BOOLEAN, CHOICE -> {
                String c = choices.get(Math.min(choices.size() - 1, (int) Math.floor(unit * choices.size())));
                yield kind == Kind.BOOLEAN ? (Object) Boolean.valueOf(c) : c;
            }
        };
    }

    /** Whether a numeric analysis (Sobol, Morris) can use the value as a coordinate. */
    public boolean numeric() { return factor != null; }

    Scenario apply(Scenario s, Object v, boolean isBaseline) {
        if (appliesTo == AppliesTo.SCENARIO && isBaseline) return s;
        if (appliesTo == AppliesTo.BASELINE && !isBaseline) return s;
        if (kind == Kind.SETTING) {
            int n = ((Long) v).intValue();
            return switch (name) {
                case "population" -> s.withPopulation(n);
                case "years" -> s.withYears(n);
                default -> s.withBurnInYears(n);
            };
        }
        ParamSet p = s.params().with(name, v);
        return s.withParams(p);
    }
}
