package capsim.view;

import capsim.model.Agency;
import capsim.model.CommunityModel;
import capsim.model.Measures;

import java.util.ArrayList;
import java.util.List;

/**
 * The stocks and flows a live view shows, week by week: each agency's cost per 10,000 people on a
 * chart of its own, unmet need, wellbeing, carer strain and community places, as charts of named measures (columns of
 * {@link Measures}). Each series says whether it is a FLOW (counted over the week) or a STOCK
 * (a level at the week's end); {@link #readings} gives their values from one week's row.
 */
public final class LiveMeasures {
    private LiveMeasures() {}

    /** One line of a chart: a measure, its label and kind, its column in a week's row, and whether it is shown per 10,000 people. */
    public record Series(String measure, String label, Measures.Kind kind, int column, boolean perTenThousand) {
        /** The value shown from one week's row: per 10,000 people when so marked, so agencies of different sizes can be read. */
        public double value(double[] row) {
            if (!perTenThousand) return row[column];
            double people = row[POPULATION];
            return people > 0 ? row[column] * 10_000 / people : 0;
        }
    }

    private static final int POPULATION = Measures.index("population");

    /** One chart: a title, a y-axis label and its series. */
    public record Chart(String title, String yLabel, List<Series> series) {
        /** This chart's values from one week's row, in series order. */
        public double[] values(double[] row) {
            double[] v = new double[series.size()];
            for (int m = 0; m < v.length; m++) v[m] = series.get(m).value(row);
            return v;
        }
    }

    /** A series' value in one week. */
    public record Reading(String measure, String label, Measures.Kind kind, double value) {}

    /** A week's readings: {@code week} is 1-based after burn-in, 0 or below during it. */
    public record Week(int week, List<Reading> readings) {}

    private static final List<Chart> CHARTS = build();

    private static List<Chart> build() {
        // one small chart per agency, per 10,000 people: on one shared axis primary care's contacts and the
        // acute hospital's costs flatten every other agency's line to zero
        List<Chart> out = new ArrayList<>();
        for (Agency a : Agency.values())
            out.add(chart(a.label + ": cost a week per 10,000 people", "£ per 10,000", true, new String[]{a.code + "_cost"}, new String[]{a.code}));
        out.add(chart("Unmet need (share of people)", "unmet need", false, new String[]{"unmet_need"}, new String[]{"unmet need"}));
        out.add(chart("Wellbeing (mean, score 14 to 70)", "wellbeing", false, new String[]{"wellbeing"}, new String[]{"wellbeing"}));
        out.add(chart("Carer strain (mean, 0 to 1)", "strain", false, new String[]{"carer_strain"}, new String[]{"carer strain"}));
        out.add(chart("Community places", "places", false, new String[]{"places_filled", "places"}, new String[]{"filled", "available"}));
        return List.copyOf(out);
    }

    private static Chart chart(String title, String yLabel, boolean perTenThousand, String[] measures, String[] labels) {
        List<Series> s = new ArrayList<>();
        for (int m = 0; m < measures.length; m++)
            s.add(new Series(measures[m], labels[m], Measures.kind(measures[m]), Measures.index(measures[m]), perTenThousand));
        return new Chart(title, yLabel, List.copyOf(s));
    }

    /** The charts of a live view, in display order. */
    public static List<Chart> charts() { return CHARTS; }

    /** Every series of every chart with its value in a week's row, in display order. */
    public static List<Reading> readings(double[] row) {
        List<Reading> r = new ArrayList<>();
        for (Chart c : CHARTS)
            for (Series s : c.series()) r.add(new Reading(s.measure(), s.label(), s.kind(), s.value(row)));
        return r;
    }

    /** A running model's most recent week. */
    public static Week latest(CommunityModel model) { return new Week(model.reportedWeek(), readings(model.lastRow())); }
}
