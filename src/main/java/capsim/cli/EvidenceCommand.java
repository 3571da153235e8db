package capsim.cli;

import capsim.evidence.Counts;
import capsim.evidence.EvidenceTable;
import capsim.evidence.Findings;
import capsim.evidence.TrialRuns;
import capsim.evidence.Verdicts;
import capsim.output.Numbers;
import capsim.output.OutputFolder;
import capsim.output.Progress;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code capsim evidence}: each strong study run as a virtual trial inside the model, on its own estimand. */
@Command(name = "evidence", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a virtual version of each study in evidence-patterns.yaml inside the model (family group conferencing, "
                + "Community Led Support, Signs of Safety, social prescribing, the before-and-after claims treated as bounds) and "
                + "the held-out patterns, and write evidence.csv, evidence.md and counts.csv (every replication's trial counters) "
                + "to a new folder.",
                "Exit status 0 when every trial row is within the study's interval and every bound is respected, 3 when some "
                + "is not (the files are written either way), 2 on bad input. Held-out rows never change the exit status."})
public final class EvidenceCommand implements Callable<Integer> {
    /** Exit status when some trial row is outside or some bound broken. */
    static final int DISAGREES = 3;

    @Spec CommandSpec spec;

    @Option(names = "--base", paramLabel = "SCENARIO", defaultValue = "baseline-deficit",
            description = "Scenario every virtual trial starts from: a file or a shipped name (default: ${DEFAULT-VALUE})")
    String base;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "10",
            description = "Replications of each virtual trial, at least 2 for an interval (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--population", paramLabel = "N", description = "People in the synthetic population (default: the base's)")
    String population;

    @Option(names = "--seed", paramLabel = "S", description = "Base seed (default: the base's)")
    String seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads; results do not depend on it (default: the number of processors)")
    Integer threads;

    @Mixin SetOptions set;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, new or empty (default: output/evidence-<base>-<yyyyMMdd-HHmmss>)")
    Path out;

    @Override public Integer call() throws Exception {
        // no --years: each virtual trial follows its study's own horizon
        Scenario b = ScenarioOptions.apply(ScenarioLoader.load(base, set.sets), seed, null, population);
        check("--replications", replications, 2, CompareCommand.MAX_REPLICATIONS);
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        check("--threads", t, 1, ScenarioOptions.MAX_THREADS);
        Findings findings = Findings.load();
        Path target = out != null ? out : OutputFolder.defaultTarget(OutputFolder.safeName("evidence-" + b.name()));
        List<Counts> reps;
        EvidenceTable table;
        Path done;
        try (OutputFolder folder = OutputFolder.open(target, out == null)) {
            try (Progress p = Progress.onTerminal("evidence " + b.name(), TrialRuns.totalWeeks(b, replications))) {
                reps = TrialRuns.run(b, replications, t, p);
            }
            table = EvidenceTable.of(b, findings, reps);
            Files.writeString(folder.file("evidence.csv"), table.csv(), StandardCharsets.UTF_8);
            Files.writeString(folder.file("evidence.md"), table.markdown(), StandardCharsets.UTF_8);
            Files.writeString(folder.file("counts.csv"), counts(reps), StandardCharsets.UTF_8);
            done = folder.commit();
        }
        PrintWriter o = spec.commandLine().getOut();
        for (EvidenceTable.Row r : table.rows())
            o.printf(Locale.ROOT, "  %-16s %-32s observed %-8s simulated %-10s %s%n", r.finding().kind().code, r.finding().id(),
                    fmt(r.finding().observed()), fmt(r.simulated()), r.verdict().code);
        o.println("wrote " + done);
        o.flush();
        return table.allPass(Verdicts.Kind.TRIAL) && table.allPass(Verdicts.Kind.BOUND) ? 0 : DISAGREES;
    }

    /** Every replication's counters, long form: replication, counter, value. */
    static String counts(List<Counts> reps) {
        StringBuilder b = new StringBuilder("replication,counter,value\n");
        for (int r = 0; r < reps.size(); r++)
            for (Map.Entry<String, Double> e : reps.get(r).values().entrySet())
                b.append(r).append(',').append(e.getKey()).append(',').append(Numbers.format(e.getValue())).append('\n');
        return b.toString();
    }

    private static String fmt(double d) { return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.3g", d); }

    private void check(String option, int value, int min, int max) {
        if (value < min || value > max)
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": expected a whole number in [" + min + ", " + max + "], got " + value);
    }
}
