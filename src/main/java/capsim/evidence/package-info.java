/**
 * Virtual trials: each strong study of evidence-patterns.yaml run inside the model, on the
 * study's own estimand, and set beside what the study found ({@code capsim evidence}).
 * <p>
 * {@link capsim.evidence.VirtualStudy} builds, from a base scenario, the run of each design:
 * {@link capsim.evidence.VirtualTrials} runs the design of {@code trial.*} inside one model, as a
 * listener to the model's events ({@code capsim.model.CareListener}): allocation is a keyed draw on
 * a person or a neighbourhood, both arms meet the same services, and a treated arm's intervention
 * goes through {@code capsim.model.Interventions}.
 * <p>
 * {@link capsim.evidence.TrialRuns} runs every study R times on T threads and returns each
 * replication's named counters ({@link capsim.evidence.Counts}); the output does not depend on T.
 * <p>
 * {@link capsim.evidence.Estimands} turns pooled counters into each row's estimate (a difference
 * of proportions, a difference in differences, a before-after change, a rate ratio) with a
 * jackknife interval over replications.
 * <p>
 * {@link capsim.evidence.Findings} reads what each study found, with its 95% interval or a stated
 * rule, from the bundled evidence file; {@link capsim.evidence.Verdicts} holds the verdict rules
 * (within / outside for trials and held-out patterns, bound respected / broken for claims from
 * weak designs); {@link capsim.evidence.EvidenceTable} writes evidence.csv and evidence.md.
 */
package capsim.evidence;
