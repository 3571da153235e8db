package capsim.model;

/**
 * A first-come first-served queue of people (slot and id, so a reused slot is not served by
 * mistake), each with a tag (for reviews, the week they are due).
 */
final class WaitingList implements java.io.Serializable {
    private int[] slot = new int[64];
    private long[] id = new long[64];
    private int[] tag = new int[64];
    private int head, size;

    void add(int s, long i) { add(s, i, 0); }

    void add(int s, long i, int t) {
        if (size == slot.length) grow();
        int k = (head + size) % slot.length;
        slot[k] = s;
        id[k] = i;
        tag[k] = t;
        size++;
    }

    int size() { return size; }

    int peekSlot() { return slot[head]; }

    long peekId() { return id[head]; }

    int peekTag() { return tag[head]; }

    void pop() { head = (head + 1) % slot.length; size--; }

    int slotAt(int k) { return slot[(head + k) % slot.length]; }

    long idAt(int k) { return id[(head + k) % slot.length]; }

    int tagAt(int k) { return tag[(head + k) % slot.length]; }

    /** Keeps the entries the test accepts, in order (k: the entry's position from the head). */
    void retain(java.util.function.IntPredicate keep) {
        int kept = 0;
        for (int k = 0; k < size; k++) {
            int j = (head + k) % slot.length;
            if (!keep.test(k)) continue;
            int to = (head + kept) % slot.length;
            slot[to] = slot[j];
            id[to] = id[j];
            tag[to] = tag[j];
            kept++;
        }
        size = kept;
    }

    /**
     * Reorders the list so the most urgent come first: by the key (higher first), then by tag
     * (earlier first), then by id, so the order never depends on slots or on how it was before.
     */
    void triage(java.util.function.IntToDoubleFunction urgency) {
        if (size < 2) return;
        Integer[] order = new Integer[size];
        double[] key = new double[size];
        int[] s2 = new int[size], t2 = new int[size];
        long[] i2 = new long[size];
        for (int k = 0; k < size; k++) {
            int j = (head + k) % slot.length;
            order[k] = k;
            s2[k] = slot[j];
            i2[k] = id[j];
            t2[k] = tag[j];
            key[k] = urgency.applyAsDouble(s2[k]);
        }
        java.util.Arrays.sort(order, (a, b) -> key[a] != key[b] ? Double.compare(key[b], key[a])
                : t2[a] != t2[b] ? Integer.compare(t2[a], t2[b]) : Long.compare(i2[a], i2[b]));
        for (int k = 0; k < size; k++) {
            int j = (head + k) % slot.length;
            slot[j] = s2[order[k]];
            id[j] = i2[order[k]];
            tag[j] = t2[order[k]];
        }
    }

    private void grow() {
        int n = slot.length * 2;
        int[] s2 = new int[n], t2 = new int[n];
        long[] i2 = new long[n];
        for (int k = 0; k < size; k++) {
            int j = (head + k) % slot.length;
            s2[k] = slot[j];
            i2[k] = id[j];
            t2[k] = tag[j];
        }
        slot = s2;
        id = i2;
        tag = t2;
        head = 0;
    }
}
