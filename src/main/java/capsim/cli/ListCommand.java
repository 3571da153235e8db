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

    @Override public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        List<String> names = ScenarioLoader.shippedNames();
        int w = names.stream().mapToInt(String::length).max().orElse(0);
        int broken = 0;
        for (String n : names) {
            String d;
            try {
                Scenario s = ScenarioLoader.load(n);
                d = s.description().isBlank() ? "(no description)" : s.description().strip().replaceAll("\\s+", " ");
            } catch (BadInputException e) {
                d = "(invalid: " + e.getMessage() + ")";
                broken++;
            }
            o.print(String.format("%-" + w + "s  ", n) + wrap(d, Math.max(40, 100 - w - 2), " ".repeat(w + 2)));
        }
        o.flush();
        return broken == 0 ? 0 : Errors.FAULT;   // a broken shipped scenario is our fault, not the user's
    }
}
