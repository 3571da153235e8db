package capsim.study;

import capsim.scenario.BadInputException;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the command line changes in a study file ({@code --population}, {@code --years},
 * {@code --set KEY=VALUE}, {@code --replications}), applied after the file's own settings and
 * {@code set:} block and checked as {@code capsim run} checks them. Applied to both arms of a
 * paired study; the plan then carries the changed scenarios, so every engine runs the same runs.
 *
 * @param population text of {@code --population}, or null
 * @param years      text of {@code --years}, or null
 * @param replications {@code --replications}, or null
 */
public record StudyOverrides(String population, String years, List<String> sets, Integer replications) implements Serializable {
    public static final StudyOverrides NONE = new StudyOverrides(null, null, List.of(), null);
    static final int MAX_REPLICATIONS = 100_000;

    public StudyOverrides {
        sets = List.copyOf(sets == null ? List.of() : sets);
        if (replications != null && (replications < 1 || replications > MAX_REPLICATIONS))
            throw new BadInputException("--replications: expected a whole number in [1, " + MAX_REPLICATIONS + "], got " + replications);
    }

    public boolean none() { return population == null && years == null && sets.isEmpty() && replications == null; }

    /** The options as typed, in a fixed order: recorded beside the study's output so it can be run again. */
    public String describe() {
        List<String> w = new ArrayList<>();
        if (population != null) w.add("--population " + population);
        if (years != null) w.add("--years " + years);
        for (String s : sets) w.add("--set " + s);
        if (replications != null) w.add("--replications " + replications);
        return String.join(" ", w);
    }

    /** The keys {@code --set} names (before '='). */
    List<String> setKeys() {
        List<String> k = new ArrayList<>();
        for (String s : sets) k.add(s.substring(0, Math.max(0, s.indexOf('='))).trim());
        return k;
    }

    /** {@code --set}, then {@code --years} and {@code --population}, as {@code capsim run} applies them. */
    Scenario apply(Scenario s) {
        s = ScenarioLoader.applySets(s, sets);
        if (years != null) s = ScenarioLoader.override(s, ScenarioLoader.YEARS, years, "--years");
        if (population != null) s = ScenarioLoader.override(s, ScenarioLoader.POPULATION, population, "--population");
        return s;
    }

    /** A value the study sweeps cannot also be fixed: the swept value would silently win. */
    void checkNotSwept(Path file, List<SweptParameter> swept) {
        for (SweptParameter p : swept) {
            String option = p.name().equals("population") && population != null ? "--population"
                    : p.name().equals("years") && years != null ? "--years"
                    : setKeys().contains(p.name()) ? "--set " + p.name() : null;
            if (option != null)
                throw new BadInputException(option + ": " + file + " sweeps " + p.name()
                        + "; expected a value the study does not sweep (remove it from parameters: to fix it)");
        }
    }
}
