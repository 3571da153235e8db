package capsim.cli;

import capsim.experiment.Replications;
import capsim.experiment.RunResult;
import capsim.output.Manifest;
import capsim.output.OutputFolder;
import capsim.output.Progress;
import capsim.output.Summary;
import capsim.output.TimeseriesCsv;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import capsim.scenario.ScenarioWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
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
    static final int MAX_REPLICATIONS = 10_000, MAX_THREADS = 256;

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A scenario file, or the name of a shipped scenario (see: capsim list)")
    String scenario;

    @Option(names = "--seed", paramLabel = "S", description = "Base seed (default: the scenario's)")
    String seed;

    @Option(names = "--years", paramLabel = "Y", description = "Reported years after burn-in (default: the scenario's)")
    String years;

    @Option(names = "--population", paramLabel = "N", description = "People in the synthetic population (default: the scenario's)")
    String population;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "1", description = "Replications, each with its own seed (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--threads", paramLabel = "T", description = "Threads; results do not depend on it (default: the number of processors)")
    Integer threads;

    @Mixin SetOptions set;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, new or empty (default: output/<scenario>-<yyyyMMdd-HHmmss>)")
    Path out;

    @Override public Integer call() throws Exception {
        Instant started = Instant.now();
        Scenario s = ScenarioLoader.load(scenario, set.sets);
        if (seed != null) s = ScenarioLoader.override(s, ScenarioLoader.SEED, seed, "--seed");
        if (years != null) s = ScenarioLoader.override(s, ScenarioLoader.YEARS, years, "--years");
        if (population != null) s = ScenarioLoader.override(s, ScenarioLoader.POPULATION, population, "--population");
        check("--replications", replications, MAX_REPLICATIONS);
        int t = threads == null ? Math.min(replications, Runtime.getRuntime().availableProcessors()) : threads;
        check("--threads", t, MAX_THREADS);

        Path target = out != null ? out : OutputFolder.defaultTarget(s.name());
        List<RunResult> results;
        Path done;
        try (OutputFolder folder = OutputFolder.open(target, out == null)) {
            long total = (long) replications * (s.burnInWeeks() + s.reportedWeeks());
            try (Progress p = Progress.onTerminal("run " + s.name(), total)) {
                results = Replications.run(s, replications, t, p);
            }
            TimeseriesCsv.write(folder.file("timeseries.csv"), results);
            Files.writeString(folder.file("summary.json"), Summary.write(s, results), StandardCharsets.UTF_8);
            Files.writeString(folder.file("scenario.yaml"), ScenarioWriter.write(s), StandardCharsets.UTF_8);
            List<String> commandLine = new ArrayList<>(List.of("capsim"));
            commandLine.addAll(spec.commandLine().getParseResult().originalArgs());
            Files.writeString(folder.file("manifest.json"), Manifest.write(Main.version(), "run", commandLine, s,
                    replications, t, started, Instant.now(),
                    List.of("timeseries.csv", "summary.json", "scenario.yaml", "manifest.json")), StandardCharsets.UTF_8);
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
            o.printf(Locale.ROOT, "  %-14s %s%s%n", oc.name(), human(st.mean()),
                    Double.isNaN(st.low()) ? "" : "  (95% interval " + human(st.low()) + " to " + human(st.high()) + ")");
        }
        o.println("wrote " + done);
        o.flush();
    }

    static String human(double x) {
        if (Double.isNaN(x)) return "n/a";
        if (Math.abs(x) >= 1000) return String.format(Locale.ROOT, "%,.0f", x);
        return x == Math.rint(x) ? Long.toString((long) x) : String.format(Locale.ROOT, "%.4g", x);
    }
}
