package capsim.report;

import capsim.output.Numbers;
import capsim.analysis.Interval;
import capsim.analysis.PairedComparison;
import capsim.analysis.PairedComparison.Change;
import capsim.analysis.ParameterDifferences;
import capsim.analysis.ParameterDifferences.Difference;
import capsim.analysis.Verdict;
import capsim.model.Agency;
import capsim.study.ProbabilisticAnswer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The report's sentences, written from the numbers: which way each figure goes and whether its
 * 95% interval excludes zero decide every verb. Nothing here is fixed text about the result, so a
 * comparison with no saving reads as one.
 */
public final class Words {
    private final PairedComparison c;
    private final List<Difference> differences;
    private final ProbabilisticAnswer uncertain;

    public Words(PairedComparison c, List<Difference> differences) {
        this(c, differences, null);
    }

    /** @param uncertain the comparison's parameter uncertainty, or null for chance alone */
    public Words(PairedComparison c, List<Difference> differences, ProbabilisticAnswer uncertain) {
        this.c = c;
        this.differences = differences;
        this.uncertain = uncertain;
    }

    /** Parameters were drawn: the intervals hold parameter uncertainty as well as chance. */
    boolean drawn() { return uncertain != null && !uncertain.drawn().startsWith("no parameters"); }

    /** Readable name of a measure column. */
    public static String label(String measure) {
        return switch (measure) {
            case "open_cases" -> "open cases";
            case "unmet_need" -> "unmet need";
            case "carer_strain" -> "carer strain";
            case "children_looked_after" -> "children looked after";
            case "adults_long_term_support" -> "adults in long-term support";
            default -> measure.replace('_', ' ');
        };
    }

    public static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    public static String agencyLabel(String group) {
        return group.equals(PairedComparison.ALL) ? "All agencies" : Agency.byCode(group).label;
    }

    /** Adult social care's age group k of {@link PairedComparison#ASC_BY_AGE}, in words. */
    public static String ascAgeLabel(int k) {
        return "Adult social care, people aged " + (k == 0 ? "18-64" : "65+");
    }

    /** Which way a paired change goes, judged by its 95% interval. */
    enum Direction { NONE, UP, DOWN, UNCLEAR }

    static Direction direction(Interval change) {
        if (change.exactlyZero()) return Direction.NONE;
        if (change.n() >= 2 && change.low() > 0) return Direction.UP;
        if (change.n() >= 2 && change.high() < 0) return Direction.DOWN;
        return Direction.UNCLEAR;
    }

    /** What a budget does, from its cost change (scenario minus baseline): invests, saves, no clear change or no change. */
    public static String role(Interval change) {
        return switch (direction(change)) {
            case NONE -> "no change";
            case UP -> "invests";
            case DOWN -> "saves";
            case UNCLEAR -> "no clear change";
        };
    }

    public String question() {
        return "If we move from " + c.baseline().name() + " to " + c.scenario().name()
                + ", what happens to demand and cost in each agency over " + c.years()
                + " years, who pays, who saves, when do we break even, and how sure are we?";
    }

    /** The answer in three sentences: cost, who and when, outcomes and how sure. */
    public List<String> answer() {
        if (uncertain == null) return List.of(costSentence(), whoAndWhenSentence(), outcomeSentence());
        List<String> out = new ArrayList<>(UncertaintyReport.sentences(uncertain, c.years()));
        out.addAll(List.of(costSentence(), whoAndWhenSentence(), outcomeSentence()));
        return List.copyOf(out);
    }

    String costSentence() {
        String sentence = budgetSentence();
        Interval unpaid = c.unpaidCare().change();
        if (direction(unpaid) != Direction.UP) return sentence;
        return sentence.substring(0, sentence.length() - 1) + (c.verdict() == Verdict.SAVING ? "; but" : "; and")
                + " unpaid care worth " + Numbers.money(unpaid.mean())
                + " more (95% interval " + Numbers.money(unpaid.low()) + " to " + Numbers.money(unpaid.high())
                + ") falls on families and friends, outside every budget.";
    }

