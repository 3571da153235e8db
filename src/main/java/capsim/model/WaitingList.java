package capsim.model;

/** A first-come first-served queue of people (slot and id, so a reused slot is not served by mistake). */
final class WaitingList {
    private int[] slot = new int[64];
    private long[] id = new long[64];
    private int head, size;

    void add(int s, long i) {
        if (size == slot.length) grow();
        int t = (head + size) % slot.length;
        slot[t] = s;
        id[t] = i;
        size++;
    }

    int size() { return size; }

    int peekSlot() { return slot[head]; }

    long peekId() { return id[head]; }

    void pop() { head = (head + 1) % slot.length; size--; }

    int slotAt(int k) { return slot[(head + k) % slot.length]; }

    long idAt(int k) { return id[(head + k) % slot.length]; }

    private void grow() {
        int n = slot.length * 2;
        int[] s2 = new int[n];
        long[] i2 = new long[n];
        for (int k = 0; k < size; k++) { s2[k] = slotAt(k); i2[k] = idAt(k); }
        slot = s2;
        id = i2;
        head = 0;
    }
}
