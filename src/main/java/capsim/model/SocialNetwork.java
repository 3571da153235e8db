package capsim.model;

import java.util.Arrays;

/**
 * Ties between people, undirected (each tie is stored at both ends with the same weight when
 * made), in one flat store: person i's ties are slots {@code first[i]} to
 * {@code first[i] + degree[i] - 1} of three parallel arrays (neighbour, weight, kind), with room
 * to grow up to {@code room[i]}. A person who outgrows their room moves to the end of the store;
 * {@link #compact} lays everyone out again in slot order once a year. The weekly walks over ties
 * visit people in slot order, so they read this store front to back, with no array object per
 * person to find first. MASON's {@code sim.field.network.Network} allocates an Edge object per
 * tie, too heavy for 2.5 million ties stepped weekly; the GUI draws ties straight from this store.
 */
public final class SocialNetwork implements java.io.Serializable {
    /** KIN: kin in the same neighbourhood; KIN_AWAY: kin elsewhere in the authority (less hands-on help: network.kin_away_weight). */
    public static final byte HOUSEHOLD = 0, KIN = 1, FRIEND = 2, NEIGHBOUR = 3, CO_MEMBER = 4, KIN_AWAY = 5;
    public static final String[] KIND_NAMES = {"household", "kin", "friend", "neighbour", "co-member", "kin elsewhere"};

    /** Kin of either distance. */
    static boolean kin(int kind) { return kind == KIN || kind == KIN_AWAY; }

    /** The store: neighbour, weight and kind of each tie slot; {@code end} is the first unused slot. */
    int[] nbr = new int[0];
    float[] weight = new float[0];
    byte[] kind = new byte[0];
    private int end;
    /** Per person: first slot, number of ties, slots reserved. */
    int[] first, degree, room;
    long ties;

    SocialNetwork(int capacity) {
        first = new int[capacity];
        degree = new int[capacity];
        room = new int[capacity];
    }

    void ensure(int n) {
        if (n <= first.length) return;
        int m = Math.max(n, first.length * 3 / 2 + 16);
        first = Arrays.copyOf(first, m);
        degree = Arrays.copyOf(degree, m);
        room = Arrays.copyOf(room, m);
    }

    boolean tied(int a, int b) {
        for (int t = first[a], e = t + degree[a]; t < e; t++) if (nbr[t] == b) return true;
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
        if (d == room[a]) move(a, Math.max(4, d * 2));
        int t = first[a] + d;
        nbr[t] = b;
        weight[t] = w;
        kind[t] = k;
        degree[a] = d + 1;
    }

    /** Moves person a's ties to the end of the store, with room for r. */
    private void move(int a, int r) {
        grow(end + r);
        int from = first[a], d = degree[a];
        System.arraycopy(nbr, from, nbr, end, d);
        System.arraycopy(weight, from, weight, end, d);
        System.arraycopy(kind, from, kind, end, d);
        first[a] = end;
        room[a] = r;
        end += r;
    }

    private void grow(int slots) {
        if (slots <= nbr.length) return;
        int m = Math.max(slots, nbr.length + nbr.length / 8 + 1024);  // an eighth more: a 1,000,000-person authority fits in 700 MB of heap while it grows
        nbr = Arrays.copyOf(nbr, m);
        weight = Arrays.copyOf(weight, m);
        kind = Arrays.copyOf(kind, m);
    }

    /** Slot of the tie between a and b at a's end, or -1. */
    private int slot(int a, int b) {
        for (int t = first[a], e = t + degree[a]; t < e; t++) if (nbr[t] == b) return t;
        return -1;
    }

    /**
     * Each tie's weight moves a share {@code rate} of the way back to the usual weight of its kind,
     * at each end (help given strengthens only the receiver's end: informal.reciprocity). The plain
     * reference for InformalSupport.fadeAndSupport, which does it in the support refresh's walk.
     */
    void fade(float[] usualByKind, float rate, boolean[] live, int n) {
        if (rate == 0) return;
        float[] w = weight;
        byte[] k = kind;
        for (int i = 0; i < n; i++) {
            if (!live[i]) continue;
            for (int t = first[i], e = t + degree[i]; t < e; t++) w[t] += rate * (usualByKind[k[t]] - w[t]);
        }
    }

