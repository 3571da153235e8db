package capsim.model;

import java.util.Arrays;

/**
 * The households, as columns indexed by household number (like {@link Population} for people):
 * each one's members' slots. A household emptied by deaths and moves keeps its number until the
 * build's relayout drops it. New household state is a column in {@link #columns}.
 */
final class Households implements java.io.Serializable {
    /** Members' slots: the first {@code size[h]} of row h. */
    int[][] members;
    int[] size;
    /** Household numbers in use: 0 .. count - 1. */
    int count;

    Households() { columns(new GroupColumns.Allocate(0)); }

    /** Every per-household column, listed once. */
    private void columns(GroupColumns c) {
        members = c.rows(members);
        size = c.ints(size, 0);
    }

    /** Numbers of households emptied by deaths and moves, for new households to reuse. */
    private int[] free = new int[16];
    private int freeCount;

    /** A new, empty household (an emptied number if any); its number. */
    int add() {
        if (freeCount > 0) return free[--freeCount];
        if (count == size.length) columns(new GroupColumns.Grow(count * 2 + 64));
        members[count] = new int[4];
        return count++;
    }

    void join(int h, int person) {
        if (size[h] == members[h].length) members[h] = Arrays.copyOf(members[h], size[h] * 2);
        members[h][size[h]++] = person;
    }

    void leave(int h, int person) {
        int[] mem = members[h];
        for (int j = 0; j < size[h]; j++) if (mem[j] == person) { mem[j] = mem[--size[h]]; break; }
        if (size[h] == 0) {
            if (freeCount == free.length) free = Arrays.copyOf(free, freeCount * 2);
            free[freeCount++] = h;
        }
    }

    /**
     * Keeps households {@code from[0..n)}, renumbered 0..n-1 in that order (the others dropped),
     * their members' slots mapped through {@code to}; each row new, so they sit in that order too.
     */
    void keep(int[] from, int n, int[] to) {
        columns(new GroupColumns.Select(Arrays.copyOf(from, n), n + 64));
        for (int h = 0; h < n; h++) {
            int[] row = new int[Math.max(4, size[h])];
            for (int j = 0; j < size[h]; j++) row[j] = to[members[h][j]];
            members[h] = row;
        }
        count = n;
        freeCount = 0;
    }
}
