package capsim.study;

import capsim.scenario.BadInputException;
import capsim.scenario.YamlDoc;
import capsim.analysis.Interval;
import capsim.experiment.Replications;
import capsim.experiment.RunResult;
import capsim.scenario.Scenario;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Fits chosen parameters to calibration targets with CMA-ES (Commons Math). The search runs in
 * the unit cube of the parameters' ranges, starting from the base scenario's values. The
 * objective is the sum over targets of ((simulated - target) / (tolerance x target))^2, where
 * simulated is the target's mean over reported years and {@code replications} runs. Every
 * evaluation uses the same replication seeds (common random numbers), so the objective is a
 * deterministic function of the parameters and the whole search is reproducible from the seed.
 */
public final class Calibration {

    /** A parsed calibration file; {@code baseFile} is null for a shipped scenario or the defaults. */
    public record Study(String name, Path file, String baseRef, Path baseFile, Scenario base, List<SweptParameter> parameters,
                        List<TargetFile.Target> targets, Path targetsFile, int replications, int maxEvaluations,
                        double sigma, int validationReplications, long seed, StudyOverrides overrides) {}

    /** One evaluation of the objective, in the order the optimiser asked for them. */
    public record Evaluation(int index, double objective, double[] values) {}

    /** Target against simulated mean with its 95% interval over the validation replications. */
    public record Fit(TargetFile.Target target, double mean, double low, double high) {
        public double relativeError() { return (mean - target.value()) / target.value(); }

        public boolean within() { return Math.abs(relativeError()) <= target.tolerance(); }
    }

    public record Result(double[] best, double objective, List<Evaluation> log, Scenario calibrated, List<Fit> fits) {}

    private Calibration() {}

    public static Study load(Path file, Path targetsOverride) { return load(file, targetsOverride, StudyOverrides.NONE, null); }

    /**
     * As {@link #load(Path, Path)}, with the command line's overrides ({@code --replications} is
     * each evaluation's) and {@code validationOverride}, the validation replications, or null.
     */
    public static Study load(Path file, Path targetsOverride, StudyOverrides over, Integer validationOverride) {
        StudyFiles.Head h = StudyFiles.head(file, StudyFiles.allowedWith("targets", "only", "max_evaluations", "sigma",
                "validation_replications"), false, over);
        YamlDoc doc = h.doc();
        Map<String, Node> k = h.keys();
        if (h.parameters().isEmpty()) throw doc.error(doc.root(), "parameters", "at least one parameter with a range to fit");
        for (SweptParameter p : h.parameters())
            if (!p.numeric()) throw doc.error(k.get("parameters"), "parameters." + p.name(), "a numeric range (CMA-ES fits numbers)");
        Path targets;
        if (targetsOverride != null) targets = targetsOverride;
        else if (k.containsKey("targets")) targets = doc.path(k.get("targets"), "targets");
        else throw doc.error(doc.root(), "targets", "the calibration targets file (or --targets)");
        List<TargetFile.Target> all = TargetFile.load(targets);
        if (k.containsKey("only")) {
            List<String> names = new ArrayList<>();
            for (Node n : doc.sequence(k.get("only"), "only")) {
                String s = doc.string(n, "only");
                if (all.stream().noneMatch(t -> t.name().equals(s))) throw doc.error(n, "only", "a target of " + targets + ", got '" + s + "'");
                names.add(s);
            }
            all = all.stream().filter(t -> names.contains(t.name())).toList();
        }
        int maxEval = k.containsKey("max_evaluations") ? (int) doc.integer(k.get("max_evaluations"), "max_evaluations", 1, 1_000_000) : 200;
        double sigma = k.containsKey("sigma") ? doc.number(k.get("sigma"), "sigma") : 0.3;
        if (!(sigma > 0 && sigma <= 1)) throw doc.error(k.get("sigma"), "sigma", "a step size in (0, 1] of each range");
        int valid = k.containsKey("validation_replications") ? (int) doc.integer(k.get("validation_replications"), "validation_replications", 2, 10_000) : 20;
        if (validationOverride != null) {
            if (validationOverride < 2 || validationOverride > 10_000)
                throw new BadInputException("--validation-replications: expected a whole number in [2, 10000], got " + validationOverride);
            valid = validationOverride;
        }
        String baseRef = doc.string(k.get("base"), "base");
        Path baseFile = ScenarioFiles.resolve(doc, k.get("base"), "base");
        return new Study(h.name(), file, baseRef, baseFile, h.base().withSeed(h.seed()), h.parameters(), all, targets, h.replications(),
                maxEval, sigma, valid, h.seed(), over);
    }

