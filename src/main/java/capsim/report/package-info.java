/**
 * What a comparison writes for people to read: data files, charts and one self-contained page.
 * Everything here is computed from a {@link capsim.analysis.PairedComparison}; nothing reads
 * the model, and nothing reads the project's shared folders at run time (the evidence is
 * bundled under {@code capsim/report/}).
 *
 * <p>{@link capsim.report.ComparisonReport}: writes all of it into a folder.
 *
 * <p>{@link capsim.report.UncertaintyReport}: the parameter uncertainty of a comparison: the
 * {@code uncertainty} block of {@code summary.json}, {@code draws.csv}, the acceptability curve,
 * the tornado chart, and the answer's lead sentence ("Probability of a net saving: P%").
 *
 * <p>{@link capsim.report.DecompositionReport}: the saving by practice mechanism
 * ({@code --decompose}): {@code decomposition.csv}, the {@code decomposition} block of
 * {@code summary.json} and the page's table.
 *
 * <p>{@link capsim.report.ComparisonFiles}: {@code deltas.csv}, {@code who-invests-who-saves.csv}
 * and {@code summary.json}, in fixed order and fixed number format so they are byte-identical
 * for the same inputs; column and key names carry the sign convention.
 *
 * <p>{@link capsim.report.Charts}: the JFreeChart charts (cost by agency over time with bands,
 * cumulative saving with the break-even line, the invest/save heat map, outcomes by deprivation
 * quintile), each written as PNG and SVG (JFreeSVG) and inlined in the page as SVG.
 * {@link capsim.report.SensitivityCharts} (Sobol and Morris) and
 * {@link capsim.report.HistoryMatchCharts} (the space not ruled out, wave by wave) draw the
 * results of capsim.study.
 *
 * <p>{@link capsim.report.Words}: every sentence about the result, written from the signs and
 * intervals, so that "no saving" reads as no saving; and the caveats this run's numbers call for.
 *
 * <p>{@link capsim.report.ReportPage}: {@code report.html}, with inline CSS and SVG, no script and
 * no network; all text from scenario files and the registry is HTML-escaped.
 *
 * <p>{@link capsim.report.Evidence}: the bundled published effects and the caveats drawn from
 * the source documents.
 *
 * <p>{@link capsim.report.Json}: a tree-to-JSON adapter over the project's deterministic
 * {@code JsonWriter}. Numbers, for files and for the page, are formatted by
 * {@link capsim.output.Numbers}.
 */
package capsim.report;
