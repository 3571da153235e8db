package capsim.cli;

import capsim.scenario.BadInputException;
import capsim.scenario.ParamRegistry;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code capsim validate}: checks scenario files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check scenarios without running them.",
                "",
                "Checks YAML syntax, known keys, types, ranges and the extends chain.",
                "Prints one line per scenario: 'ok: ...' on stdout, or",
                "'error: file:line: key: ...' on stderr.",
                "Exit code 0 if all are valid, 2 otherwise.",
                ""})
public final class ValidateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files, or names of shipped scenarios")
    List<String> scenarios;

    @Mixin SetOptions set;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Map<String, Object> defaults = ParamRegistry.get().defaults().asMap();
        int bad = 0;
        for (String ref : scenarios) {
            try {
                Scenario s = ScenarioLoader.load(ref, set.sets);
                long changed = s.params().asMap().entrySet().stream().filter(e -> !e.getValue().equals(defaults.get(e.getKey()))).count();
                out.printf("ok: %s is scenario '%s': %d parameters, %d differ from the defaults%n",
                        s.source(), s.name(), s.params().asMap().size(), changed);
            } catch (BadInputException e) {
                if (scenarios.size() == 1) throw e;   // the usual single-line error and exit code
                out.flush();
                err.println("error: " + e.getMessage());
                err.flush();
                bad++;
            }
        }
        out.flush();
        return bad == 0 ? 0 : Errors.BAD_INPUT;
    }
}
