package capsim.study;

import capsim.model.Seeds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * History matching (Craig et al. 1997; Vernon, Goldstein and Bower 2010; Andrianakis et al.
 * 2015): rule out the parts of parameter space where the simulator cannot match what was
 * observed, wave by wave, instead of fixing one best point. For each target the implausibility of
 * a point is {@code |observed - E[simulated]| / sqrt(var_observation + var_discrepancy + var_ensemble
 * (+ var_emulator))}; a point is ruled out when the largest (or, with {@code secondLargest}, the
 * second largest) exceeds the cutoff (3, Pukelsheim's three-sigma rule). Wave 1 runs a Latin
 * hypercube over the whole space; each later wave draws a large candidate Latin hypercube, keeps
 * the candidates that no earlier wave's emulators ({@link GaussianProcess}, one per target, fitted
 * to that wave's runs) rule out, and runs the simulator on the first of them. The share of
 * candidates kept estimates how much of the space survives. Everything is in the unit cube of the
 * parameters' ranges and seeded, so the waves are reproducible.
 *
 * <p>Targets are rows (name, observed, variances): the England calibration targets today, and any
 * other row (a trial's estimand) a simulator can produce later.
 */
public final class HistoryMatching {
    private HistoryMatching() {}

    /** An observed quantity the simulator must match, with the variances not due to the simulator. */
    public record Target(String name, double observed, double observationVariance, double discrepancyVariance) {}

    /** The simulator at one point: each target's mean over replications and the variance of that mean. */
    public record Output(double[] mean, double[] varianceOfMean) {}

    /** Runs the simulator at a batch of unit-cube points (in order); told progress per point. */
    public interface Simulator { List<Output> run(List<double[]> points, IntConsumer progress); }

    public record Settings(int waves, int pointsPerWave, int candidates, double cutoff, boolean secondLargest, long seed) {}

    /** One simulated point: its wave, unit coordinates, output and implausibility per target. */
    public record Run(int wave, int index, double[] unit, Output output, double[] implausibility, double measure) {
        public boolean ruledOut(double cutoff) { return !(measure <= cutoff); }
    }

    /** One wave: its runs, how many candidates were tried and kept, and the kept candidates' box. */
    public record Wave(int wave, List<Run> runs, int candidates, int kept, double[] keptLow, double[] keptHigh) {
        /** Estimated share of the original space not yet ruled out when this wave was designed. */
        public double share() { return candidates == 0 ? 1 : (double) kept / candidates; }
    }

    public record Result(List<Wave> waves, List<Run> runs, Wave finalSpace) {
        /** The runs not ruled out by their own simulated implausibility. */
        public List<Run> plausible(double cutoff) { return runs.stream().filter(r -> !r.ruledOut(cutoff)).toList(); }
    }

    public static Result run(List<Target> targets, int dimensions, Simulator sim, Settings s, IntConsumer progress) {
        if (s.waves() < 1 || s.pointsPerWave() < 2 || s.candidates() < s.pointsPerWave())
            throw new IllegalArgumentException("need at least one wave, two points a wave and as many candidates as points");
        List<List<GaussianProcess>> emulators = new ArrayList<>();
        List<Wave> waves = new ArrayList<>();
        List<Run> all = new ArrayList<>();
        for (int w = 1; w <= s.waves(); w++) {
            List<double[]> design;
            int tried, kept;
            double[] lo, hi;
            if (w == 1) {
                design = List.of(Designs.latinHypercube(s.pointsPerWave(), dimensions, waveSeed(s.seed(), w)));
                tried = 0;
                kept = 0;
                lo = filled(dimensions, 0);
                hi = filled(dimensions, 1);
            } else {
                List<double[]> survivors = survivors(targets, emulators, s, dimensions, w);
                tried = s.candidates();
                kept = survivors.size();
                lo = box(survivors, dimensions, true);
                hi = box(survivors, dimensions, false);
                if (survivors.isEmpty()) {
                    waves.add(new Wave(w, List.of(), tried, 0, lo, hi));
                    break; // everything ruled out: no wave to run
                }
                design = survivors.subList(0, Math.min(s.pointsPerWave(), survivors.size()));
            }
            List<Output> outs = sim.run(design, progress);
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < design.size(); i++) {
                double[] imp = new double[targets.size()];
                for (int t = 0; t < imp.length; t++) {
                    Target g = targets.get(t);
                    imp[t] = implausibility(g, outs.get(i).mean()[t], outs.get(i).varianceOfMean()[t]);
                }
                runs.add(new Run(w, i, design.get(i), outs.get(i), imp, measure(imp, s.secondLargest())));
            }
            all.addAll(runs);
            waves.add(new Wave(w, List.copyOf(runs), tried, kept, lo, hi));
            emulators.add(fit(runs, targets.size()));
        }
        List<double[]> last = survivors(targets, emulators, s, dimensions, s.waves() + 1);
        Wave finalSpace = new Wave(s.waves() + 1, List.of(), s.candidates(), last.size(), box(last, dimensions, true),
                box(last, dimensions, false));
        return new Result(List.copyOf(waves), List.copyOf(all), finalSpace);
    }

    static long waveSeed(long seed, int wave) { return Seeds.mix(seed ^ Seeds.mix(0x4157_4D41_5443_48L + wave)) & Long.MAX_VALUE; }

    public static double implausibility(Target g, double mean, double varianceOfMean) {
        double v = g.observationVariance() + g.discrepancyVariance() + varianceOfMean;
        double d = Math.abs(g.observed() - mean);
        if (!Double.isFinite(mean)) return Double.POSITIVE_INFINITY;
        return v > 0 ? d / Math.sqrt(v) : d == 0 ? 0 : Double.POSITIVE_INFINITY;
    }

    /** The largest implausibility, or the second largest (one target may be missed by a model's known flaw). */
    public static double measure(double[] imp, boolean secondLargest) {
        double[] s = imp.clone();
        Arrays.sort(s);
        if (s.length == 0) return 0;
        return secondLargest && s.length >= 2 ? s[s.length - 2] : s[s.length - 1];
    }

    private static List<GaussianProcess> fit(List<Run> runs, int targets) {
        double[][] x = runs.stream().map(Run::unit).toArray(double[][]::new);
        List<GaussianProcess> out = new ArrayList<>();
        for (int t = 0; t < targets; t++) {
            final int tt = t;
            double[] y = runs.stream().mapToDouble(r -> r.output().mean()[tt]).toArray();
            double[] v = runs.stream().mapToDouble(r -> r.output().varianceOfMean()[tt]).toArray();
            boolean finite = Arrays.stream(y).allMatch(Double::isFinite);
            out.add(finite ? GaussianProcess.fit(x, y, v) : null);
        }
        return out;
    }

    /** Emulated implausibility measure of a point under one wave's emulators (variance of the mean taken as the emulator's). */
    static double emulated(List<Target> targets, List<GaussianProcess> em, double[] p, boolean second) {
        double[] imp = new double[targets.size()];
        for (int t = 0; t < imp.length; t++) {
            GaussianProcess g = em.get(t);
            if (g == null) continue; // a target the wave could not emulate rules nothing out
            double[] mv = g.predict(p);
            imp[t] = implausibility(targets.get(t), mv[0], mv[1]);
        }
        return measure(imp, second);
    }

    /** Candidates of a Latin hypercube that no wave so far rules out, in the hypercube's (random) order. */
    static List<double[]> survivors(List<Target> targets, List<List<GaussianProcess>> emulators, Settings s, int d, int wave) {
        double[][] pool = Designs.latinHypercube(s.candidates(), d, waveSeed(s.seed(), wave));
        List<double[]> out = new ArrayList<>();
        for (double[] p : pool) {
            boolean keep = true;
            for (List<GaussianProcess> em : emulators)
                if (emulated(targets, em, p, s.secondLargest()) > s.cutoff()) { keep = false; break; }
            if (keep) out.add(p);
        }
        return out;
    }

    private static double[] filled(int d, double v) {
        double[] a = new double[d];
        Arrays.fill(a, v);
        return a;
    }

    private static double[] box(List<double[]> pts, int d, boolean low) {
        if (pts.isEmpty()) return filled(d, Double.NaN);
        double[] b = filled(d, low ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
        for (double[] p : pts) for (int k = 0; k < d; k++) b[k] = low ? Math.min(b[k], p[k]) : Math.max(b[k], p[k]);
        return b;
    }
}
