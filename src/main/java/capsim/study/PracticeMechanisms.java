package capsim.study;

import capsim.output.Numbers;
import capsim.scenario.ParamRegistry;
import capsim.scenario.ParamSpec;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The practice mechanisms of {@code capsim compare --decompose} and how each is switched off,
 * read from the one data list {@code capsim/practice-mechanisms.yaml} (edit the mechanisms
 * there, not here). A mechanism is switched off by setting parameters of the scenario arm, each
 * to a fixed value or to the scenario's own value of another parameter ({@code same_as}); the
 * entry {@code all_above} switches off every entry before it at once.
 */
public final class PracticeMechanisms {
    static final String RESOURCE = "/capsim/practice-mechanisms.yaml";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

    /** One parameter set to switch a mechanism off: to {@code value}, or (when {@code sameAs} is not null) to the scenario's value of that key. */
    public record Switch(String key, Object value, String sameAs) {
        /** The value in a scenario, as {@code --set} text. */
        String text(Scenario s) {
            Object v = sameAs != null ? s.params().get(sameAs) : value;
            return v instanceof Double d ? Numbers.format(d) : String.valueOf(v);
        }
    }

    /** A mechanism: its name, what it is, and the parameters that switch it off, in the file's order. */
    public record Mechanism(String name, String doc, List<Switch> off) {
        /** The {@code key=value} overrides that switch it off in this scenario, for {@link ScenarioLoader#applySets}. */
        public List<String> sets(Scenario s) {
            List<String> out = new ArrayList<>();
            for (Switch w : off) out.add(w.key() + "=" + w.text(s));
            return out;
        }

        /** The scenario arm with this mechanism switched off: the scenario, then these overrides. */
        public Scenario switchedOff(Scenario s) { return ScenarioLoader.applySets(s, sets(s)); }
    }

    private static volatile List<Mechanism> shipped;

    private PracticeMechanisms() {}

    /** The shipped list, in its order. */
    public static List<Mechanism> get() {
        List<Mechanism> m = shipped;
        if (m == null) {
            try (InputStream in = PracticeMechanisms.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                m = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shipped = m;
        }
        return m;
    }

    /** The list from the text of a mechanisms file; a bad entry fails naming it and what was expected. */
    static List<Mechanism> parse(String yaml) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> top) || !(top.get("mechanisms") instanceof List<?> entries) || entries.isEmpty())
            throw bad("mechanisms", "a list of {name, doc, switch_off}");
        List<Mechanism> out = new ArrayList<>();
        ParamRegistry reg = ParamRegistry.get();
        for (Object e : entries) {
            if (!(e instanceof Map<?, ?> m)) throw bad("mechanisms[" + out.size() + "]", "{name: ..., doc: ..., switch_off: ...}");
            for (Object k : m.keySet())
                if (!List.of("name", "doc", "switch_off").contains(String.valueOf(k))) throw bad("mechanisms[" + out.size() + "]." + k, "one of name, doc, switch_off");
            String name = String.valueOf(m.get("name"));
            String where = "mechanisms." + name;
            if (!NAME.matcher(name).matches()) throw bad("mechanisms[" + out.size() + "].name", "letters, digits and _, got " + name);
            for (Mechanism before : out) if (before.name().equals(name)) throw bad(where, "each name once");
            String doc = m.get("doc") == null ? "" : m.get("doc").toString();
            Object off = m.get("switch_off");
            List<Switch> switches = new ArrayList<>();
            if ("all_above".equals(off)) {
                if (out.isEmpty()) throw bad(where + ".switch_off", "all_above only after other entries");
                Map<String, Switch> union = new LinkedHashMap<>();
                for (Mechanism before : out)
                    for (Switch w : before.off()) {
                        Switch was = union.putIfAbsent(w.key(), w);
                        if (was != null && !was.equals(w)) throw bad(where + ".switch_off", "entries above that agree: " + w.key() + " is set two ways");
                    }
                switches.addAll(union.values());
            } else if (off instanceof Map<?, ?> sets && !sets.isEmpty()) {
                for (Map.Entry<?, ?> s : sets.entrySet()) switches.add(switchOf(reg, where + ".switch_off." + s.getKey(), String.valueOf(s.getKey()), s.getValue()));
            } else throw bad(where + ".switch_off", "a map of parameter key to value (or {same_as: KEY}), or all_above");
            out.add(new Mechanism(name, doc, List.copyOf(switches)));
        }
        return List.copyOf(out);
    }

    private static Switch switchOf(ParamRegistry reg, String where, String key, Object v) {
        ParamSpec p = reg.spec(key);
        if (p == null) throw bad(where, "a parameter of the registry (capsim params)");
        if (v instanceof Map<?, ?> ref) {
            if (ref.size() != 1 || !ref.containsKey("same_as")) throw bad(where, "a value or {same_as: KEY}");
            String other = String.valueOf(ref.get("same_as"));
            ParamSpec o = reg.spec(other);
            if (o == null || o.type() != p.type()) throw bad(where + ".same_as", "a parameter of the same type as " + key + ", got " + other);
            return new Switch(key, null, other);
        }
        if (v == null) throw bad(where, "a value");
        try {
            return new Switch(key, ScenarioLoader.checkValue(key, v, RESOURCE), null);
        } catch (RuntimeException e) {
            throw bad(where, p.expected() + ", got " + v);
        }
    }

    private static IllegalStateException bad(String where, String expected) {
        return new IllegalStateException(RESOURCE + ": " + where + ": expected " + expected);
    }
}
