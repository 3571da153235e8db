package capsim.study;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SensitivityMethodsTest {
    private static final double PI = Math.PI;
    private static final List<Factor> ISHIGAMI = List.of(
            Factor.linear("x1", -PI, PI), Factor.linear("x2", -PI, PI), Factor.linear("x3", -PI, PI));

    private static double ishigami(double[] x) {
        return Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    @Test
    void sobolIndicesOfIshigamiMatchAnalyticValues() {
        List<SobolIndices.Index> idx = SobolIndices.run(ISHIGAMI, SensitivityMethodsTest::ishigami, 8192, 200, 7);
        double[] s1 = {0.3139, 0.4424, 0.0};
        double[] st = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            SobolIndices.Index ix = idx.get(i);
            assertEquals(s1[i], ix.s1(), 0.02, "S1 of " + ix.factor());
            assertEquals(st[i], ix.st(), 0.02, "ST of " + ix.factor());
            assertTrue(ix.s1Low() <= ix.s1() && ix.s1() <= ix.s1High(), "S1 interval brackets its estimate");
            assertTrue(ix.stLow() <= ix.st() && ix.st() <= ix.stHigh(), "ST interval brackets its estimate");
            assertTrue(ix.stHigh() - ix.stLow() < 0.1, "ST interval is informative at n=8192");
        }
    }

    @Test
    void sobolIsDeterministicForASeed() {
        var a = SobolIndices.run(ISHIGAMI, SensitivityMethodsTest::ishigami, 256, 100, 3);
        var b = SobolIndices.run(ISHIGAMI, SensitivityMethodsTest::ishigami, 256, 100, 3);
        assertEquals(a, b);
    }

    /** Sobol's g-function: a smaller a_i makes factor i more important; a = 99 is nearly inert. */
    private static double gFunction(double[] x) {
        double[] a = {0, 1, 4.5, 9, 99};
        double p = 1;
        for (int i = 0; i < a.length; i++) p *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
        return p;
    }

    @Test
    void morrisRanksFactorsOfTheGFunctionInTheirKnownOrder() {
        List<Factor> f = List.of(Factor.linear("a0", 0, 1), Factor.linear("a1", 0, 1), Factor.linear("a4.5", 0, 1),
                Factor.linear("a9", 0, 1), Factor.linear("a99", 0, 1));
        var effects = MorrisScreening.run(f, SensitivityMethodsTest::gFunction, 50, 4, 11);
        for (int i = 0; i + 1 < effects.size(); i++)
            assertTrue(effects.get(i).muStar() > effects.get(i + 1).muStar(),
                    "mu* of " + effects.get(i).factor() + " should exceed " + effects.get(i + 1).factor() + ": " + effects);
        assertTrue(effects.get(4).muStar() < 0.05 * effects.get(0).muStar(), "inert factor screened out");
    }

    @Test
    void morrisOfALinearFunctionRecoversItsSlopesWithNoSpread() {
        List<Factor> f = List.of(Factor.linear("a", 0, 1), Factor.linear("b", 0, 2), Factor.linear("c", 0, 1));
        var e = MorrisScreening.run(f, x -> 3 * x[0] - 2 * x[1] + 0 * x[2], 10, 4, 5);
        assertEquals(3, e.get(0).mu(), 1e-9);
        assertEquals(-4, e.get(1).mu(), 1e-9); // unit-interval effect: slope x range
        assertEquals(4, e.get(1).muStar(), 1e-9);
        assertEquals(0, e.get(2).muStar(), 1e-12);
        assertEquals(0, e.get(0).sigma(), 1e-9);
    }

    @Test
    void designsStayInTheUnitCubeAndLhsStratifies() {
        double[][] lhs = Designs.latinHypercube(20, 3, 9);
        for (int d = 0; d < 3; d++) {
            boolean[] seen = new boolean[20];
            for (double[] p : lhs) {
                assertTrue(p[d] >= 0 && p[d] < 1);
                seen[(int) (p[d] * 20)] = true;
            }
            for (boolean s : seen) assertTrue(s, "every stratum holds one point");
        }
        assertArrayEquals(lhs[5], Designs.latinHypercube(20, 3, 9)[5]);
        double[][] g = Designs.grid(2, 3);
        assertEquals(9, g.length);
        assertArrayEquals(new double[]{0, 0.5}, g[1]);
        assertArrayEquals(new double[]{1, 1}, g[8]);
        for (double[] p : Designs.sobol(64, 4)) for (double v : p) assertTrue(v >= 0 && v < 1);
    }

    @Test
    void factorsMapUnitValuesIntoTheirRanges() {
        assertEquals(5, new Factor("n", 1, 9, true, false).value(0.5));
        assertEquals(10, new Factor("l", 1, 100, false, true).value(0.5), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new Factor("bad", 0, 1, false, true));
    }
}
