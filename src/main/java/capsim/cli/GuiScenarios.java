package capsim.cli;

import capsim.scenario.BadInputException;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;

import java.util.List;

/**
 * Loads the SCENARIO of the picture commands ({@code gui}, {@code snapshot}, {@code animate})
 * with their overrides, checked as {@code run} checks them; bad input is a
 * {@link BadInputException}.
 */
final class GuiScenarios {
    private GuiScenarios() {}

    static Scenario resolve(String ref, List<String> sets, String seed, int population, String years) {
        return ScenarioOptions.apply(ScenarioLoader.load(ref, sets), seed, years, Integer.toString(population));
    }
}
