package capsim.cli;

import capsim.output.Numbers;
import capsim.scenario.ParamRegistry;
import capsim.scenario.ParamSpec;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code capsim params}: every parameter of a scenario with its plain name, value, default, range, unit, source and description. */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = {"Show every parameter of a scenario.",
                "",
                "One row per parameter: key, label (its plain-English name),",
                "value, default, valid range or values, unit (in full), source and",
                "description.",
                "A '*' marks values that differ from the default.",
                "With --uncertainty: each parameter's distribution and its basis.",
                ""})
public final class ParamsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A scenario file, or the name of a shipped scenario")
    String scenario;

    @Mixin SetOptions set;

    @Option(names = "--changed", description = "Only the parameters that differ from their default")
    boolean changedOnly;

    @Option(names = "--uncertainty", description = "Show each parameter's uncertainty instead: the distribution capsim compare "
            + "draws it from (fixed: never drawn) and where that range comes from")
    boolean uncertainty;

    @Override public Integer call() {
        Scenario s = ScenarioLoader.load(scenario, set.sets);
        List<String[]> rows = new ArrayList<>();
        if (uncertainty) return uncertaintyTable(s);
        rows.add(new String[]{"key", "label", "value", "default", "range or values", "unit", "source", "description"});
        Scenario d = Scenario.defaults();
        setting(rows, ScenarioLoader.SEED, s.seed(), d.seed());
        setting(rows, ScenarioLoader.POPULATION, s.population(), d.population());
        setting(rows, ScenarioLoader.YEARS, s.years(), d.years());
        setting(rows, ScenarioLoader.BURN_IN_YEARS, s.burnInYears(), d.burnInYears());
        for (Map.Entry<String, ParamSpec> e : ParamRegistry.get().specs().entrySet()) {
            ParamSpec p = e.getValue();
            Object v = s.params().get(e.getKey());
            boolean changed = !v.equals(p.defaultValue());
            if (changedOnly && !changed) continue;
            rows.add(row(p, (changed ? "*" : "") + show(v), show(p.defaultValue())));
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("scenario " + s.name() + " (" + s.source() + ")" + (s.description().isBlank() ? "" : ": " + s.description().strip()));
        // columns as wide as their widest cell, but a rare long one (a list of values, a long
        // source) overflows into the padding of the cells after it rather than being cut
        int[] cap = {Integer.MAX_VALUE, 48, 16, 16, 24, 40, 40};
        int[] w = new int[cap.length];
        for (String[] r : rows) for (int i = 0; i < cap.length; i++) w[i] = Math.max(w[i], Math.min(cap[i], r[i].length()));
        for (String[] r : rows) {
            StringBuilder b = new StringBuilder();
            int over = 0;   // how far earlier cells overflowed, taken back from later padding
            for (int i = 0; i < cap.length; i++) {
                int pad = Math.max(0, w[i] - r[i].length() - over);
                over = Math.max(0, over + r[i].length() - w[i]);
                b.append(r[i]).append(" ".repeat(pad)).append("  ");
            }
            o.println(b.append(r[cap.length]).toString().stripTrailing());
        }
        o.flush();
        return 0;
    }

    private int uncertaintyTable(Scenario s) {
        PrintWriter o = spec.commandLine().getOut();
        o.println("scenario " + s.name() + ": uncertainty of each parameter (the distribution capsim compare draws from; fixed = not drawn)");
        int w = 0;
        for (String k : ParamRegistry.get().specs().keySet()) w = Math.max(w, k.length());
        o.printf(Locale.ROOT, "%-" + w + "s  %-12s  %-40s  %s%n", "key", "value", "uncertainty", "basis");
        for (ParamSpec p : ParamRegistry.get().specs().values()) {
            Object v = s.params().get(p.key());
            if (changedOnly && v.equals(p.defaultValue())) continue;
            o.printf(Locale.ROOT, "%-" + w + "s  %-12s  %-40s  %s%n", p.key(), show(v), p.uncertainty().shortForm(), p.uncertainty().basis());
        }
        o.flush();
        return 0;
    }

    private void setting(List<String[]> rows, String key, long value, long def) {
        if (changedOnly && value == def) return;
        ParamSpec p = ScenarioLoader.SETTINGS.get(key);
        rows.add(row(p, (value != def ? "*" : "") + value, Long.toString(def)));
    }

    private static String[] row(ParamSpec p, String value, String def) {
        return new String[]{p.key(), p.label(), value, def, range(p), p.unit(), p.source(), p.doc()};
    }

    private static String show(Object v) { return v instanceof Double x ? Numbers.format(x) : String.valueOf(v); }

    private static String range(ParamSpec p) {
        return switch (p.type()) {
            case BOOLEAN -> "true|false";
            case ENUM -> String.join("|", p.values());
            default -> p.min() == null && p.max() == null ? "any"
                    : "[" + (p.min() == null ? "-inf" : Numbers.format(p.min())) + ", " + (p.max() == null ? "inf" : Numbers.format(p.max())) + "]";
        };
    }
}
