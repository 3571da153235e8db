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
        Scenario s = ScenarioLoader.load(ref, sets);
        if (seed != null) s = ScenarioLoader.override(s, ScenarioLoader.SEED, seed, "--seed");
        if (years != null) s = ScenarioLoader.override(s, ScenarioLoader.YEARS, years, "--years");
        return ScenarioLoader.override(s, ScenarioLoader.POPULATION, Integer.toString(population), "--population");
    }
}
