package capsim.output;

import capsim.analysis.Interval;
import capsim.experiment.RunResult;
import capsim.model.Agency;
import capsim.model.Measures;
import capsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * {@code summary.json}: what a run came to, first across replications (mean, standard deviation
 * and 95% t interval of the mean; the interval is null with one replication), then for each
 * replication. Sections: {@code outcomes} (key results), {@code totals} (each agency's flows
 * summed over the reported years) and {@code years} (each agency's measures per year: flows
 * summed over the year, stocks at its last week). A value missing in some replications (NaN,
 * written null) is left out of the statistics across them, which then say their {@code n}. Keys in a fixed order; nothing in it
 * depends on the clock, the machine or the thread count.
 */
public final class Summary {
    private Summary() {}

    /** A key outcome: its name in summary.json, how it is computed, and from which measures. */
    public record Outcome(String name, String definition, ToDoubleFunction<RunResult> value) {}

    /** The key outcomes, in order. Flows are totals over the reported years; stocks are means over the last year. */
    public static List<Outcome> outcomes() {
        List<Outcome> o = new ArrayList<>();
        o.add(new Outcome("total_cost", "total_cost summed over the reported years (GBP)", r -> r.total("total_cost")));
        o.add(new Outcome("crises", "crises at all agencies, summed over the reported years", r -> {
            double s = 0;
            for (Agency a : Agency.values()) s += r.total(a.code + "_crises");
            return s;
        }));
        for (String m : new String[]{"wellbeing", "unmet_need", "carer_strain", "strengths", "dependency",
                "children_in_need", "child_protection_plans", "children_looked_after", "adults_long_term_support",
                "population", "volunteers", "mean_degree"})
            if (Measures.exists(m)) o.add(new Outcome(m, m + ", mean over the last reported year", r -> lastYearMean(r, m)));
        if (Measures.exists("q1_wellbeing") && Measures.exists("q5_wellbeing"))
            o.add(new Outcome("wellbeing_gap_q5_q1", "q5_wellbeing minus q1_wellbeing, mean over the last reported year",
                    r -> lastYearMean(r, "q5_wellbeing") - lastYearMean(r, "q1_wellbeing")));
        return o;
    }

    public static double lastYearMean(RunResult r, String measure) {
        int from = Math.max(0, r.weeks() - Scenario.WEEKS_PER_YEAR);
        return r.sum(Measures.index(measure), from, r.weeks(), true);   // over the weeks present; NaN over none
    }

    /** Flow measures of each agency, summed in {@code totals}. */
    private static List<String> agencyFlows() {
        List<String> f = new ArrayList<>();
        for (String m : Measures.AGENCY_MEASURES)
            if (Measures.kind(Agency.CSC.code + "_" + m) == Measures.Kind.FLOW) f.add(m);
        return f;
    }

    public static String write(Scenario s, List<RunResult> results) {
        List<Outcome> outcomes = outcomes();
        JsonWriter j = new JsonWriter().beginObject();
        j.field("scenario", s.name()).field("description", s.description());
        j.field("seed", s.seed()).field("population", s.population()).field("years", s.years())
                .field("burn_in_years", s.burnInYears()).field("replications", results.size());
        j.name("definitions").beginObject()
                .field("replication", "0-based; replication i of scenarios with the same seed share random numbers")
                .field("interval", "ci95 is the 95% t interval of the mean across replications (null with one replication)")
                .field("years", "flows summed over the year; stocks (open_cases, waiting) at the year's last week")
                .field("totals", "flows summed over all reported years");
        j.name("outcomes").beginObject();
        for (Outcome o : outcomes) j.field(o.name(), o.definition());
        j.endObject().endObject();

        j.name("across_replications").beginObject();
        j.name("outcomes").beginObject();
        for (Outcome o : outcomes) stats(j.name(o.name()), results, o.value());
        j.endObject();
        j.name("totals").beginObject();
        for (Agency a : Agency.values()) {
            j.name(a.code).beginObject();
            for (String m : agencyFlows()) stats(j.name(m), results, r -> r.total(a.code + "_" + m));
            j.endObject();
        }
        stats(j.name("total_cost"), results, r -> r.total("total_cost"));
        j.endObject();
        j.name("years").beginArray();
        for (int y = 1; y <= s.years(); y++) {
            int year = y;
            j.beginObject().field("year", year);
            j.name("agencies").beginObject();
            for (Agency a : Agency.values()) {
                j.name(a.code).beginObject();
                for (String m : Measures.AGENCY_MEASURES) stats(j.name(m), results, r -> r.yearValue(year, a.code + "_" + m));
                j.endObject();
            }
            j.endObject();
            stats(j.name("total_cost"), results, r -> r.yearValue(year, "total_cost"));
            j.endObject();
        }
        j.endArray();
        j.endObject();

        j.name("replications_detail").beginArray();
        for (RunResult r : results) {
            j.beginObject().field("replication", r.replication()).field("seed", r.seed());
            j.name("outcomes").beginObject();
            for (Outcome o : outcomes) j.field(o.name(), o.value().applyAsDouble(r));
            j.endObject();
            j.name("totals").beginObject();
            for (Agency a : Agency.values()) {
                j.name(a.code).beginObject();
                for (String m : agencyFlows()) j.field(m, r.total(a.code + "_" + m));
                j.endObject();
            }
            j.field("total_cost", r.total("total_cost"));
            j.endObject();
            j.name("years").beginArray();
            for (int y = 1; y <= s.years(); y++) {
                j.beginObject().field("year", y);
                j.name("agencies").beginObject();
                for (Agency a : Agency.values()) {
                    j.name(a.code).beginObject();
                    for (String m : Measures.AGENCY_MEASURES) j.field(m, r.yearValue(y, a.code + "_" + m));
                    j.endObject();
                }
                j.endObject();
                j.field("total_cost", r.yearValue(y, "total_cost"));
                j.endObject();
            }
            j.endArray();
            j.endObject();
        }
        j.endArray();
        return j.endObject().toString();
    }

    /** Mean, standard deviation and 95% interval of a value across replications ({@link Interval}). */
    public record Stats(double mean, double sd, double low, double high) {}

    public static Stats stats(double[] xs) {
        Interval i = Interval.of(xs);
        return new Stats(i.mean(), i.sd(), i.low(), i.high());
    }

    private static void stats(JsonWriter j, List<RunResult> results, ToDoubleFunction<RunResult> f) {
        double[] xs = new double[results.size()];
        for (int i = 0; i < xs.length; i++) xs[i] = f.applyAsDouble(results.get(i));
        Interval i = Interval.of(xs);
        j.beginObject().field("mean", i.mean()).field("sd", i.sd()).name("ci95").inline(i.low(), i.high());
        if (i.n() < xs.length) j.field("n", i.n());   // some replications missing it (a quintile with nobody in it)
        j.endObject();
    }
}
