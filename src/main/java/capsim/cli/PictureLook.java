package capsim.cli;

import capsim.scenario.BadInputException;
import capsim.scenario.Scenario;
import capsim.view.ColourMode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Locale;

/** The options {@code snapshot} and {@code animate} share: which run to draw, and how to colour it. */
final class PictureLook {
    @Option(names = "--population", paramLabel = "N", defaultValue = "2000",
            description = "People in the community (default ${DEFAULT-VALUE}: legible on a slide).")
    int population;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default: the scenario's).")
    String seed;

    @Mixin SetOptions set;

    @Option(names = "--years", paramLabel = "Y", description = "Years to run after burn-in (default: the scenario's).")
    String years;

    @Option(names = "--colour", paramLabel = "MODE", defaultValue = "need",
            description = "Colour people by need, strengths, pathway or wellbeing (default ${DEFAULT-VALUE}).")
    String colour;

    @Option(names = "--ties", paramLabel = "T", defaultValue = "3000",
            description = "Most ties drawn; a fixed sample when there are more (default ${DEFAULT-VALUE}).")
    int ties;

    /** The scenario to draw, checking that {@code week} (from {@code option}) is a reported week from {@code first} on. */
    Scenario scenario(String ref, String option, int week, int first) {
        Scenario s = GuiScenarios.resolve(ref, set.sets, seed, population, years);
        if (week < first || week > s.reportedWeeks())
            throw new BadInputException(String.format(Locale.ROOT,
                    "%s: expected %d to %d (the scenario runs %d years; more with --years), got %d",
                    option, first, s.reportedWeeks(), s.years(), week));
        return s;
    }

    /** The colour mode, after checking it and the tie budget (bad input otherwise). */
    ColourMode colourMode() {
        PictureOptions.ties(ties);
        return PictureOptions.colour(colour);
    }
}
