/**
 * Statistics on finished runs, never on the model while it runs. A comparison pairs replication
 * i of a scenario with replication i of its baseline (same seed: common random numbers) and
 * works on the differences, so the noise both share cancels.
 *
 * <p>{@link capsim.analysis.Interval}: a mean with its two-sided Student t interval (Commons
 * Math), the unit every reported figure comes in.
 *
 * <p>{@link capsim.analysis.PairedComparison}: the whole comparison: per agency, measure (cost,
 * contacts, open cases, crises) and year, both means and the paired change; cumulative saving,
 * net cost change, net present value, break-even year per replication, outcomes for people and
 * the gap between the most and least deprived quintiles. Its class comment fixes the signs:
 * change = scenario minus baseline, saving = baseline minus scenario.
 *
 * <p>{@link capsim.analysis.Verdict}: saving, extra cost, no clear difference or identical,
 * decided only by the saving's interval; the report's words follow it.
 *
 * <p>{@link capsim.analysis.ParameterDifferences}: the parameters on which two scenarios differ,
 * with their registry source, ranked by the size of the change relative to the valid range:
 * with common random numbers these alone make the difference.
 *
 * <p>{@link capsim.analysis.CrnEfficiency}: how much smaller the variance of a paired estimate
 * is than with independent seeds ({@code capsim bench-crn}).
 *
 * <p><b>The researcher's toolkit</b> (sweeps, sensitivity analysis, calibration) also drives
 * runs, through {@code capsim.experiment}; it is deterministic from the seeds in the study
 * file, whatever the thread count, engine or shard.
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
