package capsim.study;

import capsim.experiment.RunResult;
import capsim.model.Measures;

import java.io.Serializable;

/**
 * One output column of a sweep: a model measure or a calibration target, reduced over the
 * run by an aggregation. For a measure: {@code sum} over all reported weeks, {@code mean}
 * weekly value, {@code final} week's value, or {@code per_year} (one column per year: sum for
 * a flow, year-end level for a stock). For a calibration target (a dotted name): {@code mean}
 * over years, {@code final} year, or {@code per_year}.
 *
 * @param year 1-based year for a per-year column, else 0
 */
public record OutputColumn(String column, String source, Aggregation aggregation, int year, boolean target)
        implements Serializable {

    public enum Aggregation {
        SUM, MEAN, FINAL, PER_YEAR;

        public String word() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public double value(RunResult r) {
        int years = r.weeks() / 52;
        if (target) {
            return switch (aggregation) {
                case MEAN -> CalibrationTargets.meanOverYears(source, r);
                case FINAL -> CalibrationTargets.value(source, r, years);
                case PER_YEAR -> CalibrationTargets.value(source, r, year);
                case SUM -> throw new IllegalStateException("sum of a calibration target");
            };
        }
        int c = Measures.index(source);
        return switch (aggregation) {
            case SUM -> r.total(source);
            case MEAN -> r.mean(source);   // over the weeks present: an empty quintile's weeks are missing
            case FINAL -> r.rows()[r.weeks() - 1][c];
            case PER_YEAR -> r.yearValue(year, source);
        };
    }
}
