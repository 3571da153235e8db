package capsim.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Trip wire for the random streams of {@link Rng} (issue 22): the decisions of {@link Services}
 * draw from streams {@code DECISION + k}, so a decision index of {@code LEAVE - DECISION} or more
 * would share a stream with LEAVE (or a later stream) and correlate draws that should be
 * independent. Stream numbers must not change (outputs would move), so a new decision needs a
 * new block of streams, not the next k.
 */
class RngStreamsTest {
    /** The named stream constants of Rng (its static final ints), by name. */
    static Map<String, Integer> streams() throws IllegalAccessException {
        Map<String, Integer> out = new TreeMap<>();
        for (Field f : Rng.class.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (Modifier.isStatic(mod) && Modifier.isFinal(mod) && f.getType() == int.class) {
                f.setAccessible(true);
                out.put(f.getName(), f.getInt(null));
            }
        }
        return out;
    }

    @Test
    void streamConstantsAreDistinctAndBelowCount() throws IllegalAccessException {
        Map<String, Integer> s = streams();
        assertTrue(s.containsKey("COUNT") && s.containsKey("DECISION") && s.containsKey("LEAVE"), s.toString());
        int count = s.get("COUNT");
        Map<Integer, String> byValue = new TreeMap<>();
        for (Map.Entry<String, Integer> e : s.entrySet()) {
            if (e.getKey().equals("COUNT")) continue;
            int v = e.getValue();
            assertTrue(v >= 0 && v < count, e.getKey() + " = " + v + " is outside [0, COUNT = " + count + ")");
            String before = byValue.put(v, e.getKey());
            if (before != null) fail("Rng." + before + " and Rng." + e.getKey() + " are both stream " + v);
        }
        // no named stream inside the decisions' block DECISION + 1 .. LEAVE - 1
        for (Map.Entry<String, Integer> e : s.entrySet())
            assertTrue(e.getValue() <= s.get("DECISION") || e.getValue() >= s.get("LEAVE"),
                    "Rng." + e.getKey() + " = " + e.getValue() + " lies in the decision streams DECISION + k");
    }

    /** The decisions Services names: GP_MH ... PERMANENCE, indices 0 to 12. */
    static final String[] DECISIONS = {"GP_MH", "GP_ASC", "GP_SOCIAL", "TRAINED", "PRACTICE", "CONNECT", "RESIDENTIAL",
            "CONVEY", "ADMIT", "LONG_STAY", "INJURY", "POLICE_REFERRAL", "PERMANENCE"};

    @Test
    void everyDecisionIndexIsBelowLeaveMinusDecision() throws Exception {
        int room = Rng.LEAVE - Rng.DECISION;
        TreeSet<Integer> seen = new TreeSet<>();
        for (String name : DECISIONS) {
            int k = decision(name);
            assertTrue(k >= 0 && k < room, "Services." + name + " = " + k + ": stream DECISION + " + k
                    + " is not below LEAVE (" + room + " decision streams); give new decisions a new block of streams");
            assertTrue(seen.add(k), "Services." + name + " = " + k + " is used by another decision");
        }
        assertEquals(13, seen.size());

        // every decision the model's code draws (Services.draw(Services.X, ...) or Rng.DECISION + Services.X) is one of these
        Pattern use = Pattern.compile("(?:draw\\(|DECISION \\+ )(?:Services\\.)?([A-Z][A-Z_]*)");
        TreeSet<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/capsim/model"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = use.matcher(Files.readString(f));
                while (m.find()) used.add(m.group(1));
            }
        } catch (IOException e) {
            throw new AssertionError("reads the model's source from the project directory", e);
        }
        assertTrue(used.size() >= 10, "decisions found in the source: " + used);
        for (String name : used) {
            int k = decision(name);
            assertTrue(k >= 0 && k < room, "Services." + name + " = " + k + " is drawn as DECISION + " + k + ", not below LEAVE");
            assertTrue(java.util.List.of(DECISIONS).contains(name), "Services." + name + " is drawn as a decision: add it to DECISIONS");
        }
    }

    private static int decision(String name) throws Exception {
        Field f = Services.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.getInt(null);
    }
}
