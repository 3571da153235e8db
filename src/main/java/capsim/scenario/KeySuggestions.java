package capsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Keys a scenario may set, and the nearest one to a key it may not ("did you mean ...?"), so a
 * typo is reported with its likely fix.
 */
final class KeySuggestions {
    private KeySuggestions() {}

    static boolean isSection(String path) {
        SortedMap<String, ParamSpec> tail = ParamRegistry.get().specs().tailMap(path + ".");
        return !tail.isEmpty() && tail.firstKey().startsWith(path + ".");
    }

    static String firstUnder(String path) { return ParamRegistry.get().specs().tailMap(path + ".").firstKey(); }

    /** "did you mean X?" with the nearest known key, or the list of sections when nothing is near. */
    static String suggestion(String key) {
        List<String> known = new ArrayList<>(ScenarioLoader.TOP_KEYS);
        known.addAll(ParamRegistry.get().specs().keySet());
        String near = nearest(key, known);
        if (near != null) return "did you mean " + near + "?";
        Set<String> sections = new TreeSet<>();
        for (String k : known) sections.add(k.contains(".") ? k.substring(0, k.indexOf('.')) : k);
        return "expected one of " + String.join(", ", sections);
    }

    /** The candidate with the smallest edit distance, if it is close enough to be a likely typo. */
    static String nearest(String s, List<String> candidates) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(s, c);
            // a key written under the wrong section: compare last segments too
            String sl = s.substring(s.lastIndexOf('.') + 1), cl = c.substring(c.lastIndexOf('.') + 1);
            if (s.contains(".") || c.contains(".")) d = Math.min(d, distance(sl, cl) + (s.equals(sl) ? 1 : 2));
            if (d < bestD) { bestD = d; best = c; }
        }
        int tolerance = Math.max(2, s.length() / 3);
        return bestD <= tolerance ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++)
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    /** The key on or just above a line, to name something in a syntax error. */
    static String keyNear(String text, int line) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            var m = Pattern.compile("^\\s*-?\\s*([A-Za-z0-9_.]+)\\s*:").matcher(lines[i]);
            if (m.find()) return m.group(1);
        }
        return null;
    }
}
