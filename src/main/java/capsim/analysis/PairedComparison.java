package capsim.analysis;

import capsim.experiment.RunResult;
import capsim.model.Agency;
import capsim.model.Measures;
import capsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A scenario against a baseline, paired replication by replication: replication i of both was
 * run from the same seed, so each difference {@code scenario_i - baseline_i} is one observation
 * and every interval is a t interval on those differences.
 *
 * <p>Signs, used everywhere in capsim's comparison outputs: a <em>change</em> is scenario minus
 * baseline (a positive cost change is extra spending); a <em>saving</em> is baseline minus
 * scenario (a positive saving means the scenario is cheaper). Savings are computed directly as
 * baseline minus scenario, never by negating a change, so an exact zero stays {@code 0.0}.
 *
 * <p>Year values follow {@link RunResult#yearValue}: a flow (cost, contacts, crises) is summed
 * over the year; a stock (open cases) is its level in the year's last week. The whole-horizon
 * value ({@code year == 0}) is the sum of a flow and the mean weekly level of a stock.
 */
public final class PairedComparison {
    /** Group name for the sum over all agencies. */
    public static final String ALL = "all";
    /** Measures compared per agency: cost, and demand (contacts, open cases, crises). */
    public static final List<String> MEASURES = List.of("cost", "contacts", "open_cases", "crises");
    /** Informal care valued at replacement cost: outside every budget, so not in total cost. */
    public static final String UNPAID_CARE = "unpaid_care_value";
    /** Earnings carers lose to caring: outside every budget, so not in total cost (Carer's Allowance is: benefits). */
    public static final String LOST_EARNINGS = "carers_lost_earnings";
    /**
     * The societal view's parts over the horizon, in order: the budgets (total cost, Carer's
     * Allowance included), unpaid care at replacement cost, carers' lost earnings; then their sum.
     */
    public static final List<String> SOCIETAL = List.of("total_cost", UNPAID_CARE, LOST_EARNINGS, "societal_cost");
    /** Outcomes for people, compared over the final year (mean weekly level). */
    public static final List<String> OUTCOMES =
            List.of("wellbeing", "unmet_need", "carer_strain", "children_looked_after", "adults_long_term_support");

    /** One group (agency code or {@link #ALL}), measure and year (0 = whole horizon). */
    public record Delta(String group, String measure, int year, Interval baseline, Interval scenario, Interval change) {}

    /** A measure summarised over a period in both scenarios, and its paired change. */
    public record Change(String measure, Interval baseline, Interval scenario, Interval change) {}

    /** A quintile measure in the final year; quintile 1 is the most deprived. */
    public record QuintileChange(String measure, int quintile, Interval baseline, Interval scenario, Interval change) {}

    private final Scenario baseline;
    private final Scenario scenario;
    private final int replications;
    private final int years;
    private final double discountRate;
    private final boolean commonRandomNumbers;
    private final List<Delta> deltas;
    private final List<Interval> cumulativeSaving;
    private final Interval netCostChange;
    private final Interval netSaving;
    private final Interval npvSaving;
    private final List<Integer> breakEvenYears;
    private final List<Change> finalYearOutcomes;
    private final List<Change> horizonOutcomes;
    private final List<QuintileChange> quintiles;
    private final List<Change> deprivationGaps;
    private final List<Change> investment;
    private final Change unpaidCare;
    private final List<Change> societal;
    private final List<Change> access;
    private final List<Change> ascByAge;

    /**
     * Access to adult social care over the horizon, both arms: eligible adults an assessment left
     * unserved (0 by design: an assessed eligible need is met that week), people waiting for an
     * assessment and reviews overdue (mean weekly), people who stopped waiting (total).
     */
    public static final List<String> ACCESS = List.of("asc_eligible_unserved", "asc_waiting", "asc_overdue_reviews", "asc_withdrawals");

    /**
     * Adult social care's cost over the horizon by the person's age, in {@link Measures#ASC_AGES} order: who within
     * the budget the change falls on. Charges on a child or on no one (training, supervision) are in neither.
     */
    public static final List<String> ASC_BY_AGE = List.of("asc_cost_18_64", "asc_cost_65_plus");

    private PairedComparison(Scenario baseline, Scenario scenario, List<RunResult> b, List<RunResult> s,
                             double discountRate, boolean commonRandomNumbers) {
        this.baseline = baseline;
        this.scenario = scenario;
        this.replications = b.size();
        this.years = b.get(0).weeks() / Scenario.WEEKS_PER_YEAR;
        this.discountRate = discountRate;
        this.commonRandomNumbers = commonRandomNumbers;
        int n = replications;

        List<Delta> ds = new ArrayList<>();
        List<String> groups = groups();
        for (String g : groups)
            for (String m : MEASURES)
                for (int y = 0; y <= years; y++) {
                    final int year = y;
                    ds.add(delta(g, m, y, b, s, r -> groupValue(r, g, m, year)));
                }
        this.deltas = Collections.unmodifiableList(ds);

        // cumulative saving by year-end, per replication; index 0 is the start (zero)
        double[][] cum = new double[years + 1][n];
        for (int i = 0; i < n; i++)
            for (int y = 1; y <= years; y++)
                cum[y][i] = cum[y - 1][i] + (b.get(i).yearSum(y, "total_cost") - s.get(i).yearSum(y, "total_cost"));
        List<Interval> cs = new ArrayList<>();
        for (int y = 0; y <= years; y++) cs.add(Interval.of(cum[y]));
        this.cumulativeSaving = Collections.unmodifiableList(cs);

        double[] change = new double[n], saving = new double[n], npv = new double[n];
        List<Integer> be = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double bt = b.get(i).total("total_cost"), st = s.get(i).total("total_cost");
            change[i] = st - bt;
            saving[i] = bt - st;
            double v = 0;
            for (int y = 1; y <= years; y++)
                v += (b.get(i).yearSum(y, "total_cost") - s.get(i).yearSum(y, "total_cost")) / Math.pow(1 + discountRate, y - 1);
            npv[i] = v;
            double[] path = new double[years + 1];
            for (int y = 0; y <= years; y++) path[y] = cum[y][i];
            be.add(breakEvenYear(path));
        }
        this.netCostChange = Interval.of(change);
        this.netSaving = Interval.of(saving);
        this.npvSaving = Interval.of(npv);
        this.breakEvenYears = Collections.unmodifiableList(be);

        List<Change> fo = new ArrayList<>(), ho = new ArrayList<>();
        for (String m : OUTCOMES) {
            fo.add(change(m, b, s, r -> finalYear(r, m)));
            ho.add(change(m, b, s, r -> horizon(r, m)));
        }
        this.finalYearOutcomes = Collections.unmodifiableList(fo);
        this.horizonOutcomes = Collections.unmodifiableList(ho);

        List<QuintileChange> qs = new ArrayList<>();
        List<Change> gaps = new ArrayList<>();
        for (String m : Measures.QUINTILE_MEASURES) {
            for (int q = 1; q <= 5; q++) {
                Change c = change(m, b, s, quintileValue(q, m));
                qs.add(new QuintileChange(m, q, c.baseline(), c.scenario(), c.change()));
            }
            gaps.add(change(m, b, s, r -> finalYear(r, "q1_" + m) - finalYear(r, "q5_" + m)));
        }
        this.quintiles = Collections.unmodifiableList(qs);
        this.deprivationGaps = Collections.unmodifiableList(gaps);

        List<Change> inv = new ArrayList<>();
        for (String m : List.of("training_cost", "community_investment_cost")) inv.add(change(m, b, s, r -> r.total(m)));
        this.investment = Collections.unmodifiableList(inv);
        this.unpaidCare = change(UNPAID_CARE, b, s, r -> r.total(UNPAID_CARE));
        List<Change> soc = new ArrayList<>();
        for (String m : SOCIETAL) soc.add(change(m, b, s, r -> societalValue(r, m)));
        this.societal = Collections.unmodifiableList(soc);
        List<Change> acc = new ArrayList<>();
        for (String m : ACCESS) acc.add(change(m, b, s, r -> horizon(r, m)));
        this.access = Collections.unmodifiableList(acc);
        List<Change> age = new ArrayList<>();
        for (String m : ASC_BY_AGE) age.add(change(m, b, s, r -> r.total(m)));
        this.ascByAge = Collections.unmodifiableList(age);
    }

    /**
     * Pairs two sets of replications. They must have the same number of replications and
     * weeks, and replication i of each must be the i-th of the list.
     *
     * @param commonRandomNumbers whether replication i of both was run from the same seed (recorded, and checked)
     */
    public static PairedComparison analyse(Scenario baseline, Scenario scenario, List<RunResult> baselineRuns,
                                           List<RunResult> scenarioRuns, double discountRate, boolean commonRandomNumbers) {
        if (baselineRuns.isEmpty() || baselineRuns.size() != scenarioRuns.size())
            throw new IllegalArgumentException("need the same, non-zero number of replications of both scenarios");
        int weeks = baselineRuns.get(0).weeks();
        if (weeks == 0 || weeks % Scenario.WEEKS_PER_YEAR != 0)
            throw new IllegalArgumentException("runs must cover whole years");
        for (int i = 0; i < baselineRuns.size(); i++) {
            RunResult b = baselineRuns.get(i), s = scenarioRuns.get(i);
            if (b.weeks() != weeks || s.weeks() != weeks) throw new IllegalArgumentException("runs differ in length");
            if (b.replication() != i || s.replication() != i) throw new IllegalArgumentException("runs out of replication order");
            if (commonRandomNumbers && b.seed() != s.seed())
                throw new IllegalArgumentException("replication " + i + " was not run from the same seed in both scenarios");
        }
        return new PairedComparison(baseline, scenario, baselineRuns, scenarioRuns, discountRate, commonRandomNumbers);
    }

    /** Agency codes in {@link Agency} order, then {@link #ALL}. */
    public static List<String> groups() {
        List<String> g = new ArrayList<>();
        for (Agency a : Agency.values()) g.add(a.code);
        g.add(ALL);
        return Collections.unmodifiableList(g);
    }

    /**
     * First year from whose end the cumulative saving stays above zero to the horizon, or 0 if
     * it never does. Strictly above: a scenario that changes nothing has not "broken even".
     */
    static int breakEvenYear(double[] cumulativeSavingByYearEnd) {
        int years = cumulativeSavingByYearEnd.length - 1;
        int first = 0;
        for (int y = years; y >= 1; y--) {
            if (cumulativeSavingByYearEnd[y] > 0) first = y;
            else break;
        }
        return first;
    }

    private interface Value { double of(RunResult r); }

    private static Delta delta(String g, String m, int y, List<RunResult> b, List<RunResult> s, Value v) {
        Change c = change(m, b, s, v);
        return new Delta(g, m, y, c.baseline(), c.scenario(), c.change());
    }

    private static Change change(String m, List<RunResult> b, List<RunResult> s, Value v) {
        int n = b.size();
        double[] bv = new double[n], sv = new double[n], dv = new double[n];
        for (int i = 0; i < n; i++) {
            bv[i] = v.of(b.get(i));
            sv[i] = v.of(s.get(i));
            dv[i] = sv[i] - bv[i];
        }
        return new Change(m, Interval.of(bv), Interval.of(sv), Interval.of(dv));
    }

    /** A group's value in a year (1-based) or over the horizon (0). */
    static double groupValue(RunResult r, String group, String measure, int year) {
        if (group.equals(ALL)) {
            if (measure.equals("cost")) return value(r, "total_cost", year);
            double v = 0;
            for (Agency a : Agency.values()) v += value(r, a.code + "_" + measure, year);
            return v;
        }
        return value(r, group + "_" + measure, year);
    }

    /** A part of the societal view over the horizon ({@link #SOCIETAL}); {@code societal_cost} is the sum of the others. */
    static double societalValue(RunResult r, String part) {
        if (!part.equals("societal_cost")) return r.total(part);
        return r.total("total_cost") + r.total(UNPAID_CARE) + r.total(LOST_EARNINGS);
    }

    private static double value(RunResult r, String column, int year) {
        return year == 0 ? horizon(r, column) : r.yearValue(year, column);
    }

    /** Sum of a flow, or mean weekly level of a stock, over the whole reported period. */
    static double horizon(RunResult r, String column) {
        return Measures.kind(column) == Measures.Kind.FLOW ? r.total(column) : r.mean(column);
    }

    /** Sum of a flow, or mean weekly level of a stock, over the final year. */
    static double finalYear(RunResult r, String column) {
        int end = r.weeks();
        // a stock's mean over the weeks present (an empty quintile's weeks are missing)
        return r.sum(Measures.index(column), end - Scenario.WEEKS_PER_YEAR, end, Measures.kind(column) != Measures.Kind.FLOW);
    }

    private static Value quintileValue(int q, String m) { return r -> finalYear(r, "q" + q + "_" + m); }

    public Scenario baseline() { return baseline; }
    public Scenario scenario() { return scenario; }
    public int replications() { return replications; }
    public int years() { return years; }
    public double discountRate() { return discountRate; }
    public boolean commonRandomNumbers() { return commonRandomNumbers; }
    /** Every group x measure x year (0 = horizon), in the order of {@link #groups()}, {@link #MEASURES}, year. */
    public List<Delta> deltas() { return deltas; }
    /** Cumulative saving (baseline minus scenario) at each year-end, index 0 the start. */
    public List<Interval> cumulativeSaving() { return cumulativeSaving; }
    /** Total cost over the horizon, scenario minus baseline. */
    public Interval netCostChange() { return netCostChange; }
    /** Total cost over the horizon, baseline minus scenario. */
    public Interval netSaving() { return netSaving; }
    /** Net present value of the yearly savings; year 1 undiscounted, year t divided by (1 + rate)^(t-1). */
    public Interval npvSaving() { return npvSaving; }
    /** Break-even year per replication, 0 for never within the horizon. */
    public List<Integer> breakEvenYears() { return breakEvenYears; }
    public List<Change> finalYearOutcomes() { return finalYearOutcomes; }
    public List<Change> horizonOutcomes() { return horizonOutcomes; }
    public List<QuintileChange> quintiles() { return quintiles; }
    /** Per quintile measure: most deprived (q1) minus least deprived (q5), final year. */
    public List<Change> deprivationGaps() { return deprivationGaps; }
    /** Training and community investment spending over the horizon (already inside agency costs). */
    public List<Change> investment() { return investment; }

    /** Unpaid care over the horizon, valued at replacement cost; a rise is cost shifted onto families and friends. */
    public Change unpaidCare() { return unpaidCare; }

    /**
     * The societal view over the horizon, {@link #SOCIETAL} in that order: each part and their sum,
     * paired replication by replication like every other change (the sum's change is the sum of
     * the parts' changes in each replication, so its interval is not the parts' added).
     */
    public List<Change> societal() { return societal; }

    /** The {@link #ACCESS} measures over the horizon, in that order. */
    public List<Change> access() { return access; }

    /** Adult social care's cost over the horizon by age group, {@link #ASC_BY_AGE} in that order. */
    public List<Change> ascByAge() { return ascByAge; }

    public Delta delta(String group, String measure, int year) {
        int gi = groups().indexOf(group), mi = MEASURES.indexOf(measure);
        if (gi < 0 || mi < 0 || year < 0 || year > years) throw new IllegalArgumentException(group + " " + measure + " " + year);
        return deltas.get((gi * MEASURES.size() + mi) * (years + 1) + year);
    }

    /** Share of replications whose break-even year is {@code year} (0 = never). */
    public double breakEvenShare(int year) {
        int c = 0;
        for (int y : breakEvenYears) if (y == year) c++;
        return (double) c / replications;
    }

    /** Median break-even year among all replications, treating never as later than the horizon; 0 if the median never breaks even. */
    public int medianBreakEvenYear() {
        List<Integer> sorted = new ArrayList<>();
        for (int y : breakEvenYears) sorted.add(y == 0 ? Integer.MAX_VALUE : y);
        Collections.sort(sorted);
        int m = sorted.get((sorted.size() - 1) / 2);
        return m == Integer.MAX_VALUE ? 0 : m;
    }

    /** The plain verdict on total cost, from the sign of the saving and whether its interval excludes zero. */
    public Verdict verdict() { return Verdict.of(netSaving); }
}