    private String budgetSentence() {
        String s = c.scenario().name(), b = c.baseline().name();
        Interval saving = c.netSaving();
        int y = c.years();
        return switch (c.verdict()) {
            case IDENTICAL -> "Over " + y + " years, " + s + " costs exactly the same as " + b + ": in all "
                    + c.replications() + " paired replications no agency's spending changed at all.";
            case SAVING -> "Over " + y + " years, " + s + " saves " + Numbers.money(saving.mean())
                    + " in total across the eight agencies and benefits compared with " + b + " (95% interval "
                    + Numbers.money(saving.low()) + " to " + Numbers.money(saving.high()) + "; net present value at "
                    + rate() + ": " + Numbers.money(c.npvSaving().mean()) + ").";
            case EXTRA_COST -> "There is no saving: over " + y + " years, " + s + " costs " + Numbers.money(-saving.mean())
                    + " more in total across the eight agencies and benefits than " + b + " (95% interval "
                    + Numbers.money(-saving.high()) + " to " + Numbers.money(-saving.low()) + " extra).";
            case NO_CLEAR_DIFFERENCE -> "There is no clear saving: over " + y + " years, " + s + " changes total cost by "
                    + Numbers.signedMoney(c.netCostChange().mean()) + " compared with " + b
                    + ", and the 95% interval (" + Numbers.signedMoney(c.netCostChange().low()) + " to "
                    + Numbers.signedMoney(c.netCostChange().high()) + ") includes zero.";
        };
    }

    String whoAndWhenSentence() {
        if (c.verdict() == Verdict.IDENTICAL)
            return "No budget changes, so nobody invests, nobody saves and there is nothing to break even on.";
        List<String> invest = new ArrayList<>(), save = new ArrayList<>();
        List<Agency> byChange = new ArrayList<>(List.of(Agency.values()));
        byChange.sort(Comparator.comparingDouble((Agency a) -> -Math.abs(c.delta(a.code, "cost", 0).change().mean()))
                .thenComparing(Agency::ordinal));
        for (Agency a : byChange) {
            Interval ch = c.delta(a.code, "cost", 0).change();
            String r = role(ch);
            if (r.equals("invests")) invest.add(a.label + " by " + Numbers.money(ch.mean()));
            if (r.equals("saves")) save.add(a.label + " by " + Numbers.money(-ch.mean()));
        }
        String who;
        if (invest.isEmpty() && save.isEmpty())
            who = "No single agency's budget changes clearly (every agency's 95% interval includes zero)";
        else if (save.isEmpty()) who = "Spending rises clearly in " + list(invest) + ", and no budget clearly saves";
        else if (invest.isEmpty()) who = "Spending falls clearly in " + list(save) + ", and no budget clearly spends more";
        else who = "Spending rises clearly in " + list(invest) + ", and falls clearly in " + list(save);
        double never = c.breakEvenShare(0);
        int r = c.replications();
        String when;
        if (never == 1.0) when = "none of the " + r + " replications breaks even within " + c.years() + " years";
        else {
            when = Numbers.percent(1 - never) + " of the " + r + " replications break even within " + c.years() + " years";
            if (c.medianBreakEvenYear() > 0) when += " (median year " + c.medianBreakEvenYear() + ")";
            if (never > 0) when += " and " + Numbers.percent(never) + " do not";
        }
        return who + "; " + when + ".";
    }

    String outcomeSentence() {
        String settle = drawn() ? "95% intervals of the mean over " + c.replications() + " paired replications in "
                + uncertain.draws() + " parameter draws"
                : "95% intervals of the mean over " + c.replications()
                + " paired replications, from chance alone, not uncertainty in the model's assumptions";
        if (c.verdict() == Verdict.IDENTICAL && c.finalYearOutcomes().stream().allMatch(o -> o.change().exactlyZero()))
            return "Outcomes for people are identical too; " + settle + ".";
        List<String> parts = new ArrayList<>();
        for (String m : List.of("wellbeing", "unmet_need", "carer_strain")) parts.add(movement(outcome(m)));
        String s = "In the final year, " + parts.get(0) + ", " + parts.get(1) + " and " + parts.get(2);
        if (c.verdict() == Verdict.SAVING && harms()) s += ", so the saving comes with " + list(worse()) + " for people";
        return s + "; " + settle + ".";
    }

    /** "unmet need rises by 0.012 (95% interval 0.004 to 0.020)" or "... shows no clear change (...)". */
    static String movement(Change o) {
        Interval ch = o.change();
        String name = label(o.measure()) + scaleNote(o.measure());
        if (ch.exactlyZero()) return name + " does not change";
        String range = " (95% interval " + Numbers.signedNumber(ch.low()) + " to " + Numbers.signedNumber(ch.high()) + ")";
        return switch (direction(ch)) {
            case UP -> name + " rises by " + Numbers.number(ch.mean()) + range;
            case DOWN -> name + " falls by " + Numbers.number(-ch.mean()) + range;
            default -> name + " shows no clear change" + range;
        };
    }

