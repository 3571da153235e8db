package capsim.model;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The support refresh's single walk over the ties equals the plain two passes, float for float. */
class InformalSupportTest {

    @Test
    void fadeAndSupportInOneWalkEqualsFadeThenSum() {
        for (int seed = 0; seed < 20; seed++) {
            Random r = new Random(seed);
            int n = 200;
            SocialNetwork fast = new SocialNetwork(n), plain = new SocialNetwork(n);
            for (int e = 0; e < 700; e++) {
                int a = r.nextInt(n), b = r.nextInt(n);
                byte k = (byte) r.nextInt(5);
                float w = r.nextFloat();
                fast.tie(a, b, k, w);
                plain.tie(a, b, k, w);
            }
            boolean[] live = new boolean[n];
            float[] off = new float[n];
            for (int i = 0; i < n; i++) { live[i] = r.nextDouble() < 0.9; off[i] = live[i] ? 5 * r.nextFloat() : 0; }
            float[] usual = {1f, 0.6f, 0.5f, 0.3f, 0.3f};
            float rate = 0.0394f;
            float[] supportFast = new float[n], supportPlain = new float[n];

            InformalSupport.fadeAndSupport(fast, usual, rate, off, live, n, supportFast, 48);

            plain.fade(usual, rate, live, n);
            for (int i = 0; i < n; i++) {
                if (!live[i]) continue;
                double s = 0;
                for (int k = 0; k < plain.degree(i); k++) s += (float) plain.weight(i, k) * off[plain.neighbour(i, k)];
                supportPlain[i] = (float) Math.min(1, s / 48);
            }
            for (int i = 0; i < n; i++) {
                assertEquals(supportPlain[i], supportFast[i], 0, "support of person " + i + ", seed " + seed);
                for (int k = 0; k < plain.degree(i); k++)
                    assertEquals(plain.weight(i, k), fast.weight(i, k), 0, "weight of a tie of " + i + ", seed " + seed);
            }
        }
    }
}
