package capsim.study;

import capsim.scenario.ParamSet;
import capsim.scenario.Scenario;

import java.io.Serializable;
import java.util.TreeMap;

/**
 * A resolved {@link Scenario} as plain serializable data, so a sweep plan can be shipped to
 * Spark executors (which may not see the scenario files) and rebuilt there unchanged.
 */
public record PortableScenario(String name, String description, long seed, int population, int years,
                               int burnInYears, TreeMap<String, Object> params) implements Serializable {

    public static PortableScenario of(Scenario s) {
        return new PortableScenario(s.name(), s.description(), s.seed(), s.population(), s.years(), s.burnInYears(),
                new TreeMap<>(s.params().asMap()));
    }

    public Scenario toScenario() {
        return new Scenario(name, description, null, seed, population, years, burnInYears, new ParamSet(params));
    }
}
