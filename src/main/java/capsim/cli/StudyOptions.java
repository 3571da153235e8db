package capsim.cli;

import capsim.study.StudyOverrides;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --population}, {@code --years}, {@code --set} and {@code --replications} of the study
 * commands ({@code sweep}, {@code sensitivity}, {@code calibrate}): the study file's values,
 * changed without editing it, on every run of the study. Checked as {@code run} checks them.
 */
public final class StudyOptions {
    @Option(names = "--population", paramLabel = "N", description = "People in the synthetic population (default: the study file's)")
    String population;

    @Option(names = "--years", paramLabel = "Y", description = "Reported years after burn-in (default: the study file's)")
    String years;

    @Option(names = "--replications", paramLabel = "R", description = "Replications (default: the study file's replications)")
    Integer replications;

    @Mixin SetOptions set;

    StudyOverrides overrides() { return new StudyOverrides(population, years, set.sets, replications); }
}
