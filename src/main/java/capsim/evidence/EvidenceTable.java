package capsim.evidence;

import capsim.output.Numbers;
import capsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The evidence table: each published finding beside the same estimand measured in the model's
 * virtual trial, with the verdict; written as {@code evidence.csv} and {@code evidence.md}.
 */
public record EvidenceTable(Scenario base, int replications, List<Row> rows) {

    public record Row(Findings.Finding finding, double simulated, double low, double high, Verdicts.Verdict verdict) {}

    public static final String CSV_HEADER = "study,estimand,observed,observed_low,observed_high,simulated,simulated_low,simulated_high,kind,verdict";

    /** Every finding against its estimand computed on the replications' counters. */
    public static EvidenceTable of(Scenario base, Findings findings, List<Counts> reps) {
        List<Row> rows = new ArrayList<>();
        for (Findings.Finding f : findings.rows()) {
            ToDoubleFunction<Counts> e = Estimands.ALL.get(f.id());
            if (e == null) throw new IllegalStateException("evidence-patterns.yaml: no estimand computes row " + f.id());
            double[] s = Estimands.estimate(e, reps);
            rows.add(new Row(f, s[0], s[1], s[2], Verdicts.of(f.kind(), f.low(), f.high(), s[0])));
        }
        return new EvidenceTable(base, reps.size(), List.copyOf(rows));
    }

    public boolean allPass(Verdicts.Kind kind) {
        return rows.stream().filter(r -> r.finding().kind() == kind).allMatch(r -> r.verdict().passes());
    }

    public String csv() {
        StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
        for (Row r : rows) {
            Findings.Finding f = r.finding();
            b.append(String.join(",", field(f.study()), field(f.estimand()), num(f.observed()), num(f.low()), num(f.high()),
                    num(r.simulated()), num(r.low()), num(r.high()), f.kind().code, r.verdict().code)).append('\n');
        }
        return b.toString();
    }

    public String markdown() {
        StringBuilder b = new StringBuilder("# The model against the studies, each on its own estimand\n\n");
        b.append(String.format(Locale.ROOT, "Base scenario `%s`, population %,d, %d replications of each virtual trial (seed %d, %d years of burn-in). "
                + "Simulated: the estimate on the replications pooled, with a jackknife 95%% interval over replications. "
                + "Observed: the study's estimate and its 95%% interval, or the stated rule where it gives none.%n%n",
                base.name(), base.population(), replications, base.seed(), base.burnInYears()));
        b.append("| study | estimand | kind | observed | observed range | simulated | simulated 95% interval | verdict |\n");
        b.append("|---|---|---|---:|---|---:|---|---|\n");
        for (Row r : rows) {
            Findings.Finding f = r.finding();
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | **%s** |%n", f.study(), f.estimand(), f.kind().code,
                    g(f.observed()), range(f.low(), f.high()), g(r.simulated()), range(r.low(), r.high()), r.verdict().code));
        }
        b.append("\n## Where the observed ranges come from\n\n");
        for (Row r : rows)
            b.append("- **").append(r.finding().id()).append("**: ").append(r.finding().interval()).append(". Source: ")
                    .append(r.finding().source()).append(".\n");
        long trials = rows.stream().filter(r -> r.finding().kind() == Verdicts.Kind.TRIAL).count();
        long within = rows.stream().filter(r -> r.finding().kind() == Verdicts.Kind.TRIAL && r.verdict().passes()).count();
        long bounds = rows.stream().filter(r -> r.finding().kind() == Verdicts.Kind.BOUND).count();
        long kept = rows.stream().filter(r -> r.finding().kind() == Verdicts.Kind.BOUND && r.verdict().passes()).count();
        b.append(String.format(Locale.ROOT, "%n%d of %d trial rows within; %d of %d bounds respected.%n", within, trials, kept, bounds));
        b.append("\n## Held out (fixed before any run, never used to fit)\n\n");
        for (Row r : rows)
            if (r.finding().kind() == Verdicts.Kind.HELD_OUT)
                b.append(String.format(Locale.ROOT, "- %s: observed %s (%s), simulated %s (%s): **%s**%n", r.finding().estimand(),
                        g(r.finding().observed()), range(r.finding().low(), r.finding().high()), g(r.simulated()), range(r.low(), r.high()),
                        r.verdict().code));
        return b.toString();
    }

    private static String num(double d) { return Double.isNaN(d) ? "" : Numbers.format(d); }

    private static String g(double d) { return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.3g", d); }

    private static String range(double lo, double hi) {
        if (Double.isNaN(lo) && Double.isNaN(hi)) return "n/a";
        if (Double.isNaN(hi)) return "at least " + g(lo);
        if (Double.isNaN(lo)) return "at most " + g(hi);
        return g(lo) + " to " + g(hi);
    }

    private static String field(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
