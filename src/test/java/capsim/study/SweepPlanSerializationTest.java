package capsim.study;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A sweep plan travels to Spark executors by Java serialization, scenarios and all; one that
 * has made the trip computes the same runs.csv row as the original.
 */
class SweepPlanSerializationTest {
    @Test
    void aSerializedPlanGivesTheSameRows(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("s.yaml"), """
                name: tiny
                baseline: baseline-deficit
                scenario: strengths-based
                population: 500
                years: 1
                burn_in_years: 0
                seed: 3
                parameters:
                  sba.fidelity: {range: [0, 1], applies_to: scenario}
                design: grid
                levels: 2
                replications: 1
                outputs:
                  total_cost: sum
                """);
        SweepPlan plan = StudyFiles.loadSweep(f);
        SweepPlan copy = roundTrip(plan);
        assertEquals(plan.fingerprint(), copy.fingerprint());
        assertEquals(plan.base(), copy.base(), "the scenario, its file name included, survives the trip");
        assertEquals(StudyFiles.fingerprint(plan), StudyFiles.fingerprint(copy));
        for (long run = 0; run < plan.runs(); run++) assertEquals(plan.row(run), copy.row(run), "run " + run);
    }

    private static SweepPlan roundTrip(SweepPlan p) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (SweepPlan) in.readObject();
        }
    }
}
