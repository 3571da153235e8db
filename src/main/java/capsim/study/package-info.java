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
 * analyses its replication means; {@link capsim.study.SensitivityCharts} draws them.
 * {@link capsim.study.Calibration} fits parameters to a {@link capsim.study.TargetFile} with
 * CMA-ES; {@link capsim.study.CalibrationTargets} is the one definition of how each published
 * target is computed from a run's weekly measures.
 */
package capsim.study;
