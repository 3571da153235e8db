package capsim.cli;

import capsim.output.Numbers;
import capsim.output.Csv;
import capsim.output.OutputFolder;
import capsim.output.Progress;
import capsim.report.HistoryMatchCharts;
import capsim.study.HistoryMatchStudy;
import capsim.study.HistoryMatching;
import capsim.scenario.Scenario;
import capsim.study.Calibration;
import capsim.study.CalibrationTargets;
import capsim.scenario.BadInputException;
import capsim.study.SweptParameter;
import capsim.study.TargetFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code capsim calibrate FILE}: fits parameters to calibration targets with CMA-ES. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit chosen parameters to calibration targets with CMA-ES (seeded, deterministic).",
                "Writes calibrated.yaml (the calibrated scenario), targets.csv and targets.md (each target against the simulated mean "
                + "with its 95%% interval over validation replications on fresh seeds) and evaluations.csv (the search).",
                "With --check --by-year, also each reported year; exit status 3 if some target is outside its tolerance in some year."})
public final class CalibrateCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "calibration file (see scenarios/calibration/)")
    Path file;

    @Option(names = "--list-targets", description = "print, as a Markdown table, how each target is computed from a run, and exit")
    boolean listTargets;

    @Option(names = "--targets", paramLabel = "FILE", description = "targets file, instead of the one the calibration file names")
    Path targets;

    @Option(names = "--out", paramLabel = "DIR", description = "new output folder (default output/<name>)")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "replications in parallel (default: the number of processors); the output does not depend on it")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--check", description = "no fit: run the base scenario as it is (the file's population, years and "
            + "validation_replications, or --population, --years, --set and --validation-replications) and write targets.md / targets.csv, target against simulated")
    boolean check;

    @Option(names = "--by-year", description = "with --check: also each reported year (a `year` column in targets.csv, a target "
            + "by year table in targets.md); exit status 3 if any target is out of tolerance in any year")
    boolean byYear;

    @Option(names = "--history-match", paramLabel = "FILE", description = "history matching instead of a fit: waves of Latin "
            + "hypercube designs over the file's parameters (a calibration file), each wave only where earlier waves' Gaussian process "
            + "emulators do not rule the space out (implausibility above --cutoff); writes plausible.csv (parameter sets not ruled out, "
            + "with their implausibility; capsim compare --plausible draws from it), waves.csv, runs.csv and charts/")
    Path historyMatch;

    @Option(names = "--waves", paramLabel = "W", description = "with --history-match: waves (default: ${DEFAULT-VALUE})")
    int waves = 3;

    @Option(names = "--points", paramLabel = "N", description = "with --history-match: simulator runs per wave (default: ${DEFAULT-VALUE})")
    int points = 20;

    @Option(names = "--candidates", paramLabel = "C", description = "with --history-match: candidates screened by the emulators per wave; "
            + "the share kept estimates the space not ruled out (default: ${DEFAULT-VALUE})")
    int candidates = 5000;

    @Option(names = "--cutoff", paramLabel = "I", description = "with --history-match: implausibility above which a point is ruled out (default: ${DEFAULT-VALUE})")
    double cutoff = 3;

    @Option(names = "--second-largest", description = "with --history-match: rule out on the second largest implausibility (one target may miss)")
    boolean secondLargest;

    @Option(names = "--discrepancy", paramLabel = "D", description = "with --history-match: model discrepancy, a relative standard "
            + "deviation of each target (default: ${DEFAULT-VALUE})")
    double discrepancy = 0.05;

    @Mixin StudyOptions options;

    @Option(names = "--validation-replications", paramLabel = "V", description = "replications of the final check on fresh seeds "
            + "(and of --check; default: the file's validation_replications)")
    Integer validationReplications;

    /** Exit status of {@code --check --by-year} when some target misses its tolerance in some year. */
    static final int OUT_OF_TOLERANCE = 3;

    @Override public Integer call() throws Exception {
        if (listTargets) {
            System.out.print(CalibrationTargets.describe());
            return 0;
        }
        if (historyMatch != null) return historyMatch();
        if (file == null) throw new BadInputException("calibrate: name a calibration file (see scenarios/calibration/)");
        if (threads < 1) throw new BadInputException("--threads: expected a whole number of at least 1, got " + threads);
        if (byYear && !check) throw new BadInputException("--by-year: only with --check");
        Calibration.Study study = Calibration.load(file, targets, options.overrides(), validationReplications);
        Path dir = out != null ? out : Path.of("output", study.name() + (check ? "-check" : ""));
        if (Files.exists(dir)) throw new BadInputException(dir + ": already exists; choose another --out");
        if (check) return byYear ? checkByYear(study, dir) : check(study, dir);
        Calibration.Result r;
        try (Progress p = Progress.onTerminal("calibrate " + study.name(), study.maxEvaluations() + 1L)) {
            r = Calibration.run(study, threads, n -> p.accept(1));
        }
        writeFolder(dir, "calibrated.yaml", scenarioYaml(study, r, dir), "targets.csv", targetsCsv(r),
                "targets.md", targetsMd(study, r), "evaluations.csv", evaluationsCsv(study, r));
        long within = r.fits().stream().filter(Calibration.Fit::within).count();
        System.out.printf(Locale.ROOT, "calibrate %s: %d evaluations, objective %s; %d of %d targets within tolerance; %s%n",
                study.name(), r.log().size(), Numbers.sixDigits(r.objective()), within, r.fits().size(), dir);
        return 0;
    }

    private int historyMatch() throws java.io.IOException {
        if (file != null) throw new BadInputException("--history-match FILE: the file is the option's argument; give no other calibration file");
        if (threads < 1) throw new BadInputException("--threads: expected a whole number of at least 1, got " + threads);
        if (waves < 1 || waves > 50) throw new BadInputException("--waves: expected a whole number in [1, 50], got " + waves);
        if (points < 4 || points > 10_000) throw new BadInputException("--points: expected a whole number in [4, 10000], got " + points);
        if (candidates < points || candidates > 10_000_000) throw new BadInputException("--candidates: expected a whole number in [--points, 10000000], got " + candidates);
        if (!(cutoff > 0)) throw new BadInputException("--cutoff: expected a positive number, got " + cutoff);
        if (!(discrepancy >= 0 && discrepancy < 10)) throw new BadInputException("--discrepancy: expected a relative standard deviation in [0, 10), got " + discrepancy);
        Calibration.Study head = Calibration.load(historyMatch, targets, options.overrides(), validationReplications);
        Path dir = out != null ? out : Path.of("output", head.name() + "-history-match");
        if (Files.exists(dir)) throw new BadInputException(dir + ": already exists; choose another --out");
        HistoryMatchStudy.Outcome o;
        try (Progress p = Progress.onTerminal("history match " + head.name(), (long) waves * points)) {
            o = HistoryMatchStudy.run(head, new HistoryMatchStudy.Options(waves, points, candidates, cutoff,
                    secondLargest, discrepancy), threads, n -> p.accept(1));
        }
        try (OutputFolder folder = OutputFolder.open(dir, false)) {
            Files.writeString(folder.file("plausible.csv"), HistoryMatchStudy.plausibleCsv(o), StandardCharsets.UTF_8);
            Files.writeString(folder.file("waves.csv"), HistoryMatchStudy.wavesCsv(o), StandardCharsets.UTF_8);
            Files.writeString(folder.file("runs.csv"), HistoryMatchStudy.runsCsv(o), StandardCharsets.UTF_8);
            Path charts = Files.createDirectories(folder.file("charts"));
            HistoryMatchCharts.rangesChart(o).write(charts);
            HistoryMatchCharts.scatterChart(o).write(charts);
            folder.commit();
        }
        HistoryMatching.Result r = o.result();
        System.out.printf(Locale.ROOT, "history match %s: %d waves, %d runs, %d not ruled out by their own runs; %.1f%% of the "
                        + "starting space is not ruled out after the last wave (%d of %d candidates); %s%n", head.name(), r.waves().size(),
                r.runs().size(), r.plausible(cutoff).size(), 100 * r.finalSpace().share(), r.finalSpace().kept(), r.finalSpace().candidates(), dir);
        return 0;
    }

    /** The base scenario as it stands against the targets, with no fit. */
    private int check(Calibration.Study study, Path dir) throws java.io.IOException {
        List<Calibration.Fit> fits = Calibration.validate(study, study.base(), threads);
        Calibration.Result r = new Calibration.Result(null, Double.NaN, List.of(), study.base(), fits);
        writeFolder(dir, "targets.csv", targetsCsv(r), "targets.md", targetsMd(study, r));
        long within = fits.stream().filter(Calibration.Fit::within).count();
        System.out.printf(Locale.ROOT, "calibrate --check %s: %d of %d targets within tolerance; %s%n", study.name(), within, fits.size(), dir);
        return 0;
    }

    /** As {@link #check}, and each reported year; exit status {@link #OUT_OF_TOLERANCE} unless every target is within in every year. */
    private int checkByYear(Calibration.Study study, Path dir) throws java.io.IOException {
        List<List<Calibration.Fit>> byYear = Calibration.validateByYear(study, study.base(), threads);
        Calibration.Result r = new Calibration.Result(null, Double.NaN, List.of(), study.base(), byYear.get(Calibration.ALL_YEARS));
        writeFolder(dir, "targets.csv", targetsCsvByYear(byYear), "targets.md", targetsMd(study, r) + "\n" + byYearMd(byYear));
        long within = r.fits().stream().filter(Calibration.Fit::within).count();
        List<String> misses = misses(byYear);
        System.out.printf(Locale.ROOT, "calibrate --check --by-year %s: %d of %d targets within tolerance over all years; %s; %s%n",
                study.name(), within, r.fits().size(), misses.isEmpty() ? "every target within tolerance in every year"
                        : "out of tolerance in some year: " + String.join(", ", misses), dir);
        return misses.isEmpty() ? 0 : OUT_OF_TOLERANCE;
    }

    /**
     * A new folder holding these files (name, text, name, text...), appearing whole, with the
     * permissions of every other output folder ({@link OutputFolder}).
     */
    private static void writeFolder(Path dir, String... namesAndTexts) throws java.io.IOException {
        try (OutputFolder folder = OutputFolder.open(dir, false)) {
            for (int i = 0; i < namesAndTexts.length; i += 2)
                Files.writeString(folder.file(namesAndTexts[i]), namesAndTexts[i + 1], StandardCharsets.UTF_8);
            folder.commit();
        }
    }

    /** Each target out of tolerance in some year, with those years ({@code all} for the whole horizon). */
    static List<String> misses(List<List<Calibration.Fit>> byYear) {
        List<String> out = new java.util.ArrayList<>();
        for (int t = 0; t < byYear.get(0).size(); t++) {
            List<String> years = new java.util.ArrayList<>();
            for (int y = 0; y < byYear.size(); y++) if (!byYear.get(y).get(t).within()) years.add(yearLabel(y));
            if (!years.isEmpty()) out.add(byYear.get(0).get(t).target().name() + " (" + String.join(" ", years) + ")");
        }
        return out;
    }

    static String yearLabel(int y) { return y == Calibration.ALL_YEARS ? "all" : Integer.toString(y); }

    /** targets.csv with a year column: per target, the whole horizon ({@code all}) then each reported year. */
    static String targetsCsvByYear(List<List<Calibration.Fit>> byYear) {
        StringBuilder b = new StringBuilder("target,year,value,tolerance,simulated_mean,ci95_low,ci95_high,relative_error,within_tolerance\n");
        for (int t = 0; t < byYear.get(0).size(); t++)
            for (int y = 0; y < byYear.size(); y++) {
                Calibration.Fit f = byYear.get(y).get(t);
                b.append(String.join(",", Csv.field(f.target().name()), yearLabel(y), Csv.num(f.target().value()), Csv.num(f.target().tolerance()),
                        Numbers.sixDigits(f.mean()), Numbers.sixDigits(f.low()), Numbers.sixDigits(f.high()), Numbers.sixDigits(f.relativeError()), Boolean.toString(f.within()))).append('\n');
            }
        return b.toString();
    }

    /** Target by year: the simulated mean, with "no" where it misses the tolerance. */
    static String byYearMd(List<List<Calibration.Fit>> byYear) {
        StringBuilder b = new StringBuilder("By reported year (simulated mean, and whether it is within the tolerance; "
                + "a stock at the year's last week, a flow over the year; `all` is the table above):\n\n| target | value |");
        for (int y = 0; y < byYear.size(); y++) b.append(' ').append(yearLabel(y)).append(" |");
        b.append("\n|---|---:|");
        b.append("---:|".repeat(byYear.size()));
        b.append('\n');
        for (int t = 0; t < byYear.get(0).size(); t++) {
            TargetFile.Target g = byYear.get(0).get(t).target();
            b.append("| `").append(g.name()).append("` | ").append(Csv.num(g.value())).append(" |");
            for (List<Calibration.Fit> year : byYear) {
                Calibration.Fit f = year.get(t);
                b.append(String.format(Locale.ROOT, " %.3g %s |", f.mean(), f.within() ? "yes" : "**no**"));
            }
            b.append('\n');
        }
        List<String> misses = misses(byYear);
        b.append('\n').append(misses.isEmpty() ? "Every target is within its tolerance in every year."
                : misses.size() + " of " + byYear.get(0).size() + " targets are outside their tolerance in some year: "
                + String.join(", ", misses) + ".").append('\n');
        return b.toString();
    }


    /** The base scenario extended by the fitted values (read back by the scenario loader). */
    static String scenarioYaml(Calibration.Study s, Calibration.Result r, Path outDir) {
        Scenario c = r.calibrated();
        StringBuilder b = new StringBuilder();
        b.append("# Written by capsim calibrate from ").append(s.file().getFileName()).append(": CMA-ES, ")
                .append(r.log().size()).append(" evaluations, objective ").append(Numbers.sixDigits(r.objective())).append('\n');
        if (!s.overrides().none()) b.append("# with ").append(s.overrides().describe()).append('\n');
        b.append("name: ").append(c.name()).append("-calibrated\n");
        b.append("description: \"").append(("Calibrated to " + s.targetsFile().getFileName() + " by capsim calibrate")
                .replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
        if (s.baseFile() != null) {
            Path from = outDir.toAbsolutePath().normalize();
            b.append("extends: ").append(from.relativize(s.baseFile().toAbsolutePath().normalize()).toString().replace('\\', '/')).append('\n');
        } else if (!s.baseRef().equals("defaults")) {
            b.append("extends: ").append(s.baseRef().replaceFirst("^scenarios/", "").replaceFirst("\\.yaml$", "")).append('\n');
        }
        b.append("seed: ").append(c.seed()).append('\n');
        b.append("population: ").append(c.population()).append('\n');
        b.append("years: ").append(c.years()).append('\n');
        b.append("burn_in_years: ").append(c.burnInYears()).append('\n');
        for (SweptParameter p : s.parameters()) {
            if (SweptParameter.SETTINGS.contains(p.name())) continue;
            b.append(p.name()).append(": ").append(Csv.value(c.params().get(p.name()))).append('\n');
        }
        // values fixed by --set are part of what was fitted to: the calibrated scenario keeps them
        java.util.Set<String> written = new java.util.HashSet<>(List.of("seed", "population", "years", "burn_in_years"));
        for (SweptParameter p : s.parameters()) written.add(p.name());
        for (String kv : s.overrides().sets()) {
            String key = kv.substring(0, kv.indexOf('=')).trim();
            if (written.add(key)) b.append(key).append(": ").append(Csv.value(c.params().get(key))).append('\n');
        }
        return b.toString();
    }

    static String targetsCsv(Calibration.Result r) {
        StringBuilder b = new StringBuilder("target,value,tolerance,simulated_mean,ci95_low,ci95_high,relative_error,within_tolerance\n");
        for (Calibration.Fit f : r.fits())
            b.append(String.join(",", Csv.field(f.target().name()), Csv.num(f.target().value()), Csv.num(f.target().tolerance()),
                    Numbers.sixDigits(f.mean()), Numbers.sixDigits(f.low()), Numbers.sixDigits(f.high()), Numbers.sixDigits(f.relativeError()), Boolean.toString(f.within()))).append('\n');
        return b.toString();
    }

    static String targetsMd(Calibration.Study s, Calibration.Result r) {
        StringBuilder b = new StringBuilder("| target | value | tolerance | simulated mean | 95% interval | within |\n|---|---:|---:|---:|---|---|\n");
        for (Calibration.Fit f : r.fits())
            b.append(String.format(Locale.ROOT, "| `%s` | %s | %.0f%% | %.3g | %.3g to %.3g | %s |%n", f.target().name(),
                    Csv.num(f.target().value()), 100 * f.target().tolerance(), f.mean(), f.low(), f.high(), f.within() ? "yes" : "no"));
        b.append(String.format(Locale.ROOT, "%nMeans of %d replications (population %d, %d years after %d of burn-in)%s.%n",
                s.validationReplications(), r.calibrated().population(), r.calibrated().years(), r.calibrated().burnInYears(),
                s.overrides().none() ? "" : "; run with " + s.overrides().describe()));
        return b.toString();
    }

    static String evaluationsCsv(Calibration.Study s, Calibration.Result r) {
        StringBuilder b = new StringBuilder("evaluation,objective");
        for (SweptParameter p : s.parameters()) b.append(',').append(Csv.field(p.name()));
        b.append('\n');
        for (Calibration.Evaluation e : r.log()) {
            b.append(e.index()).append(',').append(Csv.num(e.objective()));
            for (double v : e.values()) b.append(',').append(Csv.num(v));
            b.append('\n');
        }
        return b.toString();
    }
}
