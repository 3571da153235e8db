/**
 * Running the model: one replication, many, or two scenarios paired.
 *
 * <p>{@link capsim.experiment.Simulation}: runs one replication of a scenario headless (burn-in,
 * then the reported years) and returns its weekly measures as a
 * {@link capsim.experiment.RunResult}. That class reads a year's flow (sum), stock (year end) or
 * a whole run's total.
 *
 * <p>{@link capsim.experiment.Replications}: R replications on T threads. Each replication is
 * single-threaded and seeded from (scenario seed, replication) alone, so results never depend
 * on T.
 *
 * <p>{@link capsim.experiment.PairedExperiment}: runs a baseline and a scenario R times each from
 * the same base seed (common random numbers), or from unrelated seeds to measure what pairing buys.
 *
 * <p>Seeds come from {@link capsim.model.Seeds} (the model keys its own streams on them too).
 */
package capsim.experiment;
