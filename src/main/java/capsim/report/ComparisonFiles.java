package capsim.report;

import capsim.output.Numbers;
import capsim.analysis.Interval;
import capsim.analysis.PairedComparison;
import capsim.analysis.PairedComparison.Change;
import capsim.analysis.PairedComparison.Delta;
import capsim.analysis.ParameterDifferences;
import capsim.analysis.ParameterDifferences.Difference;
import capsim.model.Agency;
import capsim.model.Measures;
import capsim.scenario.Scenario;
import capsim.study.Decomposition;
import capsim.study.ProbabilisticAnswer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison's data files: {@code deltas.csv}, {@code who-invests-who-saves.csv} and
 * {@code summary.json}. Column and key names carry the sign convention: a change is scenario
 * minus baseline, a saving is baseline minus scenario. Fixed row and key order and
 * {@link Numbers#data} numbers make them byte-identical for the same inputs.
 */
public final class ComparisonFiles {
    private ComparisonFiles() {}

    public static final String SIGN_CONVENTION = "change = scenario minus baseline (a positive cost change is extra spending, "
            + "a negative one a saving); saving = baseline minus scenario (positive when the scenario is cheaper)";

    /** Per agency (and all), measure and year: both means and the paired change with its 95% interval. */
    public static String deltasCsv(PairedComparison c) {
        StringBuilder sb = new StringBuilder("agency,measure,year,unit,baseline_mean,scenario_mean,"
                + "change_scenario_minus_baseline,change_ci95_low,change_ci95_high,change_sd,replications\n");
        for (Delta d : c.deltas()) {
            sb.append(d.group()).append(',').append(d.measure()).append(',').append(d.year() == 0 ? "all" : Integer.toString(d.year()))
                    .append(',').append(unit(d.measure(), d.year())).append(',')
                    .append(Numbers.data(d.baseline().mean())).append(',').append(Numbers.data(d.scenario().mean())).append(',')
                    .append(Numbers.data(d.change().mean())).append(',').append(Numbers.data(d.change().low())).append(',')
                    .append(Numbers.data(d.change().high())).append(',').append(Numbers.data(d.change().sd())).append(',')
                    .append(d.change().n()).append('\n');
        }
        return sb.toString();
    }

    static String unit(String measure, int year) {
        return switch (measure) {
            case "cost" -> year == 0 ? "GBP over horizon" : "GBP per year";
            case "open_cases" -> year == 0 ? "cases (mean weekly level)" : "cases at year end";
            default -> year == 0 ? "count over horizon" : "count per year";
        };
    }

    /** Agency x year net cost change, with the role each budget plays. */
    public static String whoInvestsWhoSavesCsv(PairedComparison c) {
        StringBuilder sb = new StringBuilder("agency,year,net_cost_change_gbp_scenario_minus_baseline,ci95_low,ci95_high,"
                + "role_invests_if_positive_saves_if_negative\n");
        for (String g : PairedComparison.groups())
            for (int y = 1; y <= c.years() + 1; y++) {
                int year = y > c.years() ? 0 : y; // the horizon total last
                Interval ch = c.delta(g, "cost", year).change();
                sb.append(g).append(',').append(year == 0 ? "all" : Integer.toString(year)).append(',')
                        .append(Numbers.data(ch.mean())).append(',').append(Numbers.data(ch.low())).append(',')
                        .append(Numbers.data(ch.high())).append(',').append(Words.role(ch).replace(' ', '_')).append('\n');
            }
        return sb.toString();
    }

    /** Settings that are not part of a scenario, recorded for tracing. */
    public record Settings(String capsimVersion, double discountRate) {}

    public static String summaryJson(PairedComparison c, List<Difference> differences, Settings settings) {
        return summaryJson(c, differences, settings, null);
    }

    /** @param uncertain the parameter uncertainty (adds {@code probability_of_net_saving} and {@code uncertainty}), or null */
    public static String summaryJson(PairedComparison c, List<Difference> differences, Settings settings, ProbabilisticAnswer uncertain) {
        return summaryJson(c, differences, settings, uncertain, null);
    }

    /** @param decomposition the saving by practice mechanism (adds {@code decomposition} and {@code decomposition.csv}), or null */
    public static String summaryJson(PairedComparison c, List<Difference> differences, Settings settings, ProbabilisticAnswer uncertain,
                                     Decomposition decomposition) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("capsim_version", settings.capsimVersion());
        m.put("question", new Words(c, differences, uncertain).question());
        m.put("baseline", scenario(c.baseline()));
        m.put("scenario", scenario(c.scenario()));
        m.put("seed", c.baseline().seed());
        m.put("replications", c.replications());
        m.put("population", c.baseline().population());
        m.put("years", c.years());
        m.put("burn_in_years", c.baseline().burnInYears());
        m.put("common_random_numbers", c.commonRandomNumbers());
        m.put("confidence_level", Interval.LEVEL);
        m.put("sign_convention", SIGN_CONVENTION);
        m.put("verdict", c.verdict().code());
        if (uncertain != null) m.put("probability_of_net_saving", uncertain.net().probability());
        m.put("answer", new Words(c, differences, uncertain).answer());
        Map<String, Object> total = new LinkedHashMap<>();
        Delta all = c.delta(PairedComparison.ALL, "cost", 0);
        total.put("baseline_mean_gbp", all.baseline().mean());
        total.put("scenario_mean_gbp", all.scenario().mean());
        m.put("total_cost_over_horizon", total);
        m.put("net_cost_change_gbp", interval(c.netCostChange()));
        m.put("net_saving_gbp", interval(c.netSaving()));
        Map<String, Object> npv = new LinkedHashMap<>();
        npv.put("discount_rate", c.discountRate());
        npv.put("method", "sum over years t = 1..Y of the year's saving / (1 + rate)^(t - 1): the first year undiscounted");
        npv.putAll(interval(c.npvSaving()));
        m.put("npv_net_saving_gbp", npv);
        m.put("break_even", breakEven(c));
        if (uncertain != null) m.put("uncertainty", UncertaintyReport.summary(uncertain));
        if (decomposition != null) m.put("decomposition", DecompositionReport.summary(decomposition));
        List<Object> agencies = new ArrayList<>();
        for (Agency a : Agency.values()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("agency", a.code);
            am.put("label", a.label);
            Interval ch = c.delta(a.code, "cost", 0).change();
            am.put("role", Words.role(ch));
            am.put("net_cost_change_gbp", interval(ch));
            agencies.add(am);
        }
        m.put("agencies", agencies);
        m.put("asc_by_age", ascByAge(c));
        m.put("investment_within_agency_costs", changes(c.investment(), "over the horizon"));
        m.put("unpaid_care_value_outside_budgets", changes(List.of(c.unpaidCare()),
                "over the horizon, GBP at replacement cost; not in total cost: a rise is cost shifted onto families and friends"));
        m.put("societal_view", societal(c));
        Map<String, Object> unserved = new LinkedHashMap<>();
        unserved.put("measure", "adults assessed eligible and not given support that week, total over the horizon (mean of replications)");
        unserved.put("baseline", c.access().get(0).baseline().mean());
        unserved.put("scenario", c.access().get(0).scenario().mean());
        m.put("eligible_unserved", unserved);
        m.put("access_to_adult_social_care", changes(c.access(),
                "over the horizon: totals of flows (eligible unserved, withdrawals), mean weekly levels of stocks (waiting, reviews overdue)"));
        m.put("outcomes_final_year", changes(c.finalYearOutcomes(), "mean weekly level in the final year"));
        m.put("outcomes_horizon", changes(c.horizonOutcomes(), "mean weekly level over the horizon"));
        m.put("deprivation_gap", gaps(c));
        List<Object> diffs = new ArrayList<>();
        for (Difference d : differences) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("key", d.key());
            dm.put("baseline", d.baselineValue() == null ? null : d.baselineValue().toString());
            dm.put("scenario", d.scenarioValue() == null ? null : d.scenarioValue().toString());
            dm.put("unit", d.unit());
            dm.put("source", d.source());
            dm.put("relative_change_of_range", d.relativeChange());
            diffs.add(dm);
        }
        m.put("parameters_that_differ", diffs);
        List<Object> atWork = new ArrayList<>();
        for (Difference d : ParameterDifferences.putToWork(c.baseline(), c.scenario())) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("key", d.key());
            dm.put("value", String.valueOf(d.scenarioValue()));
            dm.put("unit", d.unit());
            dm.put("source", d.source());
            atWork.add(dm);
        }
        m.put("parameters_put_to_work_by_the_switch", atWork);
        m.put("outputs", outputs(uncertain != null, decomposition != null));
        return Json.write(m);
    }

    /** Adult social care's cost change by the person's age, shaped as an agency's entry. */
    private static Map<String, Object> ascByAge(PairedComparison c) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int k = 0; k < PairedComparison.ASC_BY_AGE.size(); k++) {
            Interval ch = c.ascByAge().get(k).change();
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("label", Words.ascAgeLabel(k));
            am.put("role", Words.role(ch));
            am.put("net_cost_change_gbp", interval(ch));
            out.put(Measures.ASC_AGES[k], am);
        }
        return out;
    }

    /** Keys of {@code societal_view}'s parts, in {@link PairedComparison#SOCIETAL} order. */
    public static final List<String> SOCIETAL_KEYS = List.of("budgets", "unpaid_care", "carers_lost_earnings", "total");

    /** The budgets' change, unpaid care, carers' lost earnings and their sum, each paired by replication. */
    private static Map<String, Object> societal(PairedComparison c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("definition", "over the horizon, GBP; change = scenario minus baseline: the budgets (total cost, Carer's Allowance "
                + "included), unpaid care at replacement cost, earnings carers lose to caring, and their sum, each replication's sum "
                + "paired like every other change; a saving to the budgets that shifts care onto families is smaller here, or a cost");
        for (int k = 0; k < SOCIETAL_KEYS.size(); k++) {
            Change ch = c.societal().get(k);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("measure", ch.measure());
            e.put("baseline_mean", ch.baseline().mean());
            e.put("scenario_mean", ch.scenario().mean());
            e.put("change", interval(ch.change()));
            out.put(SOCIETAL_KEYS.get(k), e);
        }
        return out;
    }

    /** The files a comparison writes, in the order listed everywhere. */
    public static List<String> outputs(boolean draws, boolean decomposition) {
        List<String> o = new ArrayList<>(List.of("deltas.csv", "who-invests-who-saves.csv", "summary.json"));
        if (draws) o.add("draws.csv");
        if (decomposition) o.add("decomposition.csv");
        o.addAll(List.of("charts/", "report.html", "baseline/", "scenario/", "manifest.json"));
        return List.copyOf(o);
    }

    private static Map<String, Object> scenario(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("description", s.description());
        m.put("file", s.source() == null ? null : s.source().getFileName().toString());
        return m;
    }

    static Map<String, Object> interval(Interval i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", i.mean());
        m.put("ci95_low", i.low());
        m.put("ci95_high", i.high());
        m.put("sd", i.sd());
        m.put("n", i.n());
        return m;
    }

    private static Map<String, Object> breakEven(PairedComparison c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("definition", "the first year from whose end the cumulative saving (baseline minus scenario) stays above zero "
                + "to the end of the horizon; never = not within the horizon");
        m.put("by_replication", c.breakEvenYears().stream().map(y -> y == 0 ? (Object) "never" : (Object) y).toList());
        List<Object> dist = new ArrayList<>();
        for (int y = 1; y <= c.years(); y++) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("year", y);
            d.put("share", c.breakEvenShare(y));
            dist.add(d);
        }
        m.put("distribution", dist);
        m.put("share_never", c.breakEvenShare(0));
        int med = c.medianBreakEvenYear();
        m.put("median_year", med == 0 ? "never" : (Object) med);
        List<Object> cum = new ArrayList<>();
        for (int y = 1; y <= c.years(); y++) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("year", y);
            d.putAll(interval(c.cumulativeSaving().get(y)));
            cum.add(d);
        }
        m.put("cumulative_saving_gbp", cum);
        return m;
    }

    private static List<Object> changes(List<Change> cs, String period) {
        List<Object> out = new ArrayList<>();
        for (Change ch : cs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("measure", ch.measure());
            m.put("period", period);
            m.put("baseline_mean", ch.baseline().mean());
            m.put("scenario_mean", ch.scenario().mean());
            m.put("change", interval(ch.change()));
            out.add(m);
        }
        return out;
    }

    private static List<Object> gaps(PairedComparison c) {
        List<Object> out = new ArrayList<>();
        for (Change g : c.deprivationGaps()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("measure", g.measure());
            m.put("definition", "most deprived quintile (q1) minus least deprived (q5), final year");
            m.put("baseline_gap", g.baseline().mean());
            m.put("scenario_gap", g.scenario().mean());
            m.put("change_in_gap", interval(g.change()));
            out.add(m);
        }
        return out;
    }
}
