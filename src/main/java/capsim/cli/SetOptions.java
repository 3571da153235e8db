package capsim.cli;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** The {@code --set key=value} option, shared by every command that loads a scenario. */
public final class SetOptions {
    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a parameter (or seed, population, years, burn_in_years); repeatable. See: capsim params SCENARIO")
    public List<String> sets = new ArrayList<>();

    /** The keys the {@code --set}s name (before '='), in order. */
    public List<String> keys() {
        List<String> k = new ArrayList<>();
        for (String kv : sets) k.add(kv.substring(0, Math.max(0, kv.indexOf('='))).trim());
        return k;
    }
}
