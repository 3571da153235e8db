package capsim.model;

import java.util.Arrays;

/**
 * Community groups and places (docs/ODD.md section 2): each in a neighbourhood, with places
 * sustained by funding and volunteers, and a member list. Places above what funding and
 * volunteers sustain shrink away week by week.
 */
public final class CommunityAssets implements java.io.Serializable {
    public static final String[] KINDS = {"parent and toddler group", "youth club", "peer support", "befriending",
            "food bank", "faith or cultural group", "social prescribing scheme"};

    int count;
    int[] hood = new int[16];
    int[] kind = new int[16];
    double[] places = new double[16];
    double[] funding = new double[16];     // GBP a year, baseline grant
    double[] investment = new double[16];  // GBP a year, from the commissioner's community investment
    int[] volunteers = new int[16];
    int[][] members = new int[16][];
    int[] filled = new int[16];
    /** Assets of each neighbourhood. */
    int[][] byHood;

    int add(int h, int k, double fund) {
        if (count == hood.length) {
            int n = count * 2;
            hood = Arrays.copyOf(hood, n);
            kind = Arrays.copyOf(kind, n);
            places = Arrays.copyOf(places, n);
            funding = Arrays.copyOf(funding, n);
            investment = Arrays.copyOf(investment, n);
            volunteers = Arrays.copyOf(volunteers, n);
            members = Arrays.copyOf(members, n);
            filled = Arrays.copyOf(filled, n);
        }
        int a = count++;
        hood[a] = h;
        kind[a] = k;
        funding[a] = fund;
        members[a] = new int[8];
        return a;
    }

    void join(int a, int person) {
        if (filled[a] == members[a].length) members[a] = Arrays.copyOf(members[a], filled[a] * 2);
        members[a][filled[a]++] = person;
    }

    void leave(int a, int person) {
        int[] m = members[a];
        for (int j = 0; j < filled[a]; j++) if (m[j] == person) { m[j] = m[--filled[a]]; return; }
    }

    boolean hasPlace(int a) { return filled[a] < (int) places[a]; }

    // ---- read-only view ----
    public int count() { return count; }
    public int hood(int a) { return hood[a]; }
    public int kind(int a) { return kind[a]; }
    public int places(int a) { return (int) places[a]; }
    public int filled(int a) { return filled[a]; }
    public int volunteers(int a) { return volunteers[a]; }
}
