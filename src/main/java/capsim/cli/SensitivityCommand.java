package capsim.cli;

import capsim.output.Numbers;
import capsim.output.AtomicFiles;
import capsim.output.Csv;
import capsim.output.Progress;
import capsim.scenario.BadInputException;
import capsim.study.MorrisScreening;
import capsim.study.OutputColumn;
import capsim.study.RunsFile;
import capsim.report.SensitivityCharts;
import capsim.study.SensitivityStudy;
import capsim.study.Shard;
import capsim.study.SobolIndices;
import capsim.study.SweepEngine;
import capsim.study.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code capsim sensitivity FILE}: Sobol indices or Morris screening of chosen outputs over chosen parameters. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Which parameters drive an output: Sobol indices (Saltelli design; first-order and total, with bootstrap 95%% intervals) "
                + "or Morris screening (mu*, sigma).",
                "Writes runs.csv (resumable, like sweep), sobol.csv or morris.csv, and charts/*.png."})
public final class SensitivityCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "sensitivity file (see scenarios/sensitivity/)")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default output/<name>)")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "runs in parallel, each single-threaded (default: the number of processors); the output does not depend on it")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--engine", defaultValue = "local", paramLabel = "local|spark", description = "as for sweep")
    String engine;

    @Mixin StudyOptions options;

    @Override public Integer call() throws Exception {
        if (threads < 1) throw new BadInputException("--threads: expected a whole number of at least 1, got " + threads);
        if (!engine.equals("local") && !engine.equals("spark")) throw new BadInputException("--engine: expected local or spark, got '" + engine + "'");
        SensitivityStudy study = SensitivityStudy.load(file, options.overrides());
        Path dir = out != null ? out : Path.of("output", study.plan().name());
        try (SweepEngine e = SweepCommand.engine(engine, threads);
             Progress p = Progress.onTerminal("sensitivity " + study.plan().name(), study.plan().runs())) {
            SweepRunner.run(study.plan(), dir, Shard.ALL, e, p);
        }
        double[][] means = SensitivityStudy.pointMeans(study.plan(), dir.resolve(RunsFile.RUNS));
        List<OutputColumn> outs = study.plan().outputs();
        Path charts = AtomicFiles.tempDirBeside(dir.resolve("charts"));
        StringBuilder csv = new StringBuilder();
        String table;
        try {
            if (study.method() == SensitivityStudy.Method.SOBOL) {
                table = "sobol.csv";
                csv.append("output,parameter,S1,S1_low,S1_high,ST,ST_low,ST_high\n");
                List<List<SobolIndices.Index>> all = study.sobol(means);
                for (int o = 0; o < outs.size(); o++) {
                    for (SobolIndices.Index i : all.get(o))
                        csv.append(String.join(",", Csv.field(outs.get(o).column()), Csv.field(i.factor()), Numbers.sixDigits(i.s1()), Numbers.sixDigits(i.s1Low()),
                                Numbers.sixDigits(i.s1High()), Numbers.sixDigits(i.st()), Numbers.sixDigits(i.stLow()), Numbers.sixDigits(i.stHigh()))).append('\n');
                    SensitivityCharts.sobol(outs.get(o).column(), all.get(o), charts.resolve("sobol-" + outs.get(o).column() + ".png"));
                }
            } else {
                table = "morris.csv";
                csv.append("output,parameter,mu,mu_star,sigma\n");
                List<List<MorrisScreening.Effect>> all = study.morris(means);
                for (int o = 0; o < outs.size(); o++) {
                    for (MorrisScreening.Effect m : all.get(o))
                        csv.append(String.join(",", Csv.field(outs.get(o).column()), Csv.field(m.factor()), Numbers.sixDigits(m.mu()), Numbers.sixDigits(m.muStar()),
                                Numbers.sixDigits(m.sigma()))).append('\n');
                    SensitivityCharts.morris(outs.get(o).column(), all.get(o), charts.resolve("morris-" + outs.get(o).column() + ".png"));
                }
            }
            AtomicFiles.replace(charts, dir.resolve("charts"));
        } finally {
            AtomicFiles.delete(charts);   // already renamed away when complete
        }
        AtomicFiles.write(dir.resolve(table), csv.toString());
        System.out.println("sensitivity " + study.plan().name() + " (" + study.method().name().toLowerCase(Locale.ROOT) + ", "
                + study.plan().runs() + " runs): " + dir.resolve(table) + " and " + dir.resolve("charts"));
        return 0;
    }

}
