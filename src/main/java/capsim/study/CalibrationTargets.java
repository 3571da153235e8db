package capsim.study;

import capsim.experiment.RunResult;
import capsim.model.Measures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each calibration target (the dotted names of {@code calibration-targets-england.yaml})
 * is computed from a run's weekly measures, for one reported year. Rates per 10,000 divide by
 * the year's mean of the {@code children} column (children's services) or of
 * {@code adults + older} (adult services); "at 31 March" figures use the year's last week.
 * This is the single definition used by {@code capsim calibrate}, by sweep outputs named
 * after a target, and by docs/CALIBRATION.md ({@link #describe}).
 */
public final class CalibrationTargets {
    private CalibrationTargets() {}

    @FunctionalInterface
    public interface YearMeasure { double value(RunResult run, int year); }

    /** A target's name, its formula in words, and the computation. */
    public record Definition(String name, String formula, YearMeasure measure) {}

    private static final Map<String, Definition> DEFS = new LinkedHashMap<>();

    static {
        String csc = "childrens_social_care.", asc = "adult_social_care.";
        def(csc + "referrals_per_10k_children_per_year", "sum of csc_referrals over the year / mean children x 10,000",
                (r, y) -> per10k(r.yearSum(y, "csc_referrals"), yearMean(r, y, "children")));
        def(csc + "re_referral_within_12_months_share", "csc_re_referrals / csc_referrals, summed over the year",
                (r, y) -> share(r.yearSum(y, "csc_re_referrals"), r.yearSum(y, "csc_referrals")));
        def(csc + "children_in_need_per_10k_at_31_march", "children_in_need / children at the year's last week x 10,000",
                (r, y) -> per10k(r.yearEnd(y, "children_in_need"), r.yearEnd(y, "children")));
        def(csc + "child_protection_plans_per_10k_at_31_march", "child_protection_plans / children at the year's last week x 10,000",
                (r, y) -> per10k(r.yearEnd(y, "child_protection_plans"), r.yearEnd(y, "children")));
        def(csc + "children_looked_after_per_10k_at_31_march", "children_looked_after / children at the year's last week x 10,000",
                (r, y) -> per10k(r.yearEnd(y, "children_looked_after"), r.yearEnd(y, "children")));
        def(csc + "no_further_action_or_not_in_need_share_of_referrals", "csc_no_further_action / csc_referrals, summed over the year",
                (r, y) -> share(r.yearSum(y, "csc_no_further_action"), r.yearSum(y, "csc_referrals")));
        def(asc + "requests_from_new_clients_per_10k_adults_per_year", "sum of asc_contacts over the year / mean (adults + older) x 10,000",
                (r, y) -> per10k(r.yearSum(y, "asc_contacts"), adultsMean(r, y)));
        def(asc + "long_term_support_during_year_per_10k_adults",
                "(adults_long_term_support at the start of the year + asc_long_term_starts over the year) / mean (adults + older) x 10,000",
                (r, y) -> per10k(startOfYear(r, y, "adults_long_term_support") + r.yearSum(y, "asc_long_term_starts"), adultsMean(r, y)));
        def(asc + "long_term_support_at_31_march_per_10k_adults", "adults_long_term_support / (adults + older) at the year's last week x 10,000",
                (r, y) -> per10k(r.yearEnd(y, "adults_long_term_support"), r.yearEnd(y, "adults") + r.yearEnd(y, "older")));
        def(asc + "reablement_episodes_per_10k_adults_per_year", "sum of asc_reablement_starts over the year / mean (adults + older) x 10,000",
                (r, y) -> per10k(r.yearSum(y, "asc_reablement_starts"), adultsMean(r, y)));
        def(asc + "long_term_clients_12m_reviewed_share",
                "asc_long_term_12m_reviewed / asc_long_term_12m at the year's last week (held 12 months or more, reviewed in the last 12)",
                (r, y) -> share(r.yearEnd(y, "asc_long_term_12m_reviewed"), r.yearEnd(y, "asc_long_term_12m")));
        def(asc + "overdue_reviews_per_10k_adults", "asc_overdue_reviews / (adults + older) at the year's last week x 10,000",
                (r, y) -> per10k(r.yearEnd(y, "asc_overdue_reviews"), r.yearEnd(y, "adults") + r.yearEnd(y, "older")));
        def(asc + "people_waiting_for_assessment_per_10k_adults", "asc_waiting / (adults + older) at the year's last week x 10,000",
                (r, y) -> per10k(r.yearEnd(y, "asc_waiting"), r.yearEnd(y, "adults") + r.yearEnd(y, "older")));
        def(asc + "new_long_term_clients_per_10k_adults_per_year", "sum of asc_long_term_starts over the year / mean (adults + older) x 10,000",
                (r, y) -> per10k(r.yearSum(y, "asc_long_term_starts"), adultsMean(r, y)));
        // by age band (issue 19): people in long-term support during the year per 10,000 of their own age band
        def(asc + "long_term_support_during_year_per_10k_18_64",
                "(asc_lts_18_64 at the start of the year + asc_long_term_starts_18_64 over the year) / mean population_18_64 x 10,000",
                (r, y) -> duringYear(r, y, "18_64"));
        def(asc + "long_term_support_during_year_per_10k_65_plus",
                "(asc_lts_65_plus at the start of the year + asc_long_term_starts_65_plus over the year) / mean population_65_plus x 10,000",
                (r, y) -> duringYear(r, y, "65_plus"));
        def(asc + "long_term_support_per_head_65_plus_against_18_64",
                "the 65+ rate of long-term support during the year over the 18-64 rate (the two targets above)",
                (r, y) -> { double a = duringYear(r, y, "18_64"); return a <= 0 ? 0 : duringYear(r, y, "65_plus") / a; });
        // households and kinship care (issue 20): household measures are counted once a year, when households change
        String hh = "households.";
        def(hh + "adults_in_a_couple_share", "adults_in_couples / residents_18_plus at the year's last week (people in care homes left out)",
                (r, y) -> share(r.yearEnd(y, "adults_in_couples"), r.yearEnd(y, "residents_18_plus")));
        def(hh + "mean_household_size", "household_residents / households at the year's last week",
                (r, y) -> share(r.yearEnd(y, "household_residents"), r.yearEnd(y, "households")));
        def(hh + "living_alone_65_plus_share", "living_alone_65_plus / residents_65_plus at the year's last week",
                (r, y) -> share(r.yearEnd(y, "living_alone_65_plus"), r.yearEnd(y, "residents_65_plus")));
        def(hh + "living_alone_85_plus_share", "living_alone_85_plus / residents_85_plus at the year's last week (people in care homes left out)",
                (r, y) -> share(r.yearEnd(y, "living_alone_85_plus"), r.yearEnd(y, "residents_85_plus")));
        def(hh + "living_with_parents_20_24_share", "with_parents_20_24 / population_20_24 at the year's last week (someone 16 or more years older at home)",
                (r, y) -> share(r.yearEnd(y, "with_parents_20_24"), r.yearEnd(y, "population_20_24")));
        def("families.kinship_care_children_per_10k", "kinship_care_children / children at the year's last week x 10,000",
                (r, y) -> per10k(r.yearEnd(y, "kinship_care_children"), r.yearEnd(y, "children")));
        def(csc + "special_guardianship_orders_per_10k_children_per_year", "sum of special_guardianship_orders over the year / mean children x 10,000",
                (r, y) -> per10k(r.yearSum(y, "special_guardianship_orders"), yearMean(r, y, "children")));
        def(csc + "children_in_new_care_proceedings_per_10k_per_year", "sum of care_proceedings over the year / mean children x 10,000",
                (r, y) -> per10k(r.yearSum(y, "care_proceedings"), yearMean(r, y, "children")));
        def("carers.unpaid_carers_share_aged_5_plus", "carers / population at the year's last week (whole population stands in for those aged 5+)",
                (r, y) -> share(r.yearEnd(y, "carers"), r.yearEnd(y, "population")));
        // issue 20: carers by hours a week (the model-to-real hours mapping, carers.model_hours_20 and _50, is set to
        // these two: they check that mapping, not the model), by sex; and employment 16-64
        def("carers.carers_20_49_hours_share_aged_5_plus", "carers_20_49_hours / population at the year's last week",
                (r, y) -> share(r.yearEnd(y, "carers_20_49_hours"), r.yearEnd(y, "population")));
        def("carers.carers_50_plus_hours_share_aged_5_plus", "carers_50_plus_hours / population at the year's last week",
                (r, y) -> share(r.yearEnd(y, "carers_50_plus_hours"), r.yearEnd(y, "population")));
        def("carers.female_share_of_carers", "carers_female / carers at the year's last week",
                (r, y) -> share(r.yearEnd(y, "carers_female"), r.yearEnd(y, "carers")));
        def("employment.employment_rate_16_64", "employed_16_64 / population_16_64 at the year's last week",
                (r, y) -> share(r.yearEnd(y, "employed_16_64"), r.yearEnd(y, "population_16_64")));
    }

    private static void def(String name, String formula, YearMeasure m) { DEFS.put(name, new Definition(name, formula, m)); }

    public static boolean known(String name) { return DEFS.containsKey(name); }

    public static Definition get(String name) {
        Definition d = DEFS.get(name);
        if (d == null) throw new IllegalArgumentException("no simulated measure for calibration target " + name);
        return d;
    }

    public static List<Definition> all() { return Collections.unmodifiableList(new ArrayList<>(DEFS.values())); }

    /** The target's value in a 1-based reported year of a run. */
    public static double value(String name, RunResult run, int year) { return get(name).measure().value(run, year); }

    /** The target averaged over every reported year of a run. */
    public static double meanOverYears(String name, RunResult run) {
        int years = run.weeks() / 52;
        double s = 0;
        for (int y = 1; y <= years; y++) s += value(name, run, y);
        return s / years;
    }

    /** A Markdown table of every target and its formula, for docs/CALIBRATION.md. */
    public static String describe() {
        StringBuilder b = new StringBuilder("| target | simulated as |\n| --- | --- |\n");
        for (Definition d : DEFS.values()) b.append("| `").append(d.name()).append("` | ").append(d.formula()).append(" |\n");
        return b.toString();
    }

    static double yearMean(RunResult r, int year, String measure) {
        int c = Measures.index(measure);
        int from = (year - 1) * 52, to = Math.min(year * 52, r.weeks());
        double s = 0;
        for (int w = from; w < to; w++) s += r.rows()[w][c];
        return s / Math.max(1, to - from);
    }

    /** People of an age band ({@code 18_64}, {@code 65_plus}) in long-term support during a year, per 10,000 of the band. */
    private static double duringYear(RunResult r, int year, String band) {
        return per10k(startOfYear(r, year, "asc_lts_" + band) + r.yearSum(year, "asc_long_term_starts_" + band), yearMean(r, year, "population_" + band));
    }

    private static double adultsMean(RunResult r, int year) { return yearMean(r, year, "adults") + yearMean(r, year, "older"); }

    /** A stock's level at the start of a year: the previous year's last week (the first week for year 1). */
    private static double startOfYear(RunResult r, int year, String measure) {
        int w = year == 1 ? 0 : (year - 1) * 52 - 1;
        return r.rows()[w][Measures.index(measure)];
    }

    private static double per10k(double count, double base) { return base <= 0 ? 0 : count / base * 10_000; }

    private static double share(double part, double whole) { return whole <= 0 ? 0 : part / whole; }
}
