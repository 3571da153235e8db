package capsim.cli;

import capsim.output.Numbers;
import capsim.experiment.Replications;
import capsim.experiment.RunResult;
import capsim.output.OutputFolder;
import capsim.output.Progress;
import capsim.output.RunFiles;
import capsim.output.Summary;
import capsim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code capsim run}: simulates a scenario and writes its outputs folder. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a scenario and write its outputs to a new folder.",
                "",
                "Runs R replications after burn-in. The folder holds timeseries.csv (one",
                "row per week per replication), summary.json (per year and agency, with",
                "95%% intervals), scenario.yaml (the fully resolved scenario) and",
                "manifest.json (version, seed, times, command line). It appears only when",
                "the run has finished.",
                ""})
public final class RunCommand implements Callable<Integer> {
    static final int MAX_REPLICATIONS = 10_000;

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A scenario file, or the name of a shipped scenario (see: capsim list)")
    String scenario;

    @Mixin ScenarioOptions options;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "1", description = "Replications, each with its own seed (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, new or empty (default: output/<scenario>-<yyyyMMdd-HHmmss>)")
    Path out;

    @Override public Integer call() throws Exception {
        Instant started = Instant.now();
        Scenario s = options.load(scenario);
        options.warnUnread(s);
        check("--replications", replications, MAX_REPLICATIONS);
        int t = options.threads(replications);

        Path target = out != null ? out : OutputFolder.defaultTarget(s.name());
        List<RunResult> results;
        Path done;
        try (OutputFolder folder = OutputFolder.open(target, out == null)) {
            long total = (long) replications * (s.burnInWeeks() + s.reportedWeeks());
            try (Progress p = Progress.onTerminal("run " + s.name(), total)) {
                results = Replications.run(s, replications, t, p);
            }
            RunFiles.write(folder.dir(), Main.version(), "run", Main.commandLine(spec), s, results, t, started);
            done = folder.commit();
        }
        report(s, results, t, done);
        return 0;
    }

    private void check(String option, int value, int max) {
        if (value < 1 || value > max)
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + ": expected a whole number in [1, " + max + "], got " + value);
    }

    private void report(Scenario s, List<RunResult> results, int t, Path done) {
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s: %d replication%s x %d year%s after %d burn-in, population %,d, seed %d, %d thread%s%n",
                s.name(), results.size(), results.size() == 1 ? "" : "s", s.years(), s.years() == 1 ? "" : "s",
                s.burnInYears(), s.population(), s.seed(), t, t == 1 ? "" : "s");
        for (Summary.Outcome oc : Summary.outcomes()) {
            if (!List.of("total_cost", "crises", "wellbeing", "unmet_need", "carer_strain").contains(oc.name())) continue;
            double[] xs = results.stream().mapToDouble(oc.value()).toArray();
            Summary.Stats st = Summary.stats(xs);
            o.printf(Locale.ROOT, "  %-14s %s%s%n", oc.name(), Numbers.human(st.mean()),
                    Double.isNaN(st.low()) ? "" : "  (95% interval " + Numbers.human(st.low()) + " to " + Numbers.human(st.high()) + ")");
        }
        o.println("wrote " + done);
        o.flush();
    }

}