    /** A measure's scale, briefly, in brackets ("" for a count). */
    static String scaleNote(String measure) {
        return switch (measure) {
            case "wellbeing" -> " (score 14 to 70)";
            case "unmet_need" -> " (share of people)";
            case "carer_strain" -> " (0 to 1)";
            default -> "";
        };
    }

    /** People are clearly worse off in some way: wellbeing falls, or unmet need or carer strain rises. */
    boolean harms() { return !worse().isEmpty(); }

    /** The outcomes that clearly worsen, in words. */
    List<String> worse() {
        List<String> out = new ArrayList<>();
        if (direction(outcome("wellbeing").change()) == Direction.DOWN) out.add("lower wellbeing");
        if (direction(outcome("unmet_need").change()) == Direction.UP) out.add("more unmet need");
        if (direction(outcome("carer_strain").change()) == Direction.UP) out.add("more carer strain");
        return out;
    }

    Change outcome(String m) {
        return c.finalYearOutcomes().stream().filter(o -> o.measure().equals(m)).findFirst().orElseThrow();
    }

    public String cumulativeSubtitle() {
        Interval last = c.cumulativeSaving().get(c.years());
        String verdict = switch (c.verdict()) {
            case IDENTICAL -> "no difference at all";
            case SAVING -> "a saving";
            case EXTRA_COST -> "no saving: the scenario costs more";
            case NO_CLEAR_DIFFERENCE -> "no clear saving: the interval includes zero";
        };
        return "After " + c.years() + " years: " + Numbers.signedMoney(last.mean()) + " (95% interval of the mean over " + c.replications() + " replications "
                + Numbers.signedMoney(last.low()) + " to " + Numbers.signedMoney(last.high()) + "), " + verdict + ". "
                + Numbers.percent(c.breakEvenShare(0)) + " of replications never break even within the horizon.";
    }

    /** Which rows of the evidence table check the mechanisms this scenario uses, and what no trial checks: title and text. */
    public List<String[]> trialChecks() { return TrialChecks.of(c.baseline(), c.scenario()); }

