/**
 * The study toolkit for uncertainty: what is not known about the parameters, carried into the
 * answer (probabilistic sensitivity analysis), and which parameter values the history of England's
 * services does not rule out (history matching). Everything here is seeded from the run's seed
 * and gives the same bytes at any thread count.
 *
 * <p>{@link capsim.study.ParameterDraws}: parameter sets for a probabilistic comparison: each
 * drawn parameter from its registry {@link capsim.scenario.Uncertainty} at a uniform number keyed
 * by (seed, draw, key), so a draw never depends on which other parameters are drawn; optionally a
 * row of a {@code plausible.csv}. Both arms of a draw take the same position in each range.
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
