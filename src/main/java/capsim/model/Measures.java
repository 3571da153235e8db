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
    /** The event each per-agency flow counts (null: not an event's count). */
    private static final CareEvent[] AGENCY_EVENTS = {CareEvent.CONTACT, CareEvent.REFERRAL, CareEvent.ASSESSMENT, null,
            CareEvent.PACKAGE, null, CareEvent.CRISIS_RESPONSE, null};

    public static final String[] DOMAINS = {"safety", "health", "mental", "living"};
    public static final String[] STAGES = {"child", "adult", "older"};
    /** Adult social care's age groups, column suffixes {@code _18_64} and {@code _65_plus} (life stages 1 and 2). */
    public static final String[] ASC_AGES = {"18_64", "65_plus"};
    /** Measures also reported by deprivation quintile, column {@code q<1..5>_<name>}; q1 = most deprived. */
    public static final String[] QUINTILE_MEASURES = {"wellbeing", "unmet_need", "need", "carer_strain", "crises", "cost"};
    private static final Kind[] QUINTILE_KINDS = {Kind.STOCK, Kind.STOCK, Kind.STOCK, Kind.STOCK, Kind.FLOW, Kind.FLOW};

    private static final List<String> COLUMNS;
    private static final Map<String, Integer> INDEX = new HashMap<>();
    private static final Map<String, Kind> KIND = new HashMap<>();
    private static final List<Counted> COUNTED = new ArrayList<>();

    /** A flow that counts an event at an agency (null: at none), in column {@code column}. */
    record Counted(int column, CareEvent event, Agency agency) implements java.io.Serializable {}

    private static final List<Computed> COMPUTED = new ArrayList<>();

    /** A measure read from the model at the week's end, in column {@code column}. */
    record Computed(int column, java.util.function.ToDoubleFunction<CommunityModel> value) {}

    static {
        List<String> c = new ArrayList<>();
        for (Agency a : Agency.values())
            for (int i = 0; i < AGENCY_MEASURES.length; i++) {
                if (AGENCY_EVENTS[i] != null) counted(c, a.code + "_" + AGENCY_MEASURES[i], AGENCY_EVENTS[i], a);
                else add(c, a.code + "_" + AGENCY_MEASURES[i], AGENCY_KINDS[i]);
            }
        add(c, "total_cost", Kind.FLOW);
        add(c, "training_cost", Kind.FLOW);
        add(c, "community_investment_cost", Kind.FLOW);
        for (String s : new String[]{"population", "children", "adults", "older"}) add(c, s, Kind.STOCK);
        counted(c, "births", CareEvent.BIRTH, null);
        counted(c, "deaths", CareEvent.DEATH, null);
        counted(c, "migrants_in", CareEvent.MIGRANT_IN, null);
        counted(c, "migrants_out", CareEvent.MIGRANT_OUT, null);
        for (String d : DOMAINS) add(c, "need_" + d, Kind.STOCK);
        for (String d : DOMAINS) for (String st : STAGES) add(c, "need_" + d + "_" + st, Kind.STOCK);
        for (String s : new String[]{"strengths", "dependency", "wellbeing", "unmet_need", "carer_strain", "carers",
                "children_in_need", "child_protection_plans", "children_looked_after", "adults_long_term_support",
                "sba_share"}) add(c, s, Kind.STOCK);
        // issue 19: adult social care by age (18-64, 65+) and long-term support by primary support reason;
        // the population by age repeats adults and older under the names the returns use
        add(c, "population_18_64", Kind.STOCK);
        add(c, "population_65_plus", Kind.STOCK);
        for (String age : ASC_AGES) add(c, "asc_lts_" + age, Kind.STOCK);
        for (String r : Conditions.REASONS) add(c, "asc_lts_" + r, Kind.STOCK);
        // charges on a person of that age; asc_cost also holds those on a child and those on no one (training, investment)
        computed(c, "asc_cost_18_64", Kind.FLOW, m -> m.ledger.weekAscByStage[1]);
        computed(c, "asc_cost_65_plus", Kind.FLOW, m -> m.ledger.weekAscByStage[2]);
        // adult social care's contacts (requests) and long-term support starts by age band, for the age-band targets
        for (int k = 0; k < ASC_AGES.length; k++) {
            int stage = k + 1;
            computed(c, "asc_contacts_" + ASC_AGES[k], Kind.FLOW, m -> m.events.ascCount(CareEvent.CONTACT, stage));
            computed(c, "asc_long_term_starts_" + ASC_AGES[k], Kind.FLOW, m -> m.events.ascCount(CareEvent.LONG_TERM_STARTED, stage));
        }
        // a flow counted from an event is this one line
        counted(c, "csc_no_further_action", CareEvent.NO_FURTHER_ACTION, Agency.CSC);
        counted(c, "csc_re_referrals", CareEvent.RE_REFERRAL, Agency.CSC);
        counted(c, "asc_reablement_starts", CareEvent.REABLEMENT_STARTED, Agency.ASC);
        counted(c, "asc_long_term_starts", CareEvent.LONG_TERM_STARTED, Agency.ASC);
        counted(c, "asc_reviews", CareEvent.REVIEW, Agency.ASC);
        counted(c, "asc_review_ends", CareEvent.REVIEW_ENDED, Agency.ASC);
        counted(c, "asc_eligible_unserved", CareEvent.ELIGIBLE_UNSERVED, Agency.ASC);
        counted(c, "asc_withdrawals", CareEvent.WITHDRAWAL, Agency.ASC);
        counted(c, "asc_long_term_ends", CareEvent.LONG_TERM_ENDED, Agency.ASC);
        counted(c, "csc_care_entries", CareEvent.CARE_ENTERED, Agency.CSC);
        counted(c, "network_activations", CareEvent.NETWORK_ACTIVATION, null);
        counted(c, "community_connections", CareEvent.COMMUNITY_CONNECTION, null);
        counted(c, "life_events", CareEvent.LIFE_EVENT, null);
        // reviews of long-term support past their due week, not yet done (practitioners' time ran out)
        add(c, "asc_overdue_reviews", Kind.STOCK);
        // long-term support held 12 months or more, and of it, reviewed in the last 12 months (ASC-FR's review measure)
        add(c, "asc_long_term_12m", Kind.STOCK);
        add(c, "asc_long_term_12m_reviewed", Kind.STOCK);
        // adults in reablement or short-term support, and in a care home (part of long-term support): the diagram's stocks
        add(c, "asc_short_term_support", Kind.STOCK);
        add(c, "asc_care_home", Kind.STOCK);
        // issue 20: households counted once a year when they change (FamilyLife), kinship care and its orders
        for (int k = 0; k < FamilyLife.STATS.length; k++) {
            int stat = k;
            computed(c, FamilyLife.STATS[k], Kind.STOCK, m -> m.familyStats[stat]);
        }
        add(c, "kinship_care_children", Kind.STOCK);
        computed(c, "kinship_allowances", Kind.STOCK, m -> m.kinship.allowances());
        counted(c, "kinship_placements", CareEvent.KINSHIP_PLACEMENT, null);
        counted(c, "special_guardianship_orders", CareEvent.SPECIAL_GUARDIANSHIP, Agency.CSC);
        counted(c, "care_proceedings", CareEvent.CARE_PROCEEDINGS, Agency.CSC);
        computed(c, "assets", Kind.STOCK, m -> m.assets.count);
        for (String s : new String[]{"places", "places_filled", "volunteers", "mean_degree"}) add(c, s, Kind.STOCK);
        computed(c, "support_hours", Kind.FLOW, m -> m.counters.supportHours);
        // unpaid care valued at replacement cost: not a budget, so not in total_cost, but where cuts and
        // network activation may shift the work
        computed(c, "unpaid_care_value", Kind.FLOW, m -> m.counters.supportHours * m.services.cost.unpaidCareHour);
        // issue 20, carers' working lives: carers by real hours a week (carers.model_hours_20, _50), sex, age and work;
        // employment 16-64; Carer's Allowance (inside benefits_cost and total_cost); earnings lost to caring (outside every budget)
        for (String s : new String[]{"carers_20_49_hours", "carers_50_plus_hours", "carers_female", "carers_18_64", "carers_65_plus",
                "carers_in_work", "population_16_64", "employed_16_64"}) add(c, s, Kind.STOCK);
        computed(c, "carers_allowance_cost", Kind.FLOW, m -> m.ledger.weekCategory(Ledger.Category.BENEFIT));
        computed(c, "carers_lost_earnings", Kind.FLOW, m -> m.counters.lostEarnings);
        for (int q = 1; q <= 5; q++)
            for (int i = 0; i < QUINTILE_MEASURES.length; i++) add(c, "q" + q + "_" + QUINTILE_MEASURES[i], QUINTILE_KINDS[i]);
        COLUMNS = Collections.unmodifiableList(c);
    }

    private static void add(List<String> c, String name, Kind k) {
        INDEX.put(name, c.size());
        KIND.put(name, k);
        c.add(name);
    }

    private static void counted(List<String> c, String name, CareEvent e, Agency a) {
        COUNTED.add(new Counted(c.size(), e, a));
        add(c, name, Kind.FLOW);
    }

    /** The flows counted from events (the recorder fills them from {@link CareEvents}). */
    static List<Counted> counted() { return COUNTED; }

    private static void computed(List<String> c, String name, Kind k, java.util.function.ToDoubleFunction<CommunityModel> value) {
        COMPUTED.add(new Computed(c.size(), value));
        add(c, name, k);
    }

    /** The measures read from the model by a function (the recorder calls each once a week). */
    static List<Computed> computed() { return COMPUTED; }

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