    static long validationSeed(long seed) { return capsim.model.Seeds.mix(seed ^ 0x5EEDCA11L) & Long.MAX_VALUE; }

    static Scenario apply(Study s, double[] unit) {
        Scenario sc = s.base();
        for (int i = 0; i < unit.length; i++) {
            SweptParameter p = s.parameters().get(i);
            sc = p.apply(sc, p.value(Math.max(0, Math.min(1, unit[i]))), false);
        }
        return sc;
    }

    /** Mean over runs of each target's mean over reported years; an evidence row on its virtual trial's replications. */
    static double[] simulate(Study s, List<RunResult> runs, List<capsim.evidence.Counts> trials) {
        double[] out = new double[s.targets().size()];
        for (int t = 0; t < out.length; t++) {
            if (s.targets().get(t).evidence()) {
                out[t] = capsim.evidence.Estimands.ALL.get(s.targets().get(t).row()).applyAsDouble(capsim.evidence.Counts.sum(trials, -1));
                continue;
            }
            double sum = 0;
            for (RunResult r : runs) sum += CalibrationTargets.meanOverYears(s.targets().get(t).name(), r);
            out[t] = sum / runs.size();
        }
        return out;
    }

    static double objective(Study s, double[] sim) {
        double f = 0;
        for (int t = 0; t < sim.length; t++) {
            TargetFile.Target g = s.targets().get(t);
            double z = (sim[t] - g.value()) / (g.tolerance() * g.value());
            f += Double.isFinite(z) ? z * z : 1e12;
        }
        return f;
    }

    /** The base scenario's value of each parameter as a unit coordinate (the search's start). */
    static double[] start(Study s) {
        double[] x = new double[s.parameters().size()];
        for (int i = 0; i < x.length; i++) {
            SweptParameter p = s.parameters().get(i);
            Factor f = p.factor();
            double v = switch (p.name()) {
                case "population" -> s.base().population();
                case "years" -> s.base().years();
                case "burn_in_years" -> s.base().burnInYears();
                default -> s.base().params().num(p.name());
            };
            double u = f.max() == f.min() ? 0.5 : f.log() ? (Math.log(v) - Math.log(f.min())) / (Math.log(f.max()) - Math.log(f.min()))
                    : (v - f.min()) / (f.max() - f.min());
            x[i] = Double.isFinite(u) ? Math.max(0, Math.min(1, u)) : 0.5;
        }
        return x;
    }

