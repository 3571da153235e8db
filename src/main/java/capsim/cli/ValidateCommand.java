package capsim.cli;

import capsim.scenario.ParamRegistry;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.Map;
import java.util.concurrent.Callable;

/** {@code capsim validate}: checks a scenario file without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a scenario: YAML syntax, known keys, types, ranges and its extends chain.",
                "Exit code 0 if valid; otherwise one line naming file, line and key, and exit code 2."})
public final class ValidateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A scenario file, or the name of a shipped scenario")
    String scenario;

    @Mixin SetOptions set;

    @Override public Integer call() {
        Scenario s = ScenarioLoader.load(scenario, set.sets);
        Map<String, Object> defaults = ParamRegistry.get().defaults().asMap();
        long changed = s.params().asMap().entrySet().stream().filter(e -> !e.getValue().equals(defaults.get(e.getKey()))).count();
        spec.commandLine().getOut().printf("ok: %s is scenario '%s': %d parameters, %d differ from the defaults%n",
                s.source(), s.name(), s.params().asMap().size(), changed);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
