package capsim.report;

import capsim.output.Numbers;
import capsim.analysis.Interval;
import capsim.analysis.PairedComparison;
import capsim.analysis.PairedComparison.Change;
import capsim.analysis.PairedComparison.Delta;
import capsim.analysis.ParameterDifferences;
import capsim.analysis.ParameterDifferences.Difference;
import capsim.model.Agency;
import capsim.scenario.Scenario;
import capsim.study.Decomposition;
import capsim.study.ProbabilisticAnswer;

import java.util.List;
import java.util.Locale;

/**
 * {@code report.html}: one self-contained page (inline CSS, charts as inline SVG, no script, no
 * network) that answers the commissioner's question from a {@link PairedComparison}. Every
 * number is taken from the comparison; every piece of text that comes from a scenario file or
 * the parameter registry is HTML-escaped.
 */
public final class ReportPage {
    private ReportPage() {}

    public static String html(PairedComparison c, List<Difference> differences, List<Charts.Chart> charts, Evidence evidence,
                              ComparisonFiles.Settings settings) {
        return html(c, differences, charts, evidence, settings, null);
    }

    public static String html(PairedComparison c, List<Difference> differences, List<Charts.Chart> charts, Evidence evidence,
                              ComparisonFiles.Settings settings, ProbabilisticAnswer uncertain) {
        return html(c, differences, charts, evidence, settings, uncertain, null);
    }

