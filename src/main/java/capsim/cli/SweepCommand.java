package capsim.cli;

import capsim.output.Progress;
import capsim.report.SweepCharts;
import capsim.scenario.BadInputException;
import capsim.study.LocalEngine;
import capsim.study.Shard;
import capsim.study.StudyFiles;
import capsim.study.SweepEngine;
import capsim.study.SweepPlan;
import capsim.study.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code capsim sweep SWEEP.yaml}: runs every (point, replication) of a sweep into runs.csv, resumably. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a parameter sweep: every point of a design, each replicated, one row per run in runs.csv; "
                + "when complete, points.csv (each point's means with 95%% intervals) and charts/ (each output against each factor).",
                "Interrupted (even by kill -9) and started again with the same arguments, it resumes where it stopped."})
public final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SWEEP.yaml", description = "sweep file (see scenarios/sweeps/)")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default output/<sweep name>[-shard-i-of-n])")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "runs in parallel, each single-threaded (default: the number of processors); the output does not depend on it")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--shard", paramLabel = "i/n", description = "run only shard i of n (0-based), e.g. $SLURM_ARRAY_TASK_ID/$N")
    String shard;

    @Option(names = "--engine", defaultValue = "local", paramLabel = "local|spark",
            description = "local: a thread pool; spark: one Spark task per run (run under spark-submit, or local[T] when no master is set)")
    String engine;

    @Mixin StudyOptions study;

    @Option(names = "--dry-run", description = "check the file and print the plan (runs, columns, output folder) without running")
    boolean dryRun;

    @Override public Integer call() throws Exception {
        if (threads < 1) throw new BadInputException("--threads: expected a whole number of at least 1, got " + threads);
        if (!engine.equals("local") && !engine.equals("spark")) throw new BadInputException("--engine: expected local or spark, got '" + engine + "'");
        Shard s = shard == null ? Shard.ALL : Shard.parse(shard);
        SweepPlan plan = StudyFiles.loadSweep(file, study.overrides());
        Path dir = out != null ? out : Path.of("output", plan.name() + (s.count() == 1 ? "" : "-shard-" + s.index() + "-of-" + s.count()));
        if (dryRun) {
            System.out.println("sweep " + plan.name() + ": " + plan.points() + " points x " + plan.replications() + " replications = "
                    + plan.runs() + " runs" + (plan.paired() ? " (paired: 2 simulations each)" : "")
                    + (s.count() == 1 ? "" : ", " + s.size(plan.runs()) + " in shard " + s));
            if (!plan.overrides().isEmpty()) System.out.println("overrides: " + plan.overrides() + " (on every run" + (plan.paired() ? ", both arms)" : ")"));
            System.out.println("scenario: population " + plan.base().population() + ", " + plan.base().years() + (plan.base().years() == 1 ? " year" : " years") + " after "
                    + plan.base().burnInYears() + " of burn-in");
            System.out.println("columns: " + String.join(",", plan.header()));
            System.out.println("output: " + dir.resolve("runs.csv") + " (plan " + plan.fingerprint().substring(0, 12) + ")");
            return 0;
        }
        try (SweepEngine e = engine(engine, threads);
             Progress p = Progress.onTerminal("sweep " + plan.name(), s.size(plan.runs()))) {
            SweepRunner.Outcome o = SweepRunner.run(plan, dir, s, e, p);
            // drawn from points.csv alone, so every engine, and sweep-merge, draws the same charts
            int charts = s.count() == 1 ? SweepCharts.write(dir) : 0;
            String what = o.ranNow() == 0 ? "already complete" : o.resumedFrom() > 0
                    ? "resumed after " + o.resumedFrom() + " runs, ran " + o.ranNow() : "ran " + o.ranNow();
            System.out.println("sweep " + plan.name() + (s.count() == 1 ? "" : " shard " + s) + ": " + o.total()
                    + " runs (" + what + ") in " + dir.resolve("runs.csv")
                    + (charts == 0 ? "" : ", " + charts + " charts in " + dir.resolve(SweepCharts.DIR)));
        }
        return 0;
    }

    static SweepEngine engine(String name, int threads) {
        if (name.equals("local")) return new LocalEngine(threads);
        try {
            return new capsim.study.SparkEngine(threads);
        } catch (NoClassDefFoundError e) {
            throw new BadInputException("--engine spark: Spark is not on the class path; submit the jar with spark-submit "
                    + "(spark-submit --class capsim.cli.Main target/capsim.jar sweep ...)");
        }
    }
}
