/**
 * Statistics of a paired comparison, computed from finished runs: this package never runs the
 * model (the commands and {@code capsim.study} do). A comparison pairs replication
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
 */
package capsim.analysis;
