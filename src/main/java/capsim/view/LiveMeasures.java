package capsim.view;

import capsim.model.Agency;
import capsim.model.CommunityModel;
import capsim.model.Measures;

import java.util.ArrayList;
import java.util.List;

/**
 * The stocks and flows a live view shows, week by week: demand and cost per agency, unmet need,
 * wellbeing, carer strain and community places, as charts of named measures (columns of
 * {@link Measures}). Each series says whether it is a FLOW (counted over the week) or a STOCK
 * (a level at the week's end); {@link #readings} gives their values from one week's row.
 */
public final class LiveMeasures {
    private LiveMeasures() {}

    /** One line of a chart: a measure, its label and kind, and its column in a week's row. */
    public record Series(String measure, String label, Measures.Kind kind, int column) {}

    /** One chart: a title, a y-axis label and its series. */
    public record Chart(String title, String yLabel, List<Series> series) {
        /** This chart's values from one week's row, in series order. */
        public double[] values(double[] row) {
            double[] v = new double[series.size()];
            for (int m = 0; m < v.length; m++) v[m] = row[series.get(m).column()];
            return v;
        }
    }

    /** A series' value in one week. */
    public record Reading(String measure, String label, Measures.Kind kind, double value) {}

    /** A week's readings: {@code week} is 1-based after burn-in, 0 or below during it. */
    public record Week(int week, List<Reading> readings) {}

    private static final List<Chart> CHARTS = build();

    private static List<Chart> build() {
        Agency[] ag = Agency.values();
        String[] contacts = new String[ag.length], costs = new String[ag.length], labels = new String[ag.length];
        for (int k = 0; k < ag.length; k++) {
            contacts[k] = ag[k].code + "_contacts";
            costs[k] = ag[k].code + "_cost";
            labels[k] = ag[k].code;
        }
        return List.of(
                chart("Demand: contacts a week, by agency", "contacts", contacts, labels),
                chart("Cost a week, by agency", "£", costs, labels),
                chart("Unmet need", "unmet need", new String[]{"unmet_need"}, new String[]{"unmet need"}),
                chart("Wellbeing (mean, 14..70)", "wellbeing", new String[]{"wellbeing"}, new String[]{"wellbeing"}),
                chart("Carer strain (mean)", "strain", new String[]{"carer_strain"}, new String[]{"carer strain"}),
                chart("Community places", "places", new String[]{"places_filled", "places"}, new String[]{"filled", "available"}));
    }

    private static Chart chart(String title, String yLabel, String[] measures, String[] labels) {
        List<Series> s = new ArrayList<>();
        for (int m = 0; m < measures.length; m++)
            s.add(new Series(measures[m], labels[m], Measures.kind(measures[m]), Measures.index(measures[m])));
        return new Chart(title, yLabel, List.copyOf(s));
    }

    /** The charts of a live view, in display order. */
    public static List<Chart> charts() { return CHARTS; }

    /** Every series of every chart with its value in a week's row, in display order. */
    public static List<Reading> readings(double[] row) {
        List<Reading> r = new ArrayList<>();
        for (Chart c : CHARTS)
            for (Series s : c.series()) r.add(new Reading(s.measure(), s.label(), s.kind(), row[s.column()]));
        return r;
    }

    /** A running model's most recent week. */
    public static Week latest(CommunityModel model) { return new Week(model.reportedWeek(), readings(model.lastRow())); }
}
