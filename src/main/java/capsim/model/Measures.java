package capsim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weekly measures of docs/ODD.md section 7, in their fixed column order. Each is a FLOW
 * (counted over the week: summed to get a year) or a STOCK (a level at the end of the week:
 * a year's value is its last week, or its mean). Column names are the public contract of
 * {@code timeseries.csv}; reports and notebooks read them by name.
 */
public final class Measures {
    public enum Kind { FLOW, STOCK }

    /** Per-agency measures, column {@code <agency code>_<name>}. */
    public static final String[] AGENCY_MEASURES =
            {"contacts", "referrals", "assessments", "open_cases", "new_packages", "waiting", "crises", "cost"};
    private static final Kind[] AGENCY_KINDS =
            {Kind.FLOW, Kind.FLOW, Kind.FLOW, Kind.STOCK, Kind.FLOW, Kind.STOCK, Kind.FLOW, Kind.FLOW};

    public static final String[] DOMAINS = {"safety", "health", "mental", "living"};
    public static final String[] STAGES = {"child", "adult", "older"};
    /** Measures also reported by deprivation quintile, column {@code q<1..5>_<name>}; q1 = most deprived. */
    public static final String[] QUINTILE_MEASURES = {"wellbeing", "unmet_need", "need", "carer_strain", "crises", "cost"};
    private static final Kind[] QUINTILE_KINDS = {Kind.STOCK, Kind.STOCK, Kind.STOCK, Kind.STOCK, Kind.FLOW, Kind.FLOW};

    private static final List<String> COLUMNS;
    private static final Map<String, Integer> INDEX = new HashMap<>();
    private static final Map<String, Kind> KIND = new HashMap<>();

    static {
        List<String> c = new ArrayList<>();
        for (Agency a : Agency.values())
            for (int i = 0; i < AGENCY_MEASURES.length; i++) add(c, a.code + "_" + AGENCY_MEASURES[i], AGENCY_KINDS[i]);
        add(c, "total_cost", Kind.FLOW);
        add(c, "training_cost", Kind.FLOW);
        add(c, "community_investment_cost", Kind.FLOW);
        for (String s : new String[]{"population", "children", "adults", "older"}) add(c, s, Kind.STOCK);
        for (String s : new String[]{"births", "deaths", "migrants_in", "migrants_out"}) add(c, s, Kind.FLOW);
        for (String d : DOMAINS) add(c, "need_" + d, Kind.STOCK);
        for (String d : DOMAINS) for (String st : STAGES) add(c, "need_" + d + "_" + st, Kind.STOCK);
        for (String s : new String[]{"strengths", "dependency", "wellbeing", "unmet_need", "carer_strain", "carers",
                "children_in_need", "child_protection_plans", "children_looked_after", "adults_long_term_support",
                "sba_share"}) add(c, s, Kind.STOCK);
        for (String s : new String[]{"csc_no_further_action", "csc_re_referrals", "asc_reablement_starts",
                "asc_long_term_starts", "asc_reviews", "asc_review_ends", "asc_eligible_unserved", "asc_withdrawals", "network_activations",
                "community_connections", "life_events"}) add(c, s, Kind.FLOW);
        // reviews of long-term support past their due week, not yet done (practitioners' time ran out)
        add(c, "asc_overdue_reviews", Kind.STOCK);
        // long-term support held 12 months or more, and of it, reviewed in the last 12 months (ASC-FR's review measure)
        add(c, "asc_long_term_12m", Kind.STOCK);
        add(c, "asc_long_term_12m_reviewed", Kind.STOCK);
        for (String s : new String[]{"assets", "places", "places_filled", "volunteers", "mean_degree", "support_hours"})
            add(c, s, s.equals("support_hours") ? Kind.FLOW : Kind.STOCK);
        // unpaid care valued at replacement cost: not a budget, so not in total_cost, but where cuts and
        // network activation may shift the work
        add(c, "unpaid_care_value", Kind.FLOW);
        for (int q = 1; q <= 5; q++)
            for (int i = 0; i < QUINTILE_MEASURES.length; i++) add(c, "q" + q + "_" + QUINTILE_MEASURES[i], QUINTILE_KINDS[i]);
        COLUMNS = Collections.unmodifiableList(c);
    }

    private static void add(List<String> c, String name, Kind k) {
        INDEX.put(name, c.size());
        KIND.put(name, k);
        c.add(name);
    }

    private Measures() {}

    public static List<String> columns() { return COLUMNS; }

    public static int count() { return COLUMNS.size(); }

    public static int index(String name) {
        Integer i = INDEX.get(name);
        if (i == null) throw new IllegalArgumentException("unknown measure: " + name);
        return i;
    }

    public static boolean exists(String name) { return INDEX.containsKey(name); }

    public static Kind kind(String name) { return KIND.get(name); }

    public static int agency(Agency a, String measure) { return index(a.code + "_" + measure); }
}