    /** As above, with the saving by practice mechanism ({@code --decompose}), or null. */
    public static String html(PairedComparison c, List<Difference> differences, List<Charts.Chart> charts, Evidence evidence,
                              ComparisonFiles.Settings settings, ProbabilisticAnswer uncertain, Decomposition decomposition) {
        Words w = new Words(c, differences, uncertain);
        StringBuilder h = new StringBuilder(256 * 1024);
        String title = c.scenario().name() + " compared with " + c.baseline().name();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append(" | capsim</title>\n<style>\n").append(CSS).append(Glance.CSS).append("</style>\n</head>\n<body>\n");

        h.append("<header>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">capsim ").append(esc(settings.capsimVersion()))
                .append(" · population ").append(String.format(Locale.ROOT, "%,d", c.baseline().population()))
                .append(" · ").append(c.years()).append(c.years() == 1 ? " year after " : " years after ").append(c.baseline().burnInYears())
                .append(c.baseline().burnInYears() == 1 ? " year of burn-in · " : " years of burn-in · ")
                .append(c.replications()).append(" replications · seed ").append(c.baseline().seed()).append(" · ")
                .append(c.commonRandomNumbers() ? "paired by common random numbers" : "independent seeds (not paired)")
                .append("</p>\n</header>\n");

        List<Difference> beyond = capsim.analysis.ParameterDifferences.beyondPractice(c.baseline(), c.scenario());
        Glance.html(h, c, uncertain, beyond, beyond.isEmpty() ? null : capsim.analysis.ParameterDifferences.fairBaseline(c.scenario(), shipped()));

        h.append("<section id=\"question\">\n<h2>The question</h2>\n<p class=\"question\">").append(esc(w.question())).append("</p>\n<dl>\n");
        scenarioEntry(h, "Baseline", c.baseline());
        scenarioEntry(h, "Scenario", c.scenario());
        h.append("</dl>\n</section>\n");

        h.append("<section id=\"answer\" class=\"verdict verdict-").append(c.verdict().code()).append("\">\n<h2>The answer in words</h2>\n<ul>\n");
        for (String s : w.answer()) h.append("<li>").append(esc(s)).append("</li>\n");
        h.append("</ul>\n</section>\n");

        if (uncertain != null) uncertainty(h, uncertain);
        keyFigures(h, c);

        h.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        for (Charts.Chart ch : charts) {
            boolean small = ch.name().startsWith("cost-") || ch.name().startsWith("quintiles-");
            if (ch.name().equals("cost-" + PairedComparison.groups().get(0)))
                h.append("<h3>Cost by agency over time, both scenarios (bands: 95% intervals of each year's mean)</h3>\n<div class=\"grid\">\n");
            if (ch.name().startsWith("quintiles-") && ch.name().equals("quintiles-" + Charts.QUINTILE_CHART_MEASURES[0].replace('_', '-')))
                h.append("</div>\n<h3>Outcomes by deprivation quintile</h3>\n<div class=\"grid\">\n");
            h.append("<figure class=\"chart").append(small ? " small" : "").append("\" id=\"figure-").append(ch.name()).append("\">\n")
                    .append(ch.svgElement()).append("\n<figcaption>").append(esc(ch.alt()))
                    .append(" <a href=\"charts/").append(ch.name()).append(".png\">PNG</a> · <a href=\"charts/").append(ch.name())
                    .append(".svg\">SVG</a></figcaption>\n</figure>\n");
        }
        h.append("</div>\n</section>\n");

        agencyTables(h, c);
        outcomeTables(h, c);
        assumptions(h, c, differences);
        if (decomposition != null) DecompositionReport.html(h, decomposition);
        caveats(h, w, evidence);

        h.append("<section id=\"trace\">\n<h2>Where every number comes from</h2>\n<p>This page was written by <code>capsim compare</code> ")
                .append("from the files beside it: <code>deltas.csv</code> (each agency, measure and year), ")
                .append("<code>who-invests-who-saves.csv</code>, <code>summary.json</code> (totals, net present value, break-even, outcomes, ")
                .append("deprivation gap), ").append(decomposition != null ? "<code>decomposition.csv</code> (the saving by practice mechanism), " : "")
                .append("<code>charts/</code>, and each scenario's own run outputs in <code>baseline/</code> and ")
                .append("<code>scenario/</code> (weekly time series of every replication and the fully resolved scenario), and ")
                .append("<code>manifest.json</code> (version, command line, times). ")
                .append("Sign convention: ").append(esc(ComparisonFiles.SIGN_CONVENTION)).append(".</p>\n</section>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /** How sure: the probability, both intervals side by side, per agency. */
    private static void uncertainty(StringBuilder h, ProbabilisticAnswer pa) {
        h.append("<section id=\"how-sure\">\n<h2>How sure are we?</h2>\n<p>Two kinds of uncertainty. <strong>Chance</strong>: ")
                .append("the same community can turn out differently because life events fall differently; more replications shrink it. ")
                .append("<strong>Parameters</strong>: most of the model's numbers are assumptions or fits, so each replication ran with ")
                .append("its own draw of ").append(esc(pa.drawn())).append("; more replications do not shrink this, only better evidence ")
                .append("does.</p>\n<table class=\"figures\">\n<tr><th>Budget</th><th>Probability of a saving</th><th>Mean saving</th>")
                .append("<th>95% interval, parameters and chance</th><th>95% interval, chance alone</th></tr>\n");
        List<ProbabilisticAnswer.Saving> rows = new java.util.ArrayList<>(pa.agencies());
        rows.add(0, pa.net());
        for (ProbabilisticAnswer.Saving s : rows)
            h.append("<tr><td>").append(esc(Words.agencyLabel(s.group()))).append("</td><td>")
                    .append(s.mean() == 0 && s.sdTotal() == 0 ? "no change" : UncertaintyReport.probability(s.probability()))
                    .append("</td><td>").append(Numbers.signedMoney(s.mean())).append("</td><td>").append(Numbers.signedMoney(s.low()))
                    .append(" to ").append(Numbers.signedMoney(s.high())).append("</td><td>").append(Numbers.signedMoney(s.chanceLow()))
                    .append(" to ").append(Numbers.signedMoney(s.chanceHigh())).append("</td></tr>\n");
        h.append("</table>\n<p class=\"note\">Chance alone is measured within draws: ").append(pa.layout().replications() - pa.draws())
                .append(" of the ").append(pa.draws()).append(" draws ran again from a new seed; the draws' spread beyond chance is the parameters'. ")
                .append("Drivers: ").append(esc(pa.driversMethod())).append(" (see the tornado chart and <code>draws.csv</code>).</p>\n</section>\n");
    }

    /** The shipped scenarios, to name a fair pairing. */
    private static List<Scenario> shipped() {
        List<Scenario> out = new java.util.ArrayList<>();
        for (String n : capsim.scenario.ScenarioLoader.shippedNames()) out.add(capsim.scenario.ScenarioLoader.load(n));
        return out;
    }

    private static void scenarioEntry(StringBuilder h, String role, Scenario s) {
        h.append("<dt>").append(role).append(": <strong>").append(esc(s.name())).append("</strong>");
        if (s.source() != null) h.append(" <span class=\"file\">(").append(esc(s.source().getFileName().toString())).append(")</span>");
        h.append("</dt>\n<dd>").append(esc(s.description() == null ? "" : s.description())).append("</dd>\n");
    }

    private static void keyFigures(StringBuilder h, PairedComparison c) {
        h.append("<section id=\"key-figures\">\n<h2>Key figures</h2>\n<table class=\"figures\">\n")
                .append("<tr><th></th><th>Mean</th><th>95% interval of the mean over ").append(c.replications()).append(" replications</th></tr>\n");
        Delta total = c.delta(PairedComparison.ALL, "cost", 0);
        row(h, "Total cost over " + c.years() + " years, baseline", Numbers.money(total.baseline().mean()), levelRange(total.baseline()));
        row(h, "Total cost over " + c.years() + " years, scenario", Numbers.money(total.scenario().mean()), levelRange(total.scenario()));
        row(h, "Net saving (baseline minus scenario)", Numbers.signedMoney(c.netSaving().mean()), moneyRange(c.netSaving()));
        row(h, String.format(Locale.ROOT, "Net present value of the saving at %.1f%%", c.discountRate() * 100),
                Numbers.signedMoney(c.npvSaving().mean()), moneyRange(c.npvSaving()));
        for (Change inv : c.investment())
            row(h, Words.capitalised(inv.measure().replace("_cost", "").replace('_', ' ')) + " spending, change (inside agency costs)",
                    Numbers.signedMoney(inv.change().mean()), moneyRange(inv.change()));
        row(h, "Value of unpaid care, change (outside every budget, not in the totals)", Numbers.signedMoney(c.unpaidCare().change().mean()),
                moneyRange(c.unpaidCare().change()));
        Change lost = c.societal().get(2), society = c.societal().get(3);
        row(h, "Carers' lost earnings, change (outside every budget, not in the totals)", Numbers.signedMoney(lost.change().mean()),
                moneyRange(lost.change()));
        row(h, "Societal cost change: budgets, unpaid care and lost earnings (scenario minus baseline)",
                Numbers.signedMoney(society.change().mean()), moneyRange(society.change()));
        String[] access = {"Adults assessed eligible and not served that week, total (baseline / scenario)",
                "People waiting for an adult social care assessment, mean", "Reviews of long-term support overdue, mean",
                "People who stopped waiting unassessed, total"};
        for (int k = 0; k < access.length; k++) {
            Change a = c.access().get(k);
            row(h, access[k], Numbers.number(a.baseline().mean()) + " / " + Numbers.number(a.scenario().mean()),
                    "change " + Numbers.signedNumber(a.change().mean()) + " (" + Numbers.signedNumber(a.change().low()) + " to "
                            + Numbers.signedNumber(a.change().high()) + ")");
        }
        int med = c.medianBreakEvenYear();
        row(h, "Break-even year (median of replications)", med == 0 ? "not within " + c.years() + " years" : "year " + med,
                "never within the horizon: " + Numbers.percent(c.breakEvenShare(0)) + " of replications");
        h.append("</table>\n<p class=\"note\">These intervals say how precisely the ").append(c.replications())
                .append(" replications pin down the average. The range the saving itself could take, given what is not known about ")
                .append("the parameters, is the interval at the top of the page (and in How sure are we?).</p>\n");
        h.append("<h3>Break-even year across replications</h3>\n<table class=\"breakeven\">\n<tr><th>Year</th>");
        for (int y = 1; y <= c.years(); y++) h.append("<th>").append(y).append("</th>");
        h.append("<th>Never</th></tr>\n<tr><td>Share of replications</td>");
        for (int y = 1; y <= c.years(); y++) h.append("<td>").append(Numbers.percent(c.breakEvenShare(y))).append("</td>");
        h.append("<td>").append(Numbers.percent(c.breakEvenShare(0))).append("</td></tr>\n</table>\n")
                .append("<p class=\"note\">Break-even: the first year from whose end the cumulative saving stays above zero to the end of the horizon.</p>\n</section>\n");
    }

    private static void agencyTables(StringBuilder h, PairedComparison c) {
        h.append("<section id=\"agencies\">\n<h2>Agency by agency</h2>\n")
                .append("<p class=\"note\">Cost change is scenario minus baseline: positive means the budget spends more (invests), negative means it saves. ")
                .append("Demand changes are in contacts and crises per year and open cases at the year's end.</p>\n")
                .append("<table class=\"agencies\">\n<tr><th>Agency</th><th>Role</th><th>Cost change over ").append(c.years())
                .append(" years</th><th>95% interval of the mean</th><th>Contacts change</th><th>Open cases change (mean level)</th><th>Crises change</th></tr>\n");
        for (String g : PairedComparison.groups()) {
            Interval ch = c.delta(g, "cost", 0).change();
            h.append("<tr><td>").append(esc(Words.agencyLabel(g))).append("</td><td>").append(g.equals(PairedComparison.ALL) ? "" : roleOnPage(ch))
                    .append("</td><td>").append(Numbers.signedMoney(ch.mean())).append("</td><td>").append(moneyRange(ch)).append("</td>");
            for (String m : List.of("contacts", "open_cases", "crises"))
                h.append("<td>").append(Numbers.signedNumber(c.delta(g, m, 0).change().mean())).append("</td>");
            h.append("</tr>\n");
            if (g.equals(Agency.ASC.code)) ascByAge(h, c);
        }
        h.append("</table>\n");
        for (String g : PairedComparison.groups()) {
            h.append("<h3 id=\"agency-").append(g).append("\">").append(esc(Words.agencyLabel(g))).append("</h3>\n<table class=\"agency\">\n")
                    .append("<tr><th>Year</th><th>Baseline cost</th><th>Scenario cost</th><th>Cost change</th><th>95% interval of the mean</th>")
                    .append("<th>Contacts change</th><th>Open cases change</th><th>Crises change</th></tr>\n");
            for (int y = 1; y <= c.years(); y++) {
                Delta d = c.delta(g, "cost", y);
                h.append("<tr><td>").append(y).append("</td><td>").append(Numbers.money(d.baseline().mean())).append("</td><td>")
                        .append(Numbers.money(d.scenario().mean())).append("</td><td>").append(Numbers.signedMoney(d.change().mean()))
                        .append("</td><td>").append(moneyRange(d.change())).append("</td>");
                for (String m : List.of("contacts", "open_cases", "crises")) {
                    Interval ch = c.delta(g, m, y).change();
                    h.append("<td>").append(Numbers.signedNumber(ch.mean())).append(" <span class=\"ci\">")
                            .append(numberRange(ch)).append("</span></td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("</section>\n");
    }

    /**
     * Adult social care's change split by the person's age, under its row: the two budgets within it a
     * commissioner reports on. Charges on a child or on no one (training, supervision) are in neither row.
     */
    private static void ascByAge(StringBuilder h, PairedComparison c) {
        for (int k = 0; k < c.ascByAge().size(); k++) {
            Interval ch = c.ascByAge().get(k).change();
            h.append("<tr class=\"sub\"><td>").append(esc(Words.ascAgeLabel(k))).append("</td><td>").append(roleOnPage(ch))
                    .append("</td><td>").append(Numbers.signedMoney(ch.mean())).append("</td><td>").append(moneyRange(ch))
                    .append("</td><td></td><td></td><td></td></tr>\n");
        }
    }

    /** A budget's role in plain words: "invests" would flatter extra spending that buys nothing. */
    private static String roleOnPage(Interval change) {
        return switch (Words.role(change)) {
            case "invests" -> "spends more";
            case "saves" -> "spends less";
            default -> Words.role(change);
        };
    }

    private static void outcomeTables(StringBuilder h, PairedComparison c) {
        h.append("<section id=\"outcomes\">\n<h2>Outcomes for people</h2>\n<table>\n<tr><th>Final year (mean weekly level)</th><th>Baseline</th>")
                .append("<th>Scenario</th><th>Change</th><th>95% interval of the mean</th></tr>\n");
        for (Change o : c.finalYearOutcomes())
            h.append("<tr><td>").append(esc(Words.capitalised(Words.label(o.measure())))).append("</td><td>")
                    .append(Numbers.number(o.baseline().mean())).append("</td><td>").append(Numbers.number(o.scenario().mean()))
                    .append("</td><td>").append(Numbers.signedNumber(o.change().mean())).append("</td><td>").append(numberRange(o.change()))
                    .append("</td></tr>\n");
        h.append("</table>\n<h3>Gap between the most and least deprived quintiles</h3>\n<table>\n<tr><th>Most minus least deprived, final year</th>")
                .append("<th>Baseline gap</th><th>Scenario gap</th><th>Change in gap</th><th>95% interval of the mean</th></tr>\n");
        for (Change g : c.deprivationGaps())
            h.append("<tr><td>").append(esc(Words.capitalised(Words.label(g.measure())))).append("</td><td>")
                    .append(Numbers.number(g.baseline().mean())).append("</td><td>").append(Numbers.number(g.scenario().mean()))
                    .append("</td><td>").append(Numbers.signedNumber(g.change().mean())).append("</td><td>").append(numberRange(g.change()))
                    .append("</td></tr>\n");
        h.append("</table>\n</section>\n");
    }

    private static void assumptions(StringBuilder h, PairedComparison c, List<Difference> differences) {
        h.append("<section id=\"assumptions\">\n<h2>The assumptions that drive the result most</h2>\n");
        if (differences.isEmpty()) {
            h.append("<p>The baseline and the scenario have identical parameters. With common random numbers, nothing can make them differ.</p>\n");
        } else {
            h.append("<p>Both scenarios were run with the same random life events, so these ").append(differences.size())
                    .append(" parameters, and nothing else, make the difference. Largest change relative to each parameter's valid range first; ")
                    .append("a value whose source is an assumption is marked; a source of \u201cscenario\u201d marks a policy lever the ")
                    .append("comparison is about.</p>\n<table class=\"params\">\n")
                    .append("<tr><th>Parameter</th><th>Baseline</th><th>Scenario</th><th>Unit</th><th>Share of range</th><th>Source</th></tr>\n");
            for (Difference d : differences) {
                h.append("<tr").append(d.isAssumption() ? " class=\"assumption\"" : "").append("><td><code>").append(esc(d.key()))
                        .append("</code>");
                if (!d.doc().isBlank()) h.append("<br><span class=\"doc\">").append(esc(d.doc())).append("</span>");
                h.append("</td><td>").append(esc(String.valueOf(d.baselineValue()))).append("</td><td>")
                        .append(esc(String.valueOf(d.scenarioValue()))).append("</td><td>").append(esc(d.unit())).append("</td><td>")
                        .append(Double.isNaN(d.relativeChange()) ? "n/a" : Numbers.percent(d.relativeChange())).append("</td><td>")
                        .append(esc(d.source())).append(d.isAssumption() ? " <strong>(assumption)</strong>" : "").append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        List<Difference> atWork = ParameterDifferences.putToWork(c.baseline(), c.scenario());
        if (!atWork.isEmpty()) {
            long assumed = atWork.stream().filter(Difference::isAssumption).count();
            h.append("<h3>Put to work by the switch</h3>\n<p>These ").append(atWork.size())
                    .append(" parameters have the same value in both files, but only the strengths-based pathway reads them, and only the ")
                    .append("scenario uses it; ").append(assumed).append(" of them rest on assumption. They shape the result as much as ")
                    .append("the differences above.</p>\n<table class=\"params\">\n<tr><th>Parameter</th><th>Value</th><th>Unit</th><th>Source</th></tr>\n");
            for (Difference d : atWork) {
                h.append("<tr").append(d.isAssumption() ? " class=\"assumption\"" : "").append("><td><code>").append(esc(d.key()))
                        .append("</code>");
                if (!d.doc().isBlank()) h.append("<br><span class=\"doc\">").append(esc(d.doc())).append("</span>");
                h.append("</td><td>").append(esc(String.valueOf(d.scenarioValue()))).append("</td><td>").append(esc(d.unit()))
                        .append("</td><td>").append(esc(d.source())).append(d.isAssumption() ? " <strong>(assumption)</strong>" : "")
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("</section>\n");
    }

    private static void caveats(StringBuilder h, Words w, Evidence evidence) {
        h.append("<section id=\"caveats\">\n<h2>Caveats the evidence demands</h2>\n<h3>From this run</h3>\n<ul>\n");
        for (String[] cv : w.computedCaveats())
            h.append("<li><strong>").append(esc(cv[0])).append(".</strong> ").append(esc(cv[1])).append("</li>\n");
        for (String[] cv : w.trialChecks())  // where a study checks a mechanism the scenario uses, and where none does
            h.append("<li><strong>").append(esc(cv[0])).append(".</strong> ").append(esc(cv[1])).append("</li>\n");
        h.append("</ul>\n<h3>From the evidence</h3>\n<ul>\n");
        for (Evidence.Caveat cv : evidence.caveats())
            h.append("<li><strong>").append(esc(cv.title())).append(".</strong> ").append(esc(cv.text()))
                    .append(" <span class=\"source\">Source: ").append(esc(cv.source())).append(".</span></li>\n");
        h.append("</ul>\n<h3>Published effects and how much weight they bear</h3>\n<table class=\"evidence\">\n")
                .append("<tr><th>Approach</th><th>Study design</th><th>Outcome</th><th>Effect</th><th>Also</th></tr>\n");
        for (Evidence.Pattern p : evidence.patterns())
            h.append("<tr><td>").append(esc(p.approach())).append("</td><td>").append(esc(p.design())).append("</td><td>")
                    .append(esc(p.outcome())).append("</td><td>").append(esc(p.effect())).append("</td><td>").append(esc(p.also()))
                    .append("</td></tr>\n");
        h.append("</table>\n<p>Critique:</p>\n<ul>\n");
        for (String s : evidence.critique()) h.append("<li>").append(esc(s)).append("</li>\n");
        h.append("</ul>\n</section>\n");
    }

    private static void row(StringBuilder h, String label, String value, String range) {
        h.append("<tr><td>").append(esc(label)).append("</td><td>").append(esc(value)).append("</td><td>").append(esc(range)).append("</td></tr>\n");
    }

    private static String moneyRange(Interval i) {
        if (Double.isNaN(i.low())) return "n/a (one replication)";
        return Numbers.signedMoney(i.low()) + " to " + Numbers.signedMoney(i.high());
    }

    private static String levelRange(Interval i) {
        if (Double.isNaN(i.low())) return "n/a (one replication)";
        return Numbers.money(i.low()) + " to " + Numbers.money(i.high());
    }

    private static String numberRange(Interval i) {
        if (Double.isNaN(i.low())) return "";
        return "[" + Numbers.signedNumber(i.low()) + ", " + Numbers.signedNumber(i.high()) + "]";
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final String CSS = """
            body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #222; max-width: 1100px; margin: 0 auto; padding: 1em 1.5em 3em; line-height: 1.45; }
            h1 { font-size: 1.7em; margin-bottom: .2em; }
            h2 { border-bottom: 2px solid #ddd; padding-bottom: .2em; margin-top: 1.8em; }
            .meta, .note, .file, .source, .doc, .ci { color: #666; font-size: .88em; }
            .question { font-size: 1.15em; font-style: italic; }
            dt { margin-top: .5em; }
            .verdict { border-left: 8px solid #888; background: #f6f6f6; padding: .3em 1em .6em; }
            .verdict li { font-size: 1.05em; margin: .25em 0; }
            .verdict-saving { border-color: #2166ac; }
            .verdict-extra_cost { border-color: #b2182b; }
            .verdict-no_clear_difference { border-color: #e08214; }
            .verdict-identical { border-color: #888; }
            table { border-collapse: collapse; margin: .6em 0 1em; font-size: .9em; }
            th, td { border: 1px solid #ddd; padding: .25em .5em; text-align: left; vertical-align: top; }
            th { background: #f0f0f0; }
            td:not(:first-child) { font-variant-numeric: tabular-nums; }
            tr.assumption td { background: #fff7e6; }
            tr.sub td:first-child { padding-left: 1.5em; }
            figure.chart { margin: 1em 0; }
            figure.chart svg { width: 100%; height: auto; display: block; border: 1px solid #eee; }
            figcaption { color: #555; font-size: .85em; }
            .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(460px, 1fr)); gap: .5em 1em; }
            @media print { .grid { grid-template-columns: 1fr 1fr; } h2 { break-after: avoid; } }
            """;
}
