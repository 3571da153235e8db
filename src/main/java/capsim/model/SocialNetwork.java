package capsim.model;

import java.util.Arrays;

/**
 * Ties between people, as per-person adjacency arrays (undirected: each tie is stored at both
 * ends with the same weight). Compact on purpose: MASON's {@code sim.field.network.Network}
 * allocates an Edge object per tie, too heavy for 2.5 million ties stepped weekly; the GUI
 * builds one from this for display.
 */
public final class SocialNetwork {
    public static final byte HOUSEHOLD = 0, KIN = 1, FRIEND = 2, NEIGHBOUR = 3, CO_MEMBER = 4;
    public static final String[] KIND_NAMES = {"household", "kin", "friend", "neighbour", "co-member"};
    private static final int[] EMPTY_I = new int[0];
    private static final float[] EMPTY_F = new float[0];
    private static final byte[] EMPTY_B = new byte[0];

    int[][] nbr;
    float[][] weight;
    byte[][] kind;
    int[] degree;
    long ties;

    SocialNetwork(int capacity) {
        nbr = new int[capacity][];
        weight = new float[capacity][];
        kind = new byte[capacity][];
        degree = new int[capacity];
        Arrays.fill(nbr, EMPTY_I);
        Arrays.fill(weight, EMPTY_F);
        Arrays.fill(kind, EMPTY_B);
    }

    void ensure(int n) {
        if (n <= nbr.length) return;
        int old = nbr.length, m = Math.max(n, old * 3 / 2 + 16);
        nbr = Arrays.copyOf(nbr, m);
        weight = Arrays.copyOf(weight, m);
        kind = Arrays.copyOf(kind, m);
        degree = Arrays.copyOf(degree, m);
        Arrays.fill(nbr, old, m, EMPTY_I);
        Arrays.fill(weight, old, m, EMPTY_F);
        Arrays.fill(kind, old, m, EMPTY_B);
    }

    boolean tied(int a, int b) {
        int[] n = nbr[a];
        for (int k = 0, d = degree[a]; k < d; k++) if (n[k] == b) return true;
        return false;
    }

    /** Adds a tie unless a and b are the same person or already tied. */
    boolean tie(int a, int b, byte k, float w) {
        if (a == b || tied(a, b)) return false;
        add(a, b, k, w);
        add(b, a, k, w);
        ties++;
        return true;
    }

    private void add(int a, int b, byte k, float w) {
        int d = degree[a];
        if (d == nbr[a].length) {
            int m = Math.max(4, d * 2);
            nbr[a] = Arrays.copyOf(nbr[a], m);
            weight[a] = Arrays.copyOf(weight[a], m);
            kind[a] = Arrays.copyOf(kind[a], m);
        }
        nbr[a][d] = b;
        weight[a][d] = w;
        kind[a][d] = k;
        degree[a] = d + 1;
    }

    /** Sets the weight of tie (a, slot k of a) at both ends. */
    void setWeight(int a, int k, float w) {
        weight[a][k] = w;
        int b = nbr[a][k];
        int[] n = nbr[b];
        for (int j = 0, d = degree[b]; j < d; j++) if (n[j] == a) { weight[b][j] = w; return; }
    }

    /**
     * Reallocates every person's tie arrays in slot order, each person's three side by side, so
     * that the weekly walks over ties (which visit people in slot order) find them close together
     * in memory rather than wherever the arrays last grew. Ties and their order are unchanged.
     */
    void compact(int size) {
        for (int i = 0; i < size; i++) {
            int d = degree[i];
            int cap = Math.max(4, d + d / 4 + 1);
            nbr[i] = java.util.Arrays.copyOf(nbr[i], cap);
            weight[i] = java.util.Arrays.copyOf(weight[i], cap);
            kind[i] = java.util.Arrays.copyOf(kind[i], cap);
        }
    }

    /** Removes every tie of a (a death or a move). */
    void isolate(int a) {
        for (int k = 0, d = degree[a]; k < d; k++) {
            int b = nbr[a][k];
            int[] n = nbr[b];
            int db = degree[b];
            for (int j = 0; j < db; j++) {
                if (n[j] == a) {
                    int last = db - 1;
                    n[j] = n[last];
                    weight[b][j] = weight[b][last];
                    kind[b][j] = kind[b][last];
                    degree[b] = last;
                    break;
                }
            }
            ties--;
        }
        degree[a] = 0;
    }

    // ---- read-only view ----
    public int degree(int i) { return degree[i]; }
    public int neighbour(int i, int k) { return nbr[i][k]; }
    public double weight(int i, int k) { return weight[i][k]; }
    /** One of HOUSEHOLD, KIN, FRIEND, NEIGHBOUR, CO_MEMBER. */
    public int kind(int i, int k) { return kind[i][k]; }
    public long ties() { return ties; }
}
