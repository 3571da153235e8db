package capsim.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

class ScenarioWriterTest {
    /** Every parameter at a random valid value: written and read back, the scenario is equal. */
    @Test
    void roundTripsRandomValidScenarios(@TempDir Path tmp) throws IOException {
        SplittableRandom r = new SplittableRandom(5);
        for (int trial = 0; trial < 20; trial++) {
            Map<String, Object> m = new TreeMap<>();
            for (ParamSpec p : ParamRegistry.get().specs().values()) {
                double lo = p.min() == null ? -1e6 : p.min(), hi = p.max() == null ? lo + 1e6 : p.max();
                m.put(p.key(), switch (p.type()) {
                    case NUMBER -> lo + r.nextDouble() * (hi - lo);
                    case INTEGER -> (long) Math.floor(lo + r.nextDouble() * (hi - lo));
                    case BOOLEAN -> r.nextBoolean();
                    case ENUM -> p.values().get(r.nextInt(p.values().size()));
                });
            }
            Scenario s = new Scenario("trial-" + trial, "quotes \" and: colons, # hashes\nand a newline", null,
                    r.nextLong(0, Long.MAX_VALUE), r.nextInt(100, 1_000_000), r.nextInt(1, 100), r.nextInt(0, 50), new ParamSet(m));
            Path f = tmp.resolve("s.yaml");
            Files.writeString(f, ScenarioWriter.write(s));
            Scenario back = ScenarioLoader.load(f);
            assertEquals(s, new Scenario(back.name(), back.description(), null, back.seed(), back.population(), back.years(),
                    back.burnInYears(), back.params()), Files.readString(f));
        }
    }

    @Test
    void sortedNestedAndDeterministic() {
        String y = ScenarioWriter.write(Scenario.defaults());
        assertTrue(y.contains("\nname: \"defaults\"\n"), y);
        assertEquals(y, ScenarioWriter.write(Scenario.defaults()));
        assertFalse(y.contains("extends"));
    }
}
