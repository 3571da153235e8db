package capsim.cli;

import capsim.analysis.PairedComparison;
import capsim.experiment.PairedExperiment;
import capsim.output.OutputFolder;
import capsim.output.Progress;
import capsim.report.ComparisonFiles;
import capsim.report.ComparisonRun;
import capsim.scenario.BadInputException;
import capsim.scenario.Scenario;
import capsim.study.Decomposition;
import capsim.study.DrawLayout;
import capsim.study.ParameterDraws;
import capsim.study.PlausibleSet;
import capsim.study.PracticeMechanisms;
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

/** {@code capsim compare}: the commissioner's question, a scenario against a baseline, paired by seed. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare a scenario with a baseline: both run R times with common random numbers (replication i of "
                + "both uses the same seed, so both meet the same life events), paired replication by replication, and "
                + "written to a new folder: deltas.csv, who-invests-who-saves.csv, summary.json, charts/ (PNG and SVG), "
                + "report.html, and each side's own run outputs in baseline/ and scenario/.",
                "Signs: change = scenario minus baseline; saving = baseline minus scenario. --seed, --years, --population "
                + "and --set apply to both sides.",
                "Parameter uncertainty (default --uncertainty effects): " + CompareCommand.DEFAULT_DRAWS + " parameter draws over " + CompareCommand.DEFAULT_REPLICATIONS
                + " paired replications: every draw runs once and " + (CompareCommand.DEFAULT_REPLICATIONS - CompareCommand.DEFAULT_DRAWS) + " run again from new seeds, "
                + "so chance is measured within draws. summary.json gives probability_of_net_saving with its bootstrap standard error, "
                + "the net saving's interval with parameter uncertainty beside the chance-only one, an acceptability curve and the "
                + "drivers (draws.csv, charts/tornado). "
                + "--uncertainty none: chance alone. See docs/COMPARE.md.",
                "--decompose: also the saving by practice mechanism, one extra chance-alone comparison per mechanism "
                + "switched off in the scenario arm (decomposition.csv)."})
public final class CompareCommand implements Callable<Integer> {
    static final int MAX_REPLICATIONS = 10_000;
    static final List<String> OUTPUTS = List.of("deltas.csv", "who-invests-who-saves.csv", "summary.json", "draws.csv", "charts/",
            "report.html", "baseline/", "scenario/", "manifest.json");

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASELINE", description = "The baseline: a scenario file or a shipped scenario's name")
    String baseline;

    @Parameters(index = "1", paramLabel = "SCENARIO", description = "The scenario to compare with it")
    String scenario;

    static final int DEFAULT_DRAWS = 40, DEFAULT_REPLICATIONS = DEFAULT_DRAWS + DEFAULT_DRAWS / 5;  // DrawLayout.forDraws(DEFAULT_DRAWS), a constant for the help

    @Option(names = "--replications", paramLabel = "R",
            description = "Paired replications (seeds), at least 2 for an interval. With parameter uncertainty replication i runs "
                    + "draw i mod D, so the R - D replications beyond one a draw run the first draws again from new seeds: the spread "
                    + "within those measures chance alone (default: D + max(1, D / 5), " + DEFAULT_REPLICATIONS + " at the default draws; D x S with "
                    + "--replications-per-draw)")
    Integer replications;

    @Option(names = "--draws", paramLabel = "D",
            description = "Parameter draws, at least 3, each run once or more (ignored with --uncertainty none; default: "
                    + DEFAULT_DRAWS + ", so " + (DEFAULT_REPLICATIONS - DEFAULT_DRAWS) + " draws run twice)")
    Integer drawCount;

    @Mixin ScenarioOptions options;

    @Option(names = "--uncertainty", paramLabel = "SCOPE", defaultValue = "effects",
            description = "Parameters drawn, one draw per replication: effects (the assumptions that shape the scenario's effect: "
                    + "those the two files differ on, not levers, and those the pathway switch puts to work), all (every "
                    + "parameter whose registry range is not fixed), none (chance alone: every replication at the files' values). "
                    + "See capsim params --uncertainty (default: ${DEFAULT-VALUE})")
    String uncertainty;

    @Option(names = "--plausible", paramLabel = "FILE",
            description = "Also draw the parameters of a plausible.csv (from capsim calibrate --history-match): each draw takes one of its rows")
    Path plausible;

    @Option(names = "--replications-per-draw", paramLabel = "S",
            description = "Instead of --replications: every draw runs S times from different seeds (R = D x S), a balanced design")
    Integer perDraw;

    @Option(names = "--discount-rate", paramLabel = "RATE", defaultValue = "0.035",
            description = "Yearly discount rate of the net present value (default: ${DEFAULT-VALUE}, the HM Treasury Green Book rate)")
    double discountRate;

    @Option(names = "--decompose",
            description = "Also take the saving apart by practice mechanism (the list in capsim/practice-mechanisms.yaml): one extra "
                    + "comparison per mechanism with it switched off in the scenario arm, chance alone, on the same seeds and "
                    + "replications; writes decomposition.csv, a table in report.html and summary.json's decomposition. Costs one "
                    + "more run of the scenario arm per mechanism (and both arms at the files' values once, when parameters are drawn)")
    boolean decompose;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder, new or empty (default: output/compare-<baseline>-vs-<scenario>-<yyyyMMdd-HHmmss>)")
    Path out;

    @Override public Integer call() throws Exception {
        Instant started = Instant.now();
        // --set applies to both sides: a comparison under a changed assumption
        Scenario b = options.load(baseline);
        Scenario s = options.load(scenario);
        options.warnUnread(b, s);
        String note = null;
        if (options.seed == null && s.seed() != b.seed()) {
            note = "note: " + s.name() + " has seed " + s.seed() + "; both run from the baseline's seed " + b.seed() + " so they are paired";
            s = s.withSeed(b.seed());
        }
        same("population", b.population(), s.population(), "--population");
        same("years", b.years(), s.years(), "--years");
        same("burn_in_years", b.burnInYears(), s.burnInYears(), "--set burn_in_years=...");
        ParameterDraws.Scope scope = switch (uncertainty) {
            case "effects" -> ParameterDraws.Scope.EFFECTS;
            case "all" -> ParameterDraws.Scope.ALL;
            case "none" -> ParameterDraws.Scope.NONE;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--uncertainty: expected effects, all or none, got '" + uncertainty + "'");
        };
        // a value set on the command line is the user's question (fidelity 0, no assets): held, not drawn over
        java.util.Set<String> held = new java.util.TreeSet<>();
        held.addAll(options.set.keys());
        ParameterDraws draws = ParameterDraws.of(scope, b, s, plausible == null ? null : PlausibleSet.read(plausible), b.seed(), held);
        DrawLayout layout = layout(draws.isEmpty());
        int replications = layout.replications();
        // every switch is checked (and the off arms built) before anything runs
        List<PracticeMechanisms.Mechanism> mechanisms = decompose ? PracticeMechanisms.get() : List.of();
        List<Scenario> offArms = new java.util.ArrayList<>();
        for (PracticeMechanisms.Mechanism m : mechanisms) offArms.add(m.switchedOff(s));
        int t = options.threads(replications);
        if (!(discountRate >= 0 && discountRate < 1))
            throw new CommandLine.ParameterException(spec.commandLine(), "--discount-rate: expected a number in [0, 1), got " + discountRate);
        PrintWriter o = spec.commandLine().getOut();
        if (note != null) { o.println(note); o.flush(); }

        Path target = out != null ? out : OutputFolder.defaultTarget(OutputFolder.safeName("compare-" + b.name() + "-vs-" + s.name()));
        ComparisonRun result;
        Path done;
        try (OutputFolder folder = OutputFolder.open(target, out == null)) {
            try (Progress p = Progress.onTerminal("compare " + b.name() + " vs " + s.name(), PairedExperiment.totalWeeks(b, s, replications))) {
                result = ComparisonRun.of(b, s, layout, draws, discountRate, t, p);
            }
            Decomposition decomposition = decompose ? decompose(result.runs(), draws.isEmpty(), mechanisms, offArms, t, o) : null;
            result.write(folder.dir(), decomposition, Main.version(), "compare", Main.commandLine(spec), t, started,
                    decompose ? ComparisonFiles.outputs(true, true) : OUTPUTS);
            done = folder.commit();
        }
        PairedComparison c = result.comparison();
        o.printf(Locale.ROOT, "%s vs %s: %d paired replications x %d year%s after %d burn-in, population %,d, seed %d%n",
                c.scenario().name(), c.baseline().name(), c.replications(), c.years(), c.years() == 1 ? "" : "s",
                c.baseline().burnInYears(), c.baseline().population(), c.baseline().seed());
        for (String sentence : result.words()) o.println("  " + sentence);
        o.println("wrote " + done);
        o.println("open " + done.resolve("report.html"));
        o.flush();
        return 0;
    }

    /**
     * The saving by practice mechanism: the comparison at the files' values (the main runs when
     * nothing was drawn, else both arms once more, chance alone), then each mechanism's off arm
     * run from the same seeds against those baseline runs. One progress line per extra comparison.
     */
    private Decomposition decompose(PairedExperiment.Runs main, boolean chanceAlone, List<PracticeMechanisms.Mechanism> mechanisms,
                                    List<Scenario> offArms, int t, PrintWriter o) {
        int n = mechanisms.size() + (chanceAlone ? 0 : 1), k = 0;
        PairedExperiment.Runs full = main;
        if (!chanceAlone) {
            progressLine(o, ++k, n, "the full scenario at the files' values, chance alone (the comparison drew parameters)");
            try (Progress p = Progress.onTerminal("decompose: full", PairedExperiment.totalWeeks(main.baseline(), main.scenario(), main.baselineRuns().size()))) {
                full = PairedExperiment.commonRandomNumbers(main.baseline(), main.scenario(), main.baselineRuns().size(), t, p);
            }
        }
        PairedComparison fullC = PairedComparison.analyse(full.baseline(), full.scenario(), full.baselineRuns(), full.scenarioRuns(),
                discountRate, true);
        Decomposition.Builder d = new Decomposition.Builder(fullC);
        for (int i = 0; i < mechanisms.size(); i++) {
            PracticeMechanisms.Mechanism m = mechanisms.get(i);
            List<String> sets = m.sets(main.scenario());
            progressLine(o, ++k, n, m.name() + " off: " + String.join(" ", sets));
            PairedExperiment.Runs off;
            long weeks = (long) main.baselineRuns().size() * (offArms.get(i).burnInWeeks() + offArms.get(i).reportedWeeks());
            try (Progress p = Progress.onTerminal("decompose: " + m.name(), weeks)) {
                off = PairedExperiment.againstBaseline(full, offArms.get(i), t, p);
            }
            PairedComparison offC = PairedComparison.analyse(off.baseline(), off.scenario(), off.baselineRuns(), off.scenarioRuns(),
                    discountRate, true);
            PairedComparison carried = PairedComparison.analyse(full.scenario(), off.scenario(), full.scenarioRuns(), off.scenarioRuns(),
                    discountRate, true);
            d.add(m, sets, offC, carried);
        }
        return d.build();
    }

    private static void progressLine(PrintWriter o, int k, int n, String what) {
        o.printf(Locale.ROOT, "decompose %d/%d: %s%n", k, n, what);
        o.flush();
    }

    /** Paired runs must cover the same people and weeks. */
    private void same(String key, int b, int s, String fix) {
        if (b != s)
            throw new BadInputException(scenario + ": " + key + " is " + s + " but the baseline " + baseline + " has " + b
                    + "; paired runs need the same " + key.replace('_', ' ') + " (override both with " + fix + ")");
    }

    /**
     * The design asked for: D draws (none when nothing is drawn) over R replications, R - D of which
     * run a draw again so chance is measured within draws (at least one).
     */
    private DrawLayout layout(boolean nothingDrawn) {
        if (perDraw != null && replications != null)
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--replications and --replications-per-draw: give one (with --replications-per-draw S, R = D x S)");
        int d = drawCount == null ? DEFAULT_DRAWS : drawCount;
        check("--draws", d, 3, MAX_REPLICATIONS);
        if (perDraw != null) check("--replications-per-draw", perDraw, 2, MAX_REPLICATIONS / d);
        int r = replications != null ? replications : perDraw != null ? d * perDraw : DrawLayout.forDraws(d).replications();
        check("--replications", r, 2, MAX_REPLICATIONS);
        if (nothingDrawn) return DrawLayout.none(r);
        if (drawCount == null && replications != null) d = DrawLayout.forReplications(r).draws();  // --replications alone
        if (r < d + 1)
            throw new CommandLine.ParameterException(spec.commandLine(), "--replications: expected at least --draws + 1 = " + (d + 1)
                    + " (a draw run twice, so chance is measured within draws), got " + r);
        return new DrawLayout(d, r);
    }

    private void check(String option, int value, int min, int max) {
        if (value < min || value > max)
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + ": expected a whole number in [" + min + ", " + max + "], got " + value);
    }
}
