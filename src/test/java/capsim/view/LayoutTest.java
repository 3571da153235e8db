package capsim.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class LayoutTest {
    @Test
    void householdsClusterAndPositionsStayPutUntilAMove() {
        FakeCommunity v = new FakeCommunity(2000, 5, 11);
        Layout l = new Layout();
        l.update(v);
        int near = 0, pairs = 0;
        for (int i = 0; i < v.n; i++)
            for (int k = 0; k < v.degree(i); k++)
                if (v.tieKind(i, k) == CommunityView.TIE_HOUSEHOLD) {
                    int j = v.neighbour(i, k);
                    pairs++;
                    if (Math.hypot(l.u(i) - l.u(j), l.v(i) - l.v(j)) < 0.15) near++;
                }
        assertTrue(pairs > 500 && near > 0.9 * pairs, "household members drawn together: " + near + " of " + pairs);
        float u = l.u(42), vv = l.v(42);
        l.update(v);
        assertEquals(u, l.u(42));
        assertEquals(vv, l.v(42));
        v.hood[42] = (v.hood[42] + 1) % 5;
        l.update(v);
        assertEquals(v.hood[42], l.hood(42), "a mover is placed in the new neighbourhood");
        v.alive[43] = false;
        l.update(v);
        assertFalse(l.placed(43), "the dead are not drawn");
    }
}
