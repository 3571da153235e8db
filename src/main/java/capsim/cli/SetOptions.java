package capsim.cli;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** The {@code --set key=value} option, shared by every command that loads a scenario. */
public final class SetOptions {
    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a parameter (or seed, population, years, burn_in_years); repeatable. See: capsim params SCENARIO")
    public List<String> sets = new ArrayList<>();
}
