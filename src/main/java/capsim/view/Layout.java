package capsim.view;

import capsim.model.Seeds;

import java.util.Arrays;

/**
 * Where each person sits in the picture, cached between frames so people do not jump about.
 * Neighbourhoods are cells of a grid; a person is placed once in their neighbourhood's cell,
 * next to a household member already placed (so households read as clusters), else beside a
 * relative already placed (so kin households sit together), else at a position hashed from their index. They are placed again only when they move neighbourhood
 * or their slot is reused. Positions are fractions of the cell, so any picture size works.
 * Deterministic: nothing here depends on time or on a generator shared with the model.
 */
public final class Layout {
    /** Share of a cell's height at its foot kept for the neighbourhood's community assets. */
    static final double ASSET_STRIP = 0.2;
    private float[] u = new float[0], v = new float[0];
    private int[] placedHood = new int[0];
    private int placements;

    /** Places newcomers and movers; call once per frame before drawing. */
    public void update(CommunityView view) {
        int n = view.slots();
        if (n > u.length) {
            int cap = Math.max(n, u.length + u.length / 2);
            u = Arrays.copyOf(u, cap);
            v = Arrays.copyOf(v, cap);
            int old = placedHood.length;
            placedHood = Arrays.copyOf(placedHood, cap);
            Arrays.fill(placedHood, old, cap, -1);
        }
        for (int i = 0; i < n; i++) if (!view.alive(i)) placedHood[i] = -1;
        // a family at a time: from each person still to place, through household and kin ties in the same
        // neighbourhood, so each household is placed beside a relative's just placed
        int[] stack = new int[16];
        for (int i = 0; i < n; i++) {
            if (!view.alive(i) || placedHood[i] == view.hood(i)) continue;
            int top = 0;
            stack[top++] = i;
            while (top > 0) {
                int p = stack[--top];
                int h = view.hood(p);
                if (placedHood[p] == h) continue;
                place(view, p, h);
                for (int k = 0, d = view.degree(p); k < d; k++) {
                    int j = view.neighbour(p, k), kind = view.tieKind(p, k);
                    if ((kind == CommunityView.TIE_HOUSEHOLD || kind == CommunityView.TIE_KIN) && j >= 0 && j < n && view.alive(j)
                            && view.hood(j) == h && placedHood[j] != h) {
                        if (top == stack.length) stack = Arrays.copyOf(stack, top * 2);
                        stack[top++] = j;
                    }
                }
            }
        }
    }

    private void place(CommunityView view, int i, int h) {
        placements++;
        long r = Seeds.mix(((long) i << 20) ^ placements ^ 0x5DEECE66DL);
        // next to a household member already placed; the first of a household beside a relative's household
        // already placed, so families read as clusters of clusters and kin ties stay short; else anywhere in the cell
        if (beside(view, i, h, r, CommunityView.TIE_HOUSEHOLD, 0.025, 0.02) || beside(view, i, h, r, CommunityView.TIE_KIN, 0.06, 0.04)) return;
        u[i] = clamp((float) (0.04 + 0.92 * ((r & 0xffffff) / (double) 0x1000000)));
        v[i] = clamp((float) (0.04 + 0.92 * (((r >>> 24) & 0xffffff) / (double) 0x1000000)));
        placedHood[i] = h;
    }

    /** Places i at a hashed angle and a distance of {@code near} to {@code near + spread} from its first tie of {@code kind} placed in h; false if none is. */
    private boolean beside(CommunityView view, int i, int h, long r, int kind, double near, double spread) {
        for (int k = 0, d = view.degree(i); k < d; k++) {
            int j = view.neighbour(i, k);
            if (view.tieKind(i, k) == kind && j >= 0 && j < placedHood.length && placedHood[j] == h) {
                double angle = (r & 0xffff) / 65536.0 * 2 * Math.PI;
                double dist = near + ((r >>> 16) & 0xff) / 256.0 * spread;
                u[i] = clamp(u[j] + (float) (Math.cos(angle) * dist));
                v[i] = clamp(v[j] + (float) (Math.sin(angle) * dist));
                placedHood[i] = h;
                return true;
            }
        }
        return false;
    }

    private static float clamp(float x) { return Math.max(0.02f, Math.min(0.98f, x)); }

    /** True when person i has a position (alive at the last update). */
    public boolean placed(int i) { return i < placedHood.length && placedHood[i] >= 0; }

    /** Horizontal position within the cell's people area, 0..1. */
    public float u(int i) { return u[i]; }

    /** Vertical position within the cell's people area, 0..1. */
    public float v(int i) { return v[i]; }

    public int hood(int i) { return placedHood[i]; }
}
