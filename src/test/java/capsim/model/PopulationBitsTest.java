package capsim.model;

import capsim.scenario.ParamRegistry;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The speed tricks (integer max of float bits, counts by sign bit, the child-by-age table, the
 * inlined wellbeing) against plain, obviously correct versions: on seeded random values with
 * the edges (0, 1, equal values, neighbouring floats) mixed in, and on a simulated population.
 */
class PopulationBitsTest {
    // ---- the plain versions ----
    static float maxRef(float a, float b, float c, float d) { return Math.max(Math.max(a, b), Math.max(c, d)); }
    static int aboveRef(double level, double x) { return x > level ? 1 : 0; }
    static int atLeastRef(double x, double level) { return x >= level ? 1 : 0; }
    static int fiveOrOverRef(int age) { return age >= 5 ? 1 : 0; }
    static float childRef(int age) { return age < 18 ? 1 : 0; }
    static double wellbeingRef(double n0, double n1, double n2, double n3, double s, double strain, double support) {
        double mean = (n0 + n1 + n2 + n3) / 4, top = Math.max(Math.max(n0, n1), Math.max(n2, n3));
        double x = 0.60 + 0.22 * (s - 0.5) - 0.45 * mean - 0.25 * top - 0.12 * strain + 0.08 * support;
        return 14 + 56 * Math.min(1, Math.max(0, x));
    }

    private static final float[] EDGES = {0f, 1f, Float.MIN_VALUE, Float.MIN_NORMAL, Math.nextDown(1f), Math.nextUp(0.5f), 0.5f,
            Math.nextDown(0.5f), 0.25f, 0.3f, 1e-30f};

    /** A need-like value in [0, 1]: an edge one time in four, else uniform. */
    private static float value(SplittableRandom r) {
        return r.nextInt(4) == 0 ? EDGES[r.nextInt(EDGES.length)] : (float) r.nextDouble();
    }

    @Test
    void maxOfFloatBitsIsTheLargestOfFourNonNegativeFloats() {
        SplittableRandom r = new SplittableRandom(11);
        for (int k = 0; k < 200_000; k++) {
            float a = value(r), b = value(r), c = value(r), d = value(r);
            assertEquals(Float.floatToRawIntBits(maxRef(a, b, c, d)), Float.floatToRawIntBits(Population.max(a, b, c, d)),
                    () -> a + " " + b + " " + c + " " + d);
        }
        // beyond needs' range too: any non-negative finite floats, and infinity
        assertEquals(Float.MAX_VALUE, Population.max(Float.MAX_VALUE, 0f, 1f, 3f));
        assertEquals(Float.POSITIVE_INFINITY, Population.max(0f, Float.POSITIVE_INFINITY, 1f, 3f));
    }

    @Test
    void signBitCountsEqualPlainComparisons() {
        SplittableRandom r = new SplittableRandom(12);
        for (int k = 0; k < 200_000; k++) {
            // levels and values in [0, 1] (needs, floors) and hours in [0, 40); a fifth of the time the value is the level itself
            double level = r.nextBoolean() ? value(r) : 40 * r.nextDouble();
            double x = r.nextInt(5) == 0 ? level : r.nextInt(5) == 0 ? Math.nextUp(level) : r.nextInt(4) == 0 ? Math.nextDown(Math.max(level, Double.MIN_VALUE))
                    : r.nextBoolean() ? value(r) : 40 * r.nextDouble();
            double xx = x;
            assertEquals(aboveRef(level, x), Population.above(level, x), () -> "above " + level + " " + xx);
            assertEquals(atLeastRef(x, level), Population.atLeast(x, level), () -> "atLeast " + xx + " " + level);
            float f = (float) x;  // the model passes floats (hours given) widened to double
            assertEquals(atLeastRef(f, level), Population.atLeast(f, level));
        }
    }

    @Test
    void ageTablesEqualPlainAgeTests() {
        for (int age = 0; age <= 200; age++) {
            assertEquals(fiveOrOverRef(age), Population.fiveOrOver(age), "age " + age);
            assertEquals(childRef(age), Population.child(age), "age " + age);
        }
    }

    @Test
    void wellbeingWithBranchClampEqualsThePlainFormula() {
        Wellbeing w = new Wellbeing(Wellbeing.Settings.read(ParamRegistry.get().defaults()));
        SplittableRandom r = new SplittableRandom(13);
        for (int k = 0; k < 200_000; k++) {
            float n0 = value(r), n1 = value(r), n2 = value(r), n3 = value(r), s = value(r), st = value(r), sup = value(r);
            double fast = w.score(n0, n1, n2, n3, Population.max(n0, n1, n2, n3), s, st, sup);
            assertEquals(wellbeingRef(n0, n1, n2, n3, s, st, sup), fast, 1e-12);
        }
        // both ends of the clamp (the top only beyond strengths' range: at the defaults the best score is 14 + 56 x 0.79)
        assertEquals(70, w.score(0, 0, 0, 0, 0, 5, 0, 1), 1e-12);
        assertEquals(14 + 56 * 0.79, w.score(0, 0, 0, 0, 0, 1, 0, 1), 1e-12);
        assertEquals(14, w.score(1, 1, 1, 1, 1, 0, 1, 0), 1e-12);
    }

    /** After some simulated weeks, the recorded counts and means equal plain recounts over the people. */
    @Test
    void onASimulatedPopulationTheFastPathsEqualPlainOnes() {
        Scenario s = ScenarioLoader.load("baseline-deficit").withPopulation(3000).withYears(1).withBurnInYears(0);
        CommunityModel m = new CommunityModel(s, Seeds.replicationSeed(s.seed(), 0));
        m.start();
        double carerHours = s.params().num("informal.carer_hours");
        for (int w = 0; w < 30; w++) {
            m.schedule.step(m);
            Population p = m.population();
            double[] row = m.lastRow();
            int carers = 0, alive = 0;
            double wellbeing = 0;
            for (int i = 0; i < p.slots(); i++) {
                if (!p.alive(i)) continue;
                alive++;
                if (p.givenAvg[i] >= carerHours && p.age(i) >= 5) carers++;
                float n0 = p.need[0][i], n1 = p.need[1][i], n2 = p.need[2][i], n3 = p.need[3][i];
                assertEquals(maxRef(n0, n1, n2, n3), Population.max(n0, n1, n2, n3));
                double wb = wellbeingRef(n0, n1, n2, n3, p.strengths[i], p.strain[i], p.support[i]);
                assertEquals(wb, p.wellbeing(i), 1e-12);
                wellbeing += wb;
            }
            assertEquals(carers, row[Measures.index("carers")], "carers, week " + w);
            assertEquals(wellbeing / alive, row[Measures.index("wellbeing")], 1e-9, "mean wellbeing, week " + w);
        }
    }
}
