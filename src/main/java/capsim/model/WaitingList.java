package capsim.model;

/**
 * A first-come first-served queue of people (slot and id, so a reused slot is not served by
 * mistake), each with a tag (for reviews, the week they are due).
 */
final class WaitingList {
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
