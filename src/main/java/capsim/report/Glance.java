package capsim.report;

import capsim.analysis.Interval;
import capsim.analysis.PairedComparison;
import capsim.analysis.PairedComparison.Change;
import capsim.analysis.ParameterDifferences.Difference;
import capsim.model.Agency;
import capsim.output.Numbers;
import capsim.scenario.ParamRegistry;
import capsim.scenario.ParamSpec;
import capsim.scenario.Scenario;
import capsim.study.ProbabilisticAnswer;
import capsim.study.ProbabilisticAnswer.Saving;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The report's first screen, as a commissioner reads it: a warning first when the two sides
 * differ in place as well as practice; the probability of a net saving and what it rests on; the
 * net saving with one interval (with parameter uncertainty when parameters were drawn) and,
 * labelled, the chance-only one; who invests and who saves; break-even; the outcomes with their
 * scales. Every interval says which kind it is.
 */
final class Glance {
    private Glance() {}

    /** Below this many parameter draws a probability is a rough figure, and the page says so. */
    static final int FEW_DRAWS = 20;

    /** Scales of the outcome measures, as a reader needs them. */
    static String scale(String measure) {
        return switch (measure) {
            case "wellbeing" -> "score 14 to 70, higher is better";
            case "unmet_need" -> "share of people with need nothing covers";
            case "carer_strain" -> "0 none to 1 most";
            case "children_looked_after" -> "children";
            case "adults_long_term_support" -> "adults";
            default -> "";
        };
    }

    static void html(StringBuilder h, PairedComparison c, ProbabilisticAnswer pa, List<Difference> beyond, Scenario fair) {
        h.append("<section id=\"glance\">\n<h2>At a glance</h2>\n");
        if (!beyond.isEmpty()) placeWarning(h, c, beyond, fair);
        boolean drawn = pa != null && pa.draws() > 0;
        int y = c.years();
        if (pa != null) {
            h.append("<p class=\"probability\">Probability of a net saving over ").append(y).append(" years: <strong>")
                    .append(UncertaintyReport.probability(pa.net().probability())).append("</strong> <span class=\"note\">")
                    .append(ReportPage.esc(basis(pa))).append("</span></p>\n");
        }
        Saving net = pa == null ? null : pa.net();
        double mean = net != null ? net.mean() : c.netSaving().mean();
        h.append("<p class=\"headline\">Net saving over ").append(y).append(" years: <strong>").append(Numbers.signedMoney(mean))
                .append("</strong>; ");
        if (drawn) h.append("95% interval with parameter uncertainty ").append(range(net.low(), net.high())).append(".</p>\n")
                .append("<p class=\"note\">95% interval from chance alone (as if every parameter were known at the files' values): ")
                .append(range(net.chanceLow(), net.chanceHigh())).append(".</p>\n");
        else {
            Interval s = c.netSaving();
            h.append("95% interval from chance alone ").append(range(s.low(), s.high()))
                    .append(" <span class=\"note\">(no parameter was drawn: what is not known about the assumptions is not in it)</span>.</p>\n");
        }
        h.append("<div class=\"glance\">\n");
        who(h, c, pa, drawn);
        h.append("<div>\n<h3>Break-even</h3>\n<p>").append(ReportPage.esc(breakEven(c))).append("</p>\n");
        outcomes(h, c);
        h.append("</div>\n</div>\n</section>\n");
    }

    /** What the probability rests on: how many draws of how many replications, and a warning when few. */
    static String basis(ProbabilisticAnswer pa) {
        if (pa.draws() == 0) return "(from chance alone: no parameter was drawn)";
        int again = pa.layout().replications() - pa.draws();
        String s = "(from " + pa.draws() + " parameter draws and " + again + (again == 1 ? " more replication that repeats a draw" : " more replications that repeat a draw")
                + " from a new seed, to measure chance"
                + (Double.isNaN(pa.net().probabilityStandardError()) ? ""
                : "; the probability's standard error " + Math.round(100 * pa.net().probabilityStandardError()) + " points");
        return s + (pa.draws() < FEW_DRAWS ? "; with fewer than " + FEW_DRAWS + " draws, a rough figure)" : ")");
    }

    private static void placeWarning(StringBuilder h, PairedComparison c, List<Difference> beyond, Scenario fair) {
        List<String> what = new ArrayList<>();
        for (Difference d : beyond) what.add(plain(d.key()) + " (" + d.key() + ")");
        h.append("<p class=\"warning\" id=\"place-warning\"><strong>Place as well as practice.</strong> ")
                .append(ReportPage.esc(c.scenario().name())).append(" and ").append(ReportPage.esc(c.baseline().name()))
                .append(" differ in more than practice and policy: ").append(ReportPage.esc(String.join(", ", what)))
                .append(". The difference below is the place's as much as the practice's.");
        if (fair != null)
            h.append(" The fair comparison of the practice is <code>capsim compare ").append(ReportPage.esc(fair.name())).append(' ')
                    .append(ReportPage.esc(c.scenario().name())).append("</code>: the same place on today's practice.");
        h.append("</p>\n");
    }

