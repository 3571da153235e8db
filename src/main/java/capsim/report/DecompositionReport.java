package capsim.report;

import capsim.analysis.Interval;
import capsim.output.Csv;
import capsim.output.Numbers;
import capsim.study.Decomposition;
import capsim.study.Decomposition.Row;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The saving by practice mechanism ({@code compare --decompose}), written from a
 * {@link Decomposition}: {@code decomposition.csv}, the {@code decomposition} block of
 * {@code summary.json} and the table of {@code report.html}.
 */
public final class DecompositionReport {
    private DecompositionReport() {}

    static final String METHOD = "one extra comparison per practice mechanism (capsim/practice-mechanisms.yaml): the baseline "
            + "against the scenario with that mechanism switched off in the scenario arm only, chance alone (every arm at the "
            + "files' values and --set, nothing drawn), on the comparison's seeds and replications, so every difference is paired. "
            + "share_of_full_saving = (full - off) / full on the means; saving_it_carries is off-arm cost minus full-scenario cost, "
            + "replication by replication, with its paired 95% interval. Shares need not add up to 1: mechanisms interact.";

    public static String csv(Decomposition d) {
        StringBuilder b = new StringBuilder("mechanism,keys_switched,net_saving_with_it_off_gbp,net_saving_with_it_off_ci95_low,"
                + "net_saving_with_it_off_ci95_high,saving_it_carries_gbp,saving_it_carries_ci95_low,saving_it_carries_ci95_high,"
                + "full_net_saving_gbp,share_of_full_saving,replications\n");
        for (Row r : d.rows())
            b.append(r.mechanism()).append(',').append(Csv.field(String.join("; ", r.switched()))).append(',')
                    .append(Numbers.data(r.savingOff().mean())).append(',').append(Numbers.data(r.savingOff().low())).append(',')
                    .append(Numbers.data(r.savingOff().high())).append(',').append(Numbers.data(r.carried().mean())).append(',')
                    .append(Numbers.data(r.carried().low())).append(',').append(Numbers.data(r.carried().high())).append(',')
                    .append(Numbers.data(d.fullSaving().mean())).append(',').append(Numbers.data(r.share())).append(',')
                    .append(r.savingOff().n()).append('\n');
        return b.toString();
    }

    public static Map<String, Object> summary(Decomposition d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", METHOD);
        m.put("replications", d.replications());
        m.put("full_net_saving_gbp", interval(d.fullSaving()));
        List<Object> rows = new ArrayList<>();
        for (Row r : d.rows()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("mechanism", r.mechanism());
            rm.put("doc", r.doc());
            rm.put("keys_switched", r.switched());
            rm.put("net_saving_with_it_off_gbp", interval(r.savingOff()));
            rm.put("saving_it_carries_gbp", interval(r.carried()));
            rm.put("share_of_full_saving", r.share());
            rows.add(rm);
        }
        m.put("mechanisms", rows);
        return m;
    }

    private static Map<String, Object> interval(Interval i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", i.mean());
        m.put("ci95_low", i.low());
        m.put("ci95_high", i.high());
        return m;
    }

    /** The page's section: one row per mechanism. */
    static void html(StringBuilder h, Decomposition d) {
        Interval f = d.fullSaving();
        h.append("<section id=\"decomposition\">\n<h2>What carries the saving</h2>\n<p>Each practice mechanism switched off in turn ")
                .append("in the scenario, everything else as it is, on the same ").append(d.replications())
                .append(" seeds, chance alone. The full saving at the files' values is ").append(Numbers.signedMoney(f.mean()))
                .append(" (95% interval ").append(range(f)).append(").</p>\n<table class=\"figures\">\n")
                .append("<tr><th>Mechanism switched off</th><th>Parameters set</th><th>Net saving with it off</th><th>95% interval</th>")
                .append("<th>Saving it carries</th><th>95% interval</th><th>Share of the full saving</th></tr>\n");
        for (Row r : d.rows()) {
            h.append("<tr><td>").append(ReportPage.esc(r.mechanism().replace('_', ' ')));
            if (!r.doc().isBlank()) h.append("<br><span class=\"doc\">").append(ReportPage.esc(r.doc())).append("</span>");
            h.append("</td><td>");
            for (int i = 0; i < r.switched().size(); i++)
                h.append(i > 0 ? "<br>" : "").append("<code>").append(ReportPage.esc(r.switched().get(i))).append("</code>");
            h.append("</td><td>").append(Numbers.signedMoney(r.savingOff().mean())).append("</td><td>").append(range(r.savingOff()))
                    .append("</td><td>").append(Numbers.signedMoney(r.carried().mean())).append("</td><td>").append(range(r.carried()))
                    .append("</td><td>").append(Double.isNaN(r.share()) ? "n/a" : Numbers.percent(r.share())).append("</td></tr>\n");
        }
        h.append("</table>\n<p class=\"note\">Share of the full saving = (full - off) / full. The saving a mechanism carries is paired ")
                .append("replication by replication, so its interval is narrower than the two savings'. Shares need not add up to 100%: ")
                .append("mechanisms work through one another. The mechanisms and how each is switched off are listed in ")
                .append("<code>decomposition.csv</code>.</p>\n</section>\n");
    }

    private static String range(Interval i) {
        if (Double.isNaN(i.low())) return "n/a";
        return Numbers.signedMoney(i.low()) + " to " + Numbers.signedMoney(i.high());
    }
}
