/**
 * The command line, {@code java -jar target/capsim.jar <command>} (or {@code ./capsim}), with
 * picocli: one class per subcommand, each with {@code --help}, registered in
 * {@link capsim.cli.Main#execute}. Exit codes: 0 success; 2 bad input (a picocli usage error or
 * a {@link capsim.scenario.BadInputException}: one line on stderr, no stack trace, no output
 * folder); 1 internal fault (message and stack trace).
 *
 * <p>{@link capsim.cli.Main}: the root command; {@code execute(args)} runs a command line
 * in-process and returns its exit code (tests use it with stdout and stderr captured).
 *
 * <p>{@link capsim.cli.RunCommand}: {@code capsim run SCENARIO}: replications of a scenario,
 * written by {@code capsim.output} to a folder that appears only when the run has finished.
 *
 * <p>{@link capsim.cli.CompareCommand}: {@code capsim compare BASELINE SCENARIO}: both run R
 * times with common random numbers, paired, and written as data files, charts, a report page
 * and each side's run outputs (docs/COMPARE.md).
 *
 * <p>{@link capsim.cli.BenchCrnCommand}: {@code capsim bench-crn BASELINE SCENARIO}: measures how
 * much smaller the variance of the paired cost difference is than with independent seeds.
 *
 * <p>{@link capsim.cli.ValidateCommand}: {@code capsim validate SCENARIO...}: loads and checks
 * scenarios without running them, one line each.
 *
 * <p>{@link capsim.cli.ListCommand}: {@code capsim list}: the shipped scenarios and their
 * descriptions.
 *
 * <p>{@link capsim.cli.ParamsCommand}: {@code capsim params SCENARIO}: every parameter with
 * its value, default, range or values, unit and source, as a table.
 *
 * <p>{@link capsim.cli.SetOptions}: the {@code --set key=value} mixin for any command that
 * loads a scenario; pass its list to {@code ScenarioLoader.load(ref, sets)}.
 *
 * <p>{@code Errors} (package-private): the picocli handlers that map exceptions to exit codes.
 *
 * <p>{@link capsim.cli.SweepCommand}: {@code capsim sweep SWEEP.yaml}: every (point,
 * replication) of a design into {@code runs.csv}, resumable after a kill, on threads, a shard
 * or Spark ({@code capsim.analysis} does the work; docs/RESEARCH.md describes the files).
 *
 * <p>{@link capsim.cli.SweepMergeCommand}: {@code capsim sweep-merge}: joins the shard folders
 * of a sweep into the folder an unsharded run writes.
 *
 * <p>{@link capsim.cli.SensitivityCommand}: {@code capsim sensitivity FILE}: Sobol indices or
 * Morris screening of outputs over parameters, as CSV and PNG charts.
 *
 * <p>{@link capsim.cli.EvidenceCommand}: {@code capsim evidence}: each strong study run as a
 * virtual trial inside the model on its own estimand (capsim.evidence), written as evidence.csv
 * and evidence.md; exit status 3 when a trial row is outside or a bound broken.
 * <p>{@link capsim.cli.CalibrateCommand}: {@code capsim calibrate FILE}: CMA-ES fit of
 * parameters to calibration targets; writes the calibrated scenario and target-versus-simulated
 * tables.
 */
package capsim.cli;