    /** Caveats that follow from this run's numbers and settings: title and text. */
    public List<String[]> computedCaveats() {
        List<String[]> out = new ArrayList<>();
        if (differences.isEmpty())
            out.add(new String[]{"The two scenarios are the same",
                    "No parameter differs between the baseline and the scenario, so every difference here is zero by construction."});
        else {
            List<String> assumed = new ArrayList<>(), levers = new ArrayList<>();
            for (Difference d : differences) {
                if (d.isAssumption()) assumed.add(d.key());
                if (d.isLever()) levers.add(d.key());
            }
            List<String> assumedAtWork = new ArrayList<>();
            for (Difference d : ParameterDifferences.putToWork(c.baseline(), c.scenario())) if (d.isAssumption()) assumedAtWork.add(d.key());
            StringBuilder t = new StringBuilder();
            List<String> kinds = new ArrayList<>();
            if (!levers.isEmpty()) kinds.add(count(levers.size(), "is a policy lever", "are policy levers") + " the comparison is about");
            if (!assumed.isEmpty()) kinds.add(count(assumed.size(), "rests", "rest") + " on assumption rather than published evidence ("
                    + String.join(", ", assumed) + ")");
            int cited = differences.size() - levers.size() - assumed.size();
            if (cited > 0) kinds.add(count(cited, "cites a source", "cite a source"));
            t.append(differences.size()).append(" parameter").append(differences.size() == 1 ? " differs" : "s differ")
                    .append(" between the scenarios: ").append(list(kinds)).append('.');
            if (!assumedAtWork.isEmpty())
                t.append(" The scenario's practice also uses ").append(assumedAtWork.size())
                        .append(" assumed parameters of the strengths-based pathway that only it reads, the same in both files (")
                        .append(String.join(", ", assumedAtWork)).append(").");
            if (!assumed.isEmpty() || !assumedAtWork.isEmpty()) t.append(" Vary them (--set) before relying on the result.");
            out.add(new String[]{"What the difference rests on", t.toString()});
        }
        List<String> invest = new ArrayList<>(), save = new ArrayList<>();
        for (Agency a : Agency.values()) {
            String r = role(c.delta(a.code, "cost", 0).change());
            if (r.equals("invests")) invest.add(a.label);
            if (r.equals("saves")) save.add(a.label);
        }
        if (!invest.isEmpty() && !save.isEmpty())
            out.add(new String[]{"Money moves between budgets", list(invest) + " spend" + (invest.size() == 1 ? "s" : "")
                    + " more while " + list(save) + " spend" + (save.size() == 1 ? "s" : "")
                    + " less. A commissioner who holds one of these budgets sees only part of the result."});
        double never = c.breakEvenShare(0);
        if (c.verdict() != Verdict.IDENTICAL && never > 0)
            out.add(new String[]{"Payback is not assured", "In " + Numbers.percent(never) + " of replications the cumulative saving is not above zero "
                    + "at the end of " + c.years() + " years. The net present value uses a discount rate of " + rate()
                    + "; a longer horizon or another rate changes the case."});
        if (c.verdict() == Verdict.SAVING && harms())
            out.add(new String[]{"A saving with a cost to people", "The scenario costs less but brings " + list(worse()) + " ("
                    + String.join("; ", List.of(movement(outcome("wellbeing")), movement(outcome("unmet_need")), movement(outcome("carer_strain"))))
                    + "). A saving made by shifting need onto people and carers is the pattern of strengths-based practice used as cuts, "
                    + "which the evidence warns against."});
        for (Change g : c.deprivationGaps()) {
            if (!List.of("wellbeing", "unmet_need").contains(g.measure())) continue;
            Interval ch = g.change();
            Direction d = direction(ch);
            if (d == Direction.UP || d == Direction.DOWN)
                out.add(new String[]{"Inequality in " + label(g.measure()),
                        "The gap in " + label(g.measure()) + " between the most and least deprived quintiles (most minus least) changes by "
                                + Numbers.signedNumber(ch.mean()) + " (95% interval " + Numbers.signedNumber(ch.low()) + " to "
                                + Numbers.signedNumber(ch.high()) + "), from " + Numbers.number(g.baseline().mean()) + " to "
                                + Numbers.number(g.scenario().mean()) + "."});
        }
        Interval unpaid = c.unpaidCare().change();
        if (direction(unpaid) == Direction.UP)
            out.add(new String[]{"Cost shifted onto families and friends", "Unpaid care rises by " + Numbers.money(unpaid.mean())
                    + " over " + c.years() + " years at replacement cost (95% interval " + Numbers.money(unpaid.low()) + " to "
                    + Numbers.money(unpaid.high()) + "). No budget pays it, so it is not in the totals above"
                    + (c.verdict() == Verdict.SAVING ? "; set against the saving it leaves " + Numbers.signedMoney(c.netSaving().mean() - unpaid.mean())
                    + " for society as a whole." : ".")});
        Interval society = c.societal().get(3).change(), budgets = c.societal().get(0).change();
        if (direction(budgets) == Direction.DOWN && direction(society) != Direction.DOWN)
            out.add(new String[]{"The societal view", "Counting unpaid care at replacement cost and the earnings carers lose, "
                    + "the cost to society changes by " + Numbers.signedMoney(society.mean()) + " over " + c.years() + " years (95% interval "
                    + Numbers.signedMoney(society.low()) + " to " + Numbers.signedMoney(society.high()) + "), against "
                    + Numbers.signedMoney(budgets.mean()) + " to the budgets: part of what the budgets save is paid by families."});
        if (c.baseline().population() < 50_000 || c.replications() < 20)
            out.add(new String[]{"A smaller run than the default", "This comparison used a population of "
                    + String.format(Locale.ROOT, "%,d", c.baseline().population()) + " and " + c.replications()
                    + " replications (the defaults are 50,000 and 20): costs scale with population and the intervals are wider."});
        if (!c.commonRandomNumbers())
            out.add(new String[]{"Unpaired runs", "The two scenarios were run from independent seeds, so chance differences in life events "
                    + "are mixed into every figure. Use the default common random numbers for decisions."});
        return out;
    }

    private static String count(int n, String one, String many) { return n + " " + (n == 1 ? one : many); }

    String rate() {
        return String.format(Locale.ROOT, "%.1f%%", c.discountRate() * 100);
    }

    static String list(List<String> items) {
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
