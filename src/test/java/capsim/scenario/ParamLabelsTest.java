package capsim.scenario;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every shipped parameter has a plain name a commissioner can read in a report or a chart (issue 22). */
class ParamLabelsTest {
    /** A dotted key such as sba.trained_share, or a snake_case name: text for developers, not readers. */
    private static final Pattern KEYLIKE = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)+|[a-z0-9_]+(\\.[a-z0-9_]+)+");

    @Test
    void everyParameterHasAPlainLabel() {
        List<String> faults = new ArrayList<>();
        Map<String, List<String>> byLabel = new HashMap<>();
        for (ParamSpec p : ParamRegistry.get().specs().values()) {
            String l = p.label();
            if (l == null || l.isBlank()) { faults.add(p.key() + ": no label"); continue; }
            if (l.equals(p.key()) || l.equals(p.key().substring(p.key().lastIndexOf('.') + 1))) faults.add(p.key() + ": label is the key");
            if (KEYLIKE.matcher(l).find()) faults.add(p.key() + ": label holds a key: " + l);
            if (l.length() > 50) faults.add(p.key() + ": label longer than 50 characters: " + l);
            if (!l.equals(l.strip())) faults.add(p.key() + ": label has surrounding spaces");
            if (Character.isUpperCase(l.charAt(0)) && !l.startsWith("GP") && !l.startsWith("A&E")
                    && !l.startsWith("Carer's") && !l.startsWith("Shared Lives") && !l.startsWith("Signs of"))
                faults.add(p.key() + ": label starts with a capital: " + l);
            byLabel.computeIfAbsent(l, k -> new ArrayList<>()).add(p.key());
        }
        // two parameters with one name would be two lines a reader cannot tell apart in a chart
        byLabel.forEach((l, keys) -> { if (keys.size() > 1) faults.add("one label for " + keys + ": " + l); });
        assertEquals(List.of(), faults);
    }

    @Test
    void labelsComeFromTheRegistry() {
        assertEquals("share of practitioners trained", ParamRegistry.get().spec("sba.trained_share").label());
        assertEquals("fidelity of strengths-based practice", ParamRegistry.get().spec("sba.fidelity").label());
        assertEquals("hours a week of short-term support", ParamRegistry.get().spec("agencies.asc.short_term_hours_week").label());
        assertTrue(ParamRegistry.get().specs().size() > 300);
    }

    @Test
    void runSettingsHaveLabelsToo() {
        for (ParamSpec p : ScenarioLoader.SETTINGS.values())
            assertTrue(!p.label().isBlank() && !p.label().contains("_"), p.key() + ": " + p.label());
    }
}
