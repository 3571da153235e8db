/**
 * The researcher's toolkit: parameter sweeps, sensitivity analysis and calibration, built on
 * {@code capsim.experiment}. Everything here is deterministic from the seeds in the study file,
 * whatever the thread count, engine or shard.
 *
 * <p><b>Designs</b> gives points in the unit hypercube (full grid, seeded Latin hypercube,
 * Sobol quasi-random points from Commons Math); a <b>Factor</b> maps a unit coordinate to a
 * parameter value (linear or log, rounded for whole numbers).
 *
 * <p><b>SobolIndices</b>: the Saltelli design and first-order (Saltelli 2010) and total
 * (Jansen 1999) indices with seeded bootstrap intervals. <b>MorrisScreening</b>: trajectories
 * of one-at-a-time steps and their elementary effects (mu, mu*, sigma). Both are pure
 * functions of a model {@code double[] -> double}, and are tested on functions with known
 * answers (Ishigami, Sobol's g-function).
 *
 * <p><b>StudyFiles</b> reads sweep files (and the shared head of sensitivity and calibration
 * files) with every error as one {@link capsim.analysis.InputError} naming file, line and key;
 * <b>YamlDoc</b> keeps SnakeYAML's line marks for that. A sweep becomes a <b>SweepPlan</b>:
 * serializable data (a <b>PortableScenario</b>, <b>SweptParameter</b>s, unit points, seeds and
 * <b>OutputColumn</b>s) from which any run's CSV row can be computed anywhere.
 *
 * <p><b>SweepRunner</b> feeds the runs a folder still lacks to a <b>SweepEngine</b>
 * (<b>LocalEngine</b>: a thread pool with in-order hand-off; <b>SparkEngine</b>: one Spark task
 * per run) and appends rows to <b>RunsFile</b>, which fsyncs each row, cuts a torn last line
 * and refuses a folder written by another plan, so a killed sweep resumes to the same bytes.
 * A <b>Shard</b> is every n-th run; <b>SweepMerge</b> interleaves shard outputs back into run
 * order. <b>PointSummary</b> writes a complete sweep's per-point means and intervals.
 *
 * <p><b>SensitivityStudy</b> runs a Sobol or Morris design as a sweep and analyses its
 * replication means; <b>SensitivityCharts</b> draws them. <b>Calibration</b> fits parameters
 * to a <b>TargetFile</b> with CMA-ES; <b>CalibrationTargets</b> is the one definition of how
 * each published target is computed from a run's weekly measures. <b>Csv</b> and
 * <b>AtomicFiles</b> keep outputs exact, locale-free and whole.
 */
package capsim.analysis;
