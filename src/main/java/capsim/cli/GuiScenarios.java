package capsim.cli;

import capsim.scenario.Scenario;

/**
 * Resolves the SCENARIO argument of the picture commands ({@code gui}, {@code snapshot},
 * {@code animate}) and applies their overrides; throws {@link IllegalArgumentException} with a
 * one-line message on bad input.
 */
final class GuiScenarios {
    private GuiScenarios() {}

    static Scenario resolve(String name, Long seed, Integer population, Integer years) {
        Scenario s = load(name);
        if (seed != null) s = s.withSeed(seed);
        if (population != null) {
            if (population < 50 || population > 1_000_000)
                throw new IllegalArgumentException("--population must be between 50 and 1000000, got " + population);
            s = s.withPopulation(population);
        }
        if (years != null) {
            if (years < 1 || years > 50) throw new IllegalArgumentException("--years must be between 1 and 50, got " + years);
            s = s.withYears(years);
        }
        return s;
    }

    private static Scenario load(String name) {
        if (name == null || name.equals("defaults")) return Scenario.defaults();
        throw new IllegalArgumentException("unknown scenario '" + name + "' (try: defaults)");
    }
}
