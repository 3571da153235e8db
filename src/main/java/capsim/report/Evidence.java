package capsim.report;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The evidence every report cites, bundled in the jar (a report never reads the project's shared
 * folders at run time): the published effects ({@code capsim/evidence-patterns.yaml}, a
 * copy of the project's evidence table) and the caveats drawn from the source documents
 * ({@code capsim/report/caveats.yaml}).
 */
public record Evidence(List<Pattern> patterns, List<String> critique, List<Caveat> caveats) {

    public record Pattern(String approach, String design, String outcome, String effect, String also) {}

    public record Caveat(String title, String text, String source) {}

    @SuppressWarnings("unchecked")
    public static Evidence load() {
        Map<String, Object> ev = yaml("/capsim/evidence-patterns.yaml");
        List<Pattern> patterns = new ArrayList<>();
        for (Map<String, Object> p : (List<Map<String, Object>>) ev.get("patterns"))
            patterns.add(new Pattern(str(p.get("approach")), str(p.get("design")), str(p.get("outcome")), effect(p.get("effect")),
                    str(p.get("also"))));
        List<String> critique = new ArrayList<>();
        for (Object o : (List<Object>) ev.get("critique")) critique.add(effect(o)); // "Author: text" parses as a one-entry map
        List<Caveat> caveats = new ArrayList<>();
        for (Map<String, Object> c : (List<Map<String, Object>>) yaml("/capsim/report/caveats.yaml").get("caveats"))
            caveats.add(new Caveat(str(c.get("title")), str(c.get("text")), str(c.get("source"))));
        return new Evidence(List.copyOf(patterns), List.copyOf(critique), List.copyOf(caveats));
    }

    private static String effect(Object o) {
        if (!(o instanceof Map<?, ?> m)) return str(o);
        StringJoiner j = new StringJoiner("; ");
        m.forEach((k, v) -> j.add(k.toString().replace('_', ' ') + ": " + str(v)));
        return j.toString();
    }

    private static String str(Object o) { return o == null ? "" : o.toString(); }

    private static Map<String, Object> yaml(String resource) {
        try (InputStream in = Evidence.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
