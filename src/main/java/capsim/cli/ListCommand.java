package capsim.cli;

import capsim.scenario.BadInputException;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code capsim list}: the shipped scenarios with their descriptions. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the shipped scenarios (run any of them by name, e.g. capsim run baseline-deficit).")
public final class ListCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    /** Words of {@code text} in lines of at most {@code width} characters, later lines indented. */
    static String wrap(String text, int width, String indent) {
        StringBuilder b = new StringBuilder();
        int col = 0;
        for (String word : text.split(" ")) {
            if (col > 0 && col + 1 + word.length() > width) {
                b.append('\n').append(indent);
                col = 0;
            } else if (col > 0) {
                b.append(' ');
                col++;
            }
            b.append(word);
            col += word.length();
        }
        return b.append('\n').toString();
    }

    /** The scenario's fair pair: the baseline it is compared with (same place, today's practice), or what it is a baseline for. */
    static String pairing(Scenario s, List<Scenario> all) {
        if (!capsim.analysis.ParameterDifferences.deficitEverywhere(s)) {
            Scenario b = capsim.analysis.ParameterDifferences.fairBaseline(s, all);
            return b == null ? "[No shipped baseline shares its place: a comparison with it mixes place and practice.]"
                    : "[Fair pair: capsim compare " + b.name() + " " + s.name() + "]";
        }
        List<String> pairs = new java.util.ArrayList<>();
        for (Scenario x : all)
            if (!capsim.analysis.ParameterDifferences.deficitEverywhere(x) && capsim.analysis.ParameterDifferences.fairBaseline(x, all) == s)
                pairs.add(x.name());
        return pairs.isEmpty() ? "[Today's practice; no shipped scenario shares its place.]" : "[The fair baseline for: " + String.join(", ", pairs) + "]";
    }

    @Override public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        List<String> names = ScenarioLoader.shippedNames();
        int w = names.stream().mapToInt(String::length).max().orElse(0);
        int broken = 0;
        java.util.Map<String, Scenario> loaded = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> faults = new java.util.HashMap<>();
        for (String n : names) {
            try {
                loaded.put(n, ScenarioLoader.load(n));
            } catch (BadInputException e) {
                faults.put(n, "(invalid: " + e.getMessage() + ")");
                broken++;
            }
        }
        List<Scenario> all = List.copyOf(loaded.values());
        for (String n : names) {
            Scenario s = loaded.get(n);
            String d = s == null ? faults.get(n) : s.description().isBlank() ? "(no description)" : s.description().strip().replaceAll("\\s+", " ");
            if (s != null) d += " " + pairing(s, all);
            o.print(String.format("%-" + w + "s  ", n) + wrap(d, Math.max(40, 100 - w - 2), " ".repeat(w + 2)));
        }
        o.flush();
        return broken == 0 ? 0 : Errors.FAULT;   // a broken shipped scenario is our fault, not the user's
    }
}
