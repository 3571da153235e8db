package capsim.model;

import java.util.Arrays;

/**
 * The neighbourhoods, as columns indexed by neighbourhood (like {@link Population} for people):
 * deprivation decile and residents' slots. A resident who dies or moves stays listed until the
 * year's {@link #clearResidents} and rebuild (Demography), so a reader checks they are live and
 * still here. New neighbourhood state is a column in {@link #columns}.
 */
final class Neighbourhoods implements java.io.Serializable {
    /** Deprivation decile, 1 = most deprived. */
    int[] decile;
    /** Residents' slots: the first {@code residentCount[h]} of row h. */
    int[][] residents;
    int[] residentCount;

    /** n neighbourhoods, each with room for {@code room} residents before it grows. */
    Neighbourhoods(int n, int room) {
        columns(new GroupColumns.Allocate(n));
        for (int h = 0; h < n; h++) residents[h] = new int[room];
    }

    /** Every per-neighbourhood column, listed once. */
    private void columns(GroupColumns c) {
        decile = c.ints(decile, 0);
        residents = c.rows(residents);
        residentCount = c.ints(residentCount, 0);
    }

    int count() { return decile.length; }

    void addResident(int hood, int person) {
        if (residentCount[hood] == residents[hood].length)
            residents[hood] = Arrays.copyOf(residents[hood], residentCount[hood] * 2 + 8);
        residents[hood][residentCount[hood]++] = person;
    }

    void clearResidents() { Arrays.fill(residentCount, 0); }
}