    public static Result run(Study s, int threads, IntConsumer progress) {
        int k = s.parameters().size();
        List<Evaluation> log = new ArrayList<>();
        double[][] best = {null};
        double[] bestF = {Double.POSITIVE_INFINITY};
        ObjectiveFunction f = new ObjectiveFunction(x -> {
            double[] u = x.clone();
            for (int i = 0; i < u.length; i++) u[i] = Math.max(0, Math.min(1, u[i]));
            Scenario sc = apply(s, u);
            double v = objective(s, simulate(s, runs(s.targets(), sc, s.replications(), threads), trials(s.targets(), sc, s.replications(), threads)));
            double[] values = new double[k];
            for (int i = 0; i < k; i++) values[i] = ((Number) s.parameters().get(i).value(u[i])).doubleValue();
            log.add(new Evaluation(log.size() + 1, v, values));
            if (v < bestF[0]) { bestF[0] = v; best[0] = u; }
            if (progress != null) progress.accept(log.size());
            return v;
        });
        double[] lo = new double[k], hi = new double[k], sig = new double[k];
        Arrays.fill(hi, 1);
        Arrays.fill(sig, s.sigma());
        int lambda = 4 + (int) Math.floor(3 * Math.log(k));
        CMAESOptimizer cma = new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0, new MersenneTwister(s.seed()), false, null);
        try {
            cma.optimize(new MaxEval(s.maxEvaluations()), f, GoalType.MINIMIZE, new InitialGuess(start(s)),
                    new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sig), new CMAESOptimizer.PopulationSize(lambda));
        } catch (TooManyEvaluationsException budgetSpent) {
            // the evaluation budget is the stopping rule: keep the best point seen
        }
        // validated on seeds the search never saw; the calibrated scenario carries that seed, so
        // running it with the same replications reproduces the table
        Scenario calibrated = apply(s, best[0]).withSeed(validationSeed(s.seed()));
        List<Fit> fits = validate(s, calibrated, threads);
        if (progress != null) progress.accept(log.size() + 1);
        return new Result(best[0], bestF[0], log, calibrated, fits);
    }

    /** Target against simulated (mean over the reported years, 95% t interval over the study's validation replications). */
    public static List<Fit> validate(Study s, Scenario scenario, int threads) {
        List<Fit> fits = fits(s.targets(), runs(s.targets(), scenario, s.validationReplications(), threads), ALL_YEARS);
        List<capsim.evidence.Counts> trials = trials(s.targets(), scenario, s.validationReplications(), threads);
        List<Fit> out = new ArrayList<>();
        for (Fit f : fits) {
            if (!f.target().evidence()) { out.add(f); continue; }
            double[] e = capsim.evidence.Estimands.estimate(capsim.evidence.Estimands.ALL.get(f.target().row()), trials);
            out.add(new Fit(f.target(), e[0], e[1], e[2]));  // the row's estimate with its jackknife interval, as capsim evidence reports it
        }
        return out;
    }

    /** The model runs the ordinary targets need (none if every target is an evidence row). */
    static List<RunResult> runs(List<TargetFile.Target> targets, Scenario sc, int replications, int threads) {
        if (targets.stream().allMatch(TargetFile.Target::evidence)) return List.of();
        return Replications.run(sc, replications, threads, null);
    }

    /** The virtual trials the evidence rows among the targets need, from the same seeds. */
    static List<capsim.evidence.Counts> trials(List<TargetFile.Target> targets, Scenario sc, int replications, int threads) {
        java.util.Set<capsim.evidence.VirtualStudy> need = java.util.EnumSet.noneOf(capsim.evidence.VirtualStudy.class);
        for (TargetFile.Target t : targets) if (t.evidence()) need.add(capsim.evidence.Estimands.studyOf(t.row()));
        return need.isEmpty() ? List.of() : capsim.evidence.TrialRuns.run(sc, need, replications, threads, null);
    }

    /** {@link #fits}'s year for the mean over every reported year. */
    public static final int ALL_YEARS = 0;

    /**
     * As {@link #validate}, and the same for each reported year on the same replications:
     * element 0 is the whole horizon ({@link #ALL_YEARS}), element y the 1-based reported year y.
     */
    public static List<List<Fit>> validateByYear(Study s, Scenario scenario, int threads) {
        if (s.targets().stream().anyMatch(TargetFile.Target::evidence))
            throw new BadInputException("--by-year: evidence rows are not by year (each is one virtual trial's estimand); check without --by-year");
        List<RunResult> runs = Replications.run(scenario, s.validationReplications(), threads, null);
        int years = runs.get(0).weeks() / Scenario.WEEKS_PER_YEAR;
        List<List<Fit>> out = new ArrayList<>();
        for (int y = ALL_YEARS; y <= years; y++) out.add(fits(s.targets(), runs, y));
        return out;
    }

    /**
     * Each target against its simulated mean over the runs, with a 95% t interval over them: in
     * a 1-based reported year (that year's total for a flow, its last week for a stock), or the
     * mean over every reported year when {@code year} is {@link #ALL_YEARS}.
     */
    static List<Fit> fits(List<TargetFile.Target> targets, List<RunResult> runs, int year) {
        List<Fit> fits = new ArrayList<>();
        for (TargetFile.Target g : targets) {
            // no runs when every target is an evidence row (validate fills those in from the virtual trials)
            if (g.evidence()) { fits.add(new Fit(g, Double.NaN, Double.NaN, Double.NaN)); continue; }
            Interval ci = Interval.of(runs.stream().mapToDouble(r -> year == ALL_YEARS ? CalibrationTargets.meanOverYears(g.name(), r)
                    : CalibrationTargets.value(g.name(), r, year)).toArray(), Interval.Order.COMPENSATED_MEAN);
            fits.add(new Fit(g, ci.mean(), ci.low(), ci.high()));
        }
        return fits;
    }
}
