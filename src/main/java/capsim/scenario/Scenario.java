package capsim.scenario;

import java.io.Serial;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.TreeMap;

/**
 * A fully resolved scenario: the run settings and every model parameter, after {@code extends}
 * and any {@code --set} overrides. Immutable; build variants with the {@code with*} methods.
 * Serializable (a sweep plan carries its scenarios to Spark executors, which may not see the
 * scenario files), through {@code Wire}, because a {@link Path} is not.
 *
 * @param source the file it was loaded from (null when built in code)
 */
public record Scenario(String name, String description, Path source, long seed, int population,
                       int years, int burnInYears, ParamSet params) implements Serializable {

    public static final int WEEKS_PER_YEAR = 52;

    /** The run settings of {@link #defaults()}, known without reading the registry. */
    static final long DEFAULT_SEED = 1L;
    static final int DEFAULT_POPULATION = 50_000, DEFAULT_YEARS = 10, DEFAULT_BURN_IN_YEARS = 2;

    public int reportedWeeks() { return years * WEEKS_PER_YEAR; }

    public int burnInWeeks() { return burnInYears * WEEKS_PER_YEAR; }

    public Scenario withSeed(long s) { return new Scenario(name, description, source, s, population, years, burnInYears, params); }

    public Scenario withYears(int y) { return new Scenario(name, description, source, seed, population, y, burnInYears, params); }

    public Scenario withPopulation(int n) { return new Scenario(name, description, source, seed, n, years, burnInYears, params); }

    public Scenario withBurnInYears(int b) { return new Scenario(name, description, source, seed, population, years, b, params); }

    public Scenario withParams(ParamSet p) { return new Scenario(name, description, source, seed, population, years, burnInYears, p); }

    /** Scenario built from the registry defaults alone, for tests and benchmarks. */
    public static Scenario defaults() {
        return new Scenario("defaults", "registry defaults", null, DEFAULT_SEED, DEFAULT_POPULATION, DEFAULT_YEARS,
                DEFAULT_BURN_IN_YEARS, ParamRegistry.get().defaults());
    }

    @Serial
    private Object writeReplace() {
        return new Wire(name, description, source == null ? null : source.toString(), seed, population, years, burnInYears,
                new TreeMap<>(params.asMap()));
    }

    /** A scenario as it travels: the source as text, the parameters as a plain sorted map. */
    private record Wire(String name, String description, String source, long seed, int population, int years,
                        int burnInYears, TreeMap<String, Object> params) implements Serializable {
        @Serial
        private Object readResolve() {
            return new Scenario(name, description, source == null ? null : Path.of(source), seed, population, years,
                    burnInYears, new ParamSet(params));
        }
    }
}
