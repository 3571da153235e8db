/**
 * The researcher's study toolkit: parameter sweeps, sensitivity analysis (Sobol, Morris) and
 * calibration (CMA-ES), each read from a study file. Unlike {@code capsim.analysis} it drives
 * runs, through {@code capsim.experiment}; it is deterministic from the seeds in the study
 * file, whatever the thread count, engine or shard.
 *
 * <p>{@link capsim.study.Designs} gives points in the unit hypercube (full grid, seeded Latin
 * hypercube, Sobol quasi-random points from Commons Math); a {@link capsim.study.Factor} maps a
 * unit coordinate to a parameter value (linear or log, rounded for whole numbers).
 *
 * <p>{@link capsim.study.SobolIndices}: the Saltelli design and first-order (Saltelli 2010) and
 * total (Jansen 1999) indices with seeded bootstrap intervals. {@link capsim.study.MorrisScreening}:
 * trajectories of one-at-a-time steps and their elementary effects (mu, mu*, sigma). Both are
 * pure functions of a model {@code double[] -> double}, and are tested on functions with known
 * answers (Ishigami, Sobol's g-function).
 *
 * <p>{@link capsim.study.StudyFiles} reads sweep files (and the shared head of sensitivity and
 * calibration files) with every error as one {@link capsim.scenario.ScenarioException} naming
 * file, line and key, read through {@link capsim.scenario.YamlDoc} like scenario files, and <b>ScenarioFiles</b>
 * resolves the scenarios a study names. A sweep becomes a {@link capsim.study.SweepPlan}:
 * serializable data (the scenarios, {@link capsim.study.SweptParameter}s, unit points, seeds
 * and {@link capsim.study.OutputColumn}s) from which any run's CSV row can be computed anywhere.
 *
 * <p>{@link capsim.study.SweepRunner} feeds the runs a folder still lacks to a
 * {@link capsim.study.SweepEngine} ({@link capsim.study.LocalEngine}: a thread pool with
 * in-order hand-off; {@link capsim.study.SparkEngine}: one Spark task per run) and appends rows
 * to {@link capsim.study.RunsFile}, which fsyncs each row, cuts a torn last line and refuses a
 * folder written by another plan, so a killed sweep resumes to the same bytes. A
 * {@link capsim.study.Shard} is every n-th run; {@link capsim.study.SweepMerge} interleaves
 * shard outputs back into run order. {@link capsim.study.PointSummary} writes a complete
 * sweep's per-point means and intervals.
 *
 * <p>{@link capsim.study.SensitivityStudy} runs a Sobol or Morris design as a sweep and
 * analyses its replication means ({@code capsim.report.SensitivityCharts} draws them).
 * {@link capsim.study.Calibration} fits parameters to a {@link capsim.study.TargetFile} with
 * CMA-ES; {@link capsim.study.CalibrationTargets} is the one definition of how each published
 * target is computed from a run's weekly measures.
 *
 * <p><b>Uncertainty.</b> What is not known about the parameters, carried into the
 * answer (probabilistic sensitivity analysis), and which parameter values the history of England's
 * services does not rule out (history matching). Everything here is seeded from the run's seed
 * and gives the same bytes at any thread count.
 *
 * <p>{@link capsim.study.ParameterDraws}: parameter sets for a probabilistic comparison: each
 * drawn parameter from its registry {@link capsim.scenario.Uncertainty} at a uniform number keyed
 * by (seed, draw, key), so a draw never depends on which other parameters are drawn; optionally a
 * row of a {@code plausible.csv}. Both arms of a draw take the same position in each range; a
 * whole-number parameter's draw is rounded to the nearest whole number.
 *
 * <p>{@link capsim.study.PracticeMechanisms} and {@link capsim.study.Decomposition}: the saving by
 * practice mechanism ({@code compare --decompose}): the one data list of mechanisms and how each
 * is switched off ({@code capsim/practice-mechanisms.yaml}), and the saving with each switched
 * off, its share of the full saving, and what it carries, paired by replication.
 *
 * <p>{@link capsim.study.PlausibleSet}: a {@code plausible.csv} read back: the columns named after
 * registry parameters, validated against their ranges.
 *
 * <p>{@link capsim.study.ProbabilisticAnswer}: the comparison as a probability: replications share
 * draws in groups, so the spread within a draw is chance and between draws is parameters; from
 * that split, the probability of a net saving (overall and per agency), the interval with
 * parameter uncertainty beside the chance-only one, the acceptability curve and the drivers.
 *
 * <p>{@link capsim.study.RankCorrelation}: partial rank correlation (PRCC) of each drawn parameter
 * with the net saving, or Spearman's where there are too few draws; the tornado chart's data.
 *
 * <p>{@link capsim.study.HistoryMatching}: the waves: Latin hypercube designs, implausibility per
 * target against observation, discrepancy and ensemble variances, a point ruled out above the
 * cutoff on the largest (or second largest); each later wave only where no earlier wave's
 * emulators rule the space out. Generic in its simulator and targets, so trial rows can be added.
 *
 * <p>{@link capsim.study.GaussianProcess}: the emulator: constant mean, squared exponential
 * kernel, known nugget (the replications' variance of the mean), hyperparameters by marginal
 * likelihood on a fixed grid.
 *
 * <p>{@link capsim.study.HistoryMatchStudy}: history matching of capsim itself against the
 * England targets of a calibration file, and its outputs: {@code plausible.csv},
 * {@code waves.csv}, {@code runs.csv} and the charts of the space shrinking wave by wave.
 */
package capsim.study;