    /** A parameter's plain name (its registry label), or its key when it has none. */
    static String plain(String key) {
        ParamSpec spec = ParamRegistry.get().spec(key);
        return spec == null || spec.label() == null || spec.label().isBlank() ? key : spec.label();
    }

    private static String range(double lo, double hi) { return Numbers.signedMoney(lo) + " to " + Numbers.signedMoney(hi); }

    /** Who invests and who saves: each budget's saving with the headline's kind of interval, savers first. */
    private static void who(StringBuilder h, PairedComparison c, ProbabilisticAnswer pa, boolean drawn) {
        record Row(String label, double mean, double low, double high, boolean exactlyZero) {}
        List<Row> rows = new ArrayList<>();
        if (pa != null)
            for (Saving s : pa.agencies())
                rows.add(new Row(Agency.byCode(s.group()).label, s.mean(), drawn ? s.low() : s.chanceLow(), drawn ? s.high() : s.chanceHigh(),
                        s.mean() == 0 && s.sdTotal() == 0));
        else
            for (Agency a : Agency.values()) {
                Interval ch = c.delta(a.code, "cost", 0).change();
                rows.add(new Row(a.label, -ch.mean(), -ch.high(), -ch.low(), ch.exactlyZero()));
            }
        rows.sort(Comparator.comparingDouble((Row r) -> -r.mean()));
        h.append("<table class=\"who\" id=\"who-invests-who-saves\">\n<caption>Who invests, who saves, over ").append(c.years())
                .append(" years (saving: baseline minus scenario; 95% interval ").append(drawn ? "with parameter uncertainty" : "from chance alone")
                .append(")</caption>\n<tr><th>Budget</th><th>Saving</th><th>95% interval</th><th></th></tr>\n");
        for (Row r : rows) {
            String role = r.exactlyZero() ? "no change" : r.low() > 0 ? "saves" : r.high() < 0 ? "invests (spends more)" : "no clear change";
            h.append("<tr class=\"").append(role.split(" ")[0]).append("\"><td>").append(ReportPage.esc(r.label())).append("</td><td>")
                    .append(r.exactlyZero() ? "£0" : Numbers.signedMoney(r.mean())).append("</td><td>")
                    .append(r.exactlyZero() ? "" : range(r.low(), r.high())).append("</td><td>").append(role).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    static String breakEven(PairedComparison c) {
        double never = c.breakEvenShare(0);
        int med = c.medianBreakEvenYear();
        String within = Numbers.percent(1 - never) + " of the " + c.replications() + " replications break even within " + c.years() + " years";
        return within + (med > 0 ? "; median year " + med + "." : "; the median replication does not.");
    }

    private static void outcomes(StringBuilder h, PairedComparison c) {
        h.append("<h3>Outcomes for people, final year</h3>\n<table class=\"outcomes\">\n<tr><th>Measure (scale)</th><th>Baseline</th>")
                .append("<th>Scenario</th><th>Change (95% interval of the mean over ").append(c.replications())
                .append(" replications)</th></tr>\n");
        for (String m : List.of("wellbeing", "unmet_need", "carer_strain")) {
            Change o = c.finalYearOutcomes().stream().filter(x -> x.measure().equals(m)).findFirst().orElseThrow();
            Interval ch = o.change();
            h.append("<tr><td>").append(Words.capitalised(Words.label(m))).append(" <span class=\"note\">(").append(scale(m))
                    .append(")</span></td><td>").append(Numbers.number(o.baseline().mean())).append("</td><td>")
                    .append(Numbers.number(o.scenario().mean())).append("</td><td>")
                    .append(ch.exactlyZero() ? "none" : Numbers.signedNumber(ch.mean()) + " (" + Numbers.signedNumber(ch.low()) + " to "
                            + Numbers.signedNumber(ch.high()) + ")").append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** The first screen's styles (added to the page's). */
    static final String CSS = """
            #glance h2 { margin-top: .6em; }
            #glance table { font-size: .85em; margin: .3em 0; } #glance td, #glance th { padding: .12em .4em; }
            #glance .probability { font-size: 1.35em; margin: .3em 0; }
            #glance .headline { font-size: 1.2em; margin: .3em 0; }
            #glance .warning { background: #fff3e0; border-left: 6px solid #e08214; padding: .5em .8em; }
            .glance { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5em; align-items: start; }
            table.outcomes .note { display: block; }
            .glance h3 { margin: .6em 0 .2em; font-size: 1em; }
            table.who caption { caption-side: top; text-align: left; font-size: .9em; color: #444; }
            table.who td { white-space: nowrap; } table.outcomes td:first-child { min-width: 12em; }
            table.who tr.saves td:last-child { color: #2166ac; } table.who tr.invests td:last-child { color: #b2182b; }
            """;
}
