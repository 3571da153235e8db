package capsim.study;

import capsim.scenario.BadInputException;
import capsim.output.Csv;
import capsim.experiment.Replications;
import capsim.experiment.RunResult;
import capsim.scenario.Scenario;
import capsim.study.HistoryMatching.Output;
import capsim.study.HistoryMatching.Run;
import capsim.study.HistoryMatching.Target;
import capsim.study.HistoryMatching.Wave;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * {@code capsim calibrate --history-match FILE}: history matching of capsim against the targets
 * of a calibration file (same format: base, targets, only, parameters with ranges, population,
 * years, burn_in_years, seed, replications). Each point runs the file's replications on the same
 * seeds (common random numbers across points, so the emulators see parameters, not chance);
 * E[simulated] is their mean of the target's mean over the reported years and var_ensemble the
 * variance of that mean. A target's {@code tolerance} is read as three standard deviations of
 * the observation (var_observation = (tolerance x value / 3)^2); model discrepancy is a relative
 * standard deviation (var_discrepancy = (discrepancy x value)^2).
 */
public final class HistoryMatchStudy {
    private HistoryMatchStudy() {}

    public record Options(int waves, int points, int candidates, double cutoff, boolean secondLargest, double discrepancy) {}

    public record Outcome(Calibration.Study study, List<Target> targets, HistoryMatching.Result result, Options options) {}

    /** @param s the calibration file, loaded with the command line's overrides */
    public static Outcome run(Calibration.Study s, Options o, int threads, IntConsumer progress) {
        Path file = s.file();
        for (SweptParameter p : s.parameters())
            if (p.kind() == SweptParameter.Kind.SETTING || !p.numeric())
                throw new BadInputException(file + ": parameters." + p.name() + ": expected a model parameter with a numeric range "
                        + "(history matching varies parameters, not population, years or choices)");
        if (!(o.discrepancy() >= 0)) throw new BadInputException("--discrepancy: expected a relative standard deviation >= 0");
        List<Target> targets = new ArrayList<>();
        for (TargetFile.Target t : s.targets()) {
            double obs = t.tolerance() * t.value() / 3, disc = o.discrepancy() * t.value();
            targets.add(new Target(t.name(), t.value(), obs * obs, disc * disc));
        }
        HistoryMatching.Simulator sim = (points, p) -> {
            List<Output> outs = new ArrayList<>();
            for (double[] u : points) {
                List<RunResult> runs = Replications.run(scenario(s, u), s.replications(), threads, null);
                double[] mean = new double[targets.size()], var = new double[targets.size()];
                for (int t = 0; t < mean.length; t++) {
                    double[] v = new double[runs.size()];
                    for (int r = 0; r < v.length; r++) v[r] = CalibrationTargets.meanOverYears(targets.get(t).name(), runs.get(r));
                    double m = 0;
                    for (double x : v) m += x;
                    m /= v.length;
                    double ss = 0;
                    for (double x : v) ss += (x - m) * (x - m);
                    mean[t] = m;
                    var[t] = v.length > 1 ? ss / (v.length - 1) / v.length : 0;
                }
                outs.add(new Output(mean, var));
                if (p != null) p.accept(1);
            }
            return outs;
        };
        HistoryMatching.Settings settings = new HistoryMatching.Settings(o.waves(), o.points(), o.candidates(), o.cutoff(),
                o.secondLargest(), s.seed());
        return new Outcome(s, targets, HistoryMatching.run(targets, s.parameters().size(), sim, settings, progress), o);
    }

    static Scenario scenario(Calibration.Study s, double[] u) {
        Scenario sc = s.base();
        for (int i = 0; i < u.length; i++) {
            SweptParameter p = s.parameters().get(i);
            sc = sc.withParams(sc.params().with(p.name(), p.value(u[i])));
        }
        return sc;
    }

    public static double value(Calibration.Study s, int param, double u) {
        return ((Number) s.parameters().get(param).value(u)).doubleValue();
    }

    /** Parameter sets not ruled out by their own runs: the parameters' values and each implausibility. */
    public static String plausibleCsv(Outcome o) {
        StringBuilder b = new StringBuilder("wave,point");
        for (SweptParameter p : o.study().parameters()) b.append(',').append(Csv.field(p.name()));
        b.append(",implausibility_max,implausibility_second");
        for (Target t : o.targets()) b.append(",implausibility_").append(Csv.field(t.name()));
        b.append('\n');
        for (Run r : o.result().plausible(o.options().cutoff())) row(b, o, r);
        return b.toString();
    }

    /** Every run, with each target's simulated mean and implausibility. */
    public static String runsCsv(Outcome o) {
        StringBuilder b = new StringBuilder("wave,point");
        for (SweptParameter p : o.study().parameters()) b.append(',').append(Csv.field(p.name()));
        b.append(",implausibility_max,implausibility_second");
        for (Target t : o.targets()) b.append(",implausibility_").append(Csv.field(t.name()));
        for (Target t : o.targets()) b.append(",simulated_").append(Csv.field(t.name()));
        b.append(",ruled_out\n");
        for (Run r : o.result().runs()) {
            row(b, o, r);
            b.setLength(b.length() - 1); // the row's newline: the simulated means follow on the same line
            for (double m : r.output().mean()) b.append(',').append(Csv.num(m));
            b.append(',').append(r.ruledOut(o.options().cutoff())).append('\n');
        }
        return b.toString();
    }

    private static void row(StringBuilder b, Outcome o, Run r) {
        b.append(r.wave()).append(',').append(r.index());
        for (int k = 0; k < r.unit().length; k++) b.append(',').append(Csv.num(value(o.study(), k, r.unit()[k])));
        double[] sorted = r.implausibility().clone();
        java.util.Arrays.sort(sorted);
        b.append(',').append(Csv.num(sorted[sorted.length - 1])).append(',').append(Csv.num(sorted.length > 1 ? sorted[sorted.length - 2] : sorted[0]));
        for (double i : r.implausibility()) b.append(',').append(Csv.num(i));
        b.append('\n');
    }

    /**
     * Wave by wave: runs, candidates tried and kept (the share of the original space not yet
     * ruled out when the wave was designed), runs not ruled out, and the kept candidates' range of
     * each parameter. The last row ("final") is the space left after every wave.
     */
    public static String wavesCsv(Outcome o) {
        StringBuilder b = new StringBuilder("wave,runs,runs_not_ruled_out,candidates,candidates_kept,share_of_space_kept");
        for (SweptParameter p : o.study().parameters()) b.append(',').append(Csv.field(p.name() + "_low")).append(',').append(Csv.field(p.name() + "_high"));
        b.append('\n');
        List<Wave> ws = new ArrayList<>(o.result().waves());
        ws.add(o.result().finalSpace());
        for (Wave w : ws) {
            boolean fin = w == o.result().finalSpace();
            b.append(fin ? "final" : Integer.toString(w.wave())).append(',').append(w.runs().size()).append(',')
                    .append(w.runs().stream().filter(r -> !r.ruledOut(o.options().cutoff())).count()).append(',')
                    .append(w.candidates()).append(',').append(w.kept()).append(',').append(Csv.num(w.share()));
            for (int k = 0; k < o.study().parameters().size(); k++) {
                double lo = w.keptLow()[k], hi = w.keptHigh()[k];
                b.append(',').append(Double.isNaN(lo) ? "" : Csv.num(value(o.study(), k, lo)))
                        .append(',').append(Double.isNaN(hi) ? "" : Csv.num(value(o.study(), k, hi)));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
