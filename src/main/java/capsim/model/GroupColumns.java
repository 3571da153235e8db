package capsim.model;

import java.util.Arrays;

/**
 * What a group table's column list does to each column, as Population's does for people: make
 * it, grow it, or keep chosen groups in a new order. For {@link Households} and
 * {@link Neighbourhoods}: a column is an int per group, or a row of slots per group (a new row
 * is null, for the table to make).
 */
interface GroupColumns {
    int[] ints(int[] a, int fresh);

    int[][] rows(int[][] a);

    /** New columns of n groups. */
    record Allocate(int n) implements GroupColumns {
        public int[] ints(int[] a, int fresh) { int[] b = new int[n]; Arrays.fill(b, fresh); return b; }
        public int[][] rows(int[][] a) { return new int[n][]; }
    }

    /** The columns grown to n groups, the new ones fresh. */
    record Grow(int n) implements GroupColumns {
        public int[] ints(int[] a, int fresh) { int o = a.length; a = Arrays.copyOf(a, n); Arrays.fill(a, o, n, fresh); return a; }
        public int[][] rows(int[][] a) { return Arrays.copyOf(a, n); }
    }

    /** Group k takes what group from[k] held, for k below from.length; columns of n groups. */
    record Select(int[] from, int n) implements GroupColumns {
        public int[] ints(int[] a, int fresh) { int[] b = new int[n]; Arrays.fill(b, fresh); for (int k = 0; k < from.length; k++) b[k] = a[from[k]]; return b; }
        public int[][] rows(int[][] a) { int[][] b = new int[n][]; for (int k = 0; k < from.length; k++) b[k] = a[from[k]]; return b; }
    }
}