    /**
     * The tie between a and b becomes one of kind k with weight w at both ends, made if there
     * was none (a person moving in or out of a household: housemates become kin, kin housemates).
     */
    void retie(int a, int b, byte k, float w) {
        if (a == b) return;
        int t = slot(a, b), u = slot(b, a);
        if (t < 0 || u < 0) { tie(a, b, k, w); return; }
        kind[t] = kind[u] = k;
        weight[t] = weight[u] = w;
    }

    /** Removes the tie between a and b, if any, at both ends. */
    void untie(int a, int b) {
        int t = slot(a, b);
        if (t < 0) return;
        copySlot(t, first[a] + --degree[a]);
        dropEnd(b, a);
        ties--;
    }

    /** Sets the weight of tie (a, k-th of a's ties) at both ends. */
    void setWeight(int a, int k, float w) {
        int t = first[a] + k;
        weight[t] = w;
        int u = slot(nbr[t], a);
        if (u >= 0) weight[u] = w;
    }

    /**
     * Lays every person's ties out again in slot order, each with a quarter more room than they
     * use, dropping the space left behind by people who moved. Ties and their order are unchanged.
     */
    void compact(int size) {
        int total = 0;
        for (int i = 0; i < size; i++) total += roomFor(degree[i]);
        int[] n2 = new int[total];
        float[] w2 = new float[total];
        byte[] k2 = new byte[total];
        int at = 0;
        for (int i = 0; i < size; i++) {
            int d = degree[i], from = first[i];
            System.arraycopy(nbr, from, n2, at, d);
            System.arraycopy(weight, from, w2, at, d);
            System.arraycopy(kind, from, k2, at, d);
            first[i] = at;
            room[i] = roomFor(d);
            at += room[i];
        }
        for (int i = size; i < first.length; i++) first[i] = degree[i] = room[i] = 0;
        nbr = n2;
        weight = w2;
        kind = k2;
        end = at;
    }

    /**
     * Follows a move of everyone to new slots ({@link Population#permute}): person k now is who
     * was in slot {@code from[k]}, and {@code to[old]} is the new slot of the person in slot old.
     * Then compacts, so ties are laid out in the new slot order.
     */
    void permute(int[] from, int[] to) {
        int[] f2 = new int[first.length], d2 = new int[first.length], r2 = new int[first.length];
        for (int k = 0; k < from.length; k++) {
            f2[k] = first[from[k]];
            d2[k] = degree[from[k]];
            r2[k] = room[from[k]];
            for (int t = f2[k]; t < f2[k] + d2[k]; ) {
                int j = to[nbr[t]];
                if (j >= 0) { nbr[t++] = j; continue; }
                // a tie to a slot no one lives in (none expected: ties are made only between live
                // people, and a death or a move removes a person's ties): dropped, not carried to a stranger
                copySlot(t, f2[k] + --d2[k]);
                ties--;
            }
        }
        first = f2;
        degree = d2;
        room = r2;
        compact(from.length);
    }

    private static int roomFor(int d) { return Math.max(4, d + d / 4 + 1); }

    /** Removes every tie of a (a death or a move). */
    void isolate(int a) {
        for (int t = first[a], e = t + degree[a]; t < e; t++) {
            dropEnd(nbr[t], a);
            ties--;
        }
        degree[a] = 0;
    }

    /** Removes every tie of a of kind k, at both ends (a member leaving a group: the ties made there end). */
    void untieKind(int a, byte k) {
        for (int t = first[a]; t < first[a] + degree[a]; ) {
            if (kind[t] != k) { t++; continue; }
            dropEnd(nbr[t], a);
            copySlot(t, first[a] + --degree[a]);
            ties--;
        }
    }

    /** Removes the tie to a from b's list (the last of b's ties takes its slot). */
    private void dropEnd(int b, int a) {
        int u = slot(b, a);
        if (u < 0) return;
        copySlot(u, first[b] + --degree[b]);
    }

    /** Tie slot {@code from} (a list's last, being dropped) moves into slot {@code to}. */
    private void copySlot(int to, int from) {
        nbr[to] = nbr[from];
        weight[to] = weight[from];
        kind[to] = kind[from];
    }

    // ---- read-only view ----
    public int degree(int i) { return degree[i]; }
    public int neighbour(int i, int k) { return nbr[first[i] + k]; }
    public double weight(int i, int k) { return weight[first[i] + k]; }
    /** One of HOUSEHOLD, KIN, FRIEND, NEIGHBOUR, CO_MEMBER. */
    public int kind(int i, int k) { return kind[first[i] + k]; }
    public long ties() { return ties; }
}
