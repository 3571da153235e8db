/**
 * Files a command writes, and how it writes them: reproducibly (no locale, no clock, no hash
 * order in results) and atomically (a folder appears only when complete). Reusable by every
 * command that writes results ({@code run}, {@code compare}, {@code sweep}):
 * <pre>{@code
 * Path target = out != null ? out : OutputFolder.defaultTarget(label);     // output/<label>-<stamp>
 * try (OutputFolder folder = OutputFolder.open(target, out == null);       // refuses a non-empty --out
 *      Progress progress = Progress.onTerminal("compare", totalWeeks)) {   // a bar only on a terminal
 *     List<RunResult> rs = Replications.run(scenario, reps, threads, progress);
 *     Files.writeString(folder.file("summary.json"), json);                // into a hidden temp folder
 *     Path done = folder.commit();                                         // renamed into place
 * }                                                                        // not committed: deleted
 * }</pre>
 *
 * <p>{@link capsim.output.OutputFolder}: a hidden temporary folder beside the target, renamed
 * to it by {@code commit()} and deleted by {@code close()} otherwise (and on Ctrl-C). Refuses
 * a target that exists and is not empty ({@link capsim.scenario.BadInputException}, exit 2).
 * Default targets are {@code output/<label>-<yyyyMMdd-HHmmss>}, made unique with -2, -3...
 *
 * <p>{@link capsim.output.Progress}: a progress bar on stderr when it is a terminal, silent
 * otherwise; an {@code IntConsumer} of units done, thread-safe, for
 * {@code Replications.run}. Total for a run: replications x (burn-in + years) x 52 weeks.
 *
 * <p>{@link capsim.output.Numbers}: the one number format for files: Locale-free, integers
 * without ".0", others the shortest decimal that reads back exactly, never an exponent
 * ({@link capsim.scenario.Literals}, which {@code scenario.yaml} uses too).
 *
 * <p>{@link capsim.output.JsonWriter}: a small JSON writer whose keys come out in the order
 * written, with fixed indentation, so equal results give byte-identical files.
 *
 * <p>{@link capsim.output.TimeseriesCsv}: {@code timeseries.csv}, one row per week per
 * replication: {@code replication,week,year}, then {@code Measures.columns()}.
 *
 * <p>{@link capsim.output.Summary}: {@code summary.json}: key outcomes, per-agency totals and
 * per-year agency measures, across replications (mean, sd, 95% t interval) and per
 * replication. Its {@code stats} helper gives mean, sd and a 95% t interval of any sample.
 *
 * <p>{@code scenario.yaml}, the fully resolved scenario, is written by
 * {@link capsim.scenario.ScenarioWriter}.
 *
 * <p>{@link capsim.output.Csv}: CSV cells and rows for study outputs (quoted only when needed,
 * numbers through {@code Numbers}). {@link capsim.output.AtomicFiles}: a file written to a
 * temporary sibling and moved over the target, so a reader never sees half of it.
 *
 * <p>{@link capsim.output.Manifest}: {@code manifest.json}, provenance: capsim version, command
 * line, scenario, seed, replications, threads, start and end times, Java version. The only
 * output that differs between identical runs.
 */
package capsim.output;
