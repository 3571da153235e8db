package capsim.view;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A hand-built community for drawing tests: households, ties of every kind, assets, deciles. */
public final class FakeCommunity implements CommunityView {
    public final int n, hoods;
    public final boolean[] alive;
    public final int[] hood, age, pathway;
    public final double[][] need;
    public final double[] strengths, dependency;
    final int[][] nb, kind;
    public final int[] assetHood, places, filled;
    public int week = 10;
    /** False: as a model before it has built its people (no neighbourhoods yet). */
    public boolean started = true;

    public FakeCommunity(int n, int hoods, long seed) {
        this.n = n;
        this.hoods = hoods;
        SplittableRandom r = new SplittableRandom(seed);
        alive = new boolean[n];
        hood = new int[n];
        age = new int[n];
        pathway = new int[n];
        need = new double[n][4];
        strengths = new double[n];
        dependency = new double[n];
        List<List<int[]>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
        int i = 0;
        while (i < n) {
            int h = r.nextInt(hoods), size = 1 + r.nextInt(4);
            int first = i;
            for (int m = 0; m < size && i < n; m++, i++) {
                alive[i] = true;
                hood[i] = h;
                age[i] = r.nextInt(90);
                pathway[i] = r.nextInt(3);
                for (int d = 0; d < 4; d++) need[i][d] = r.nextDouble() * r.nextDouble();
                strengths[i] = r.nextDouble();
                dependency[i] = r.nextDouble() * 0.5;
                for (int o = first; o < i; o++) { adj.get(i).add(new int[]{o, TIE_HOUSEHOLD}); adj.get(o).add(new int[]{i, TIE_HOUSEHOLD}); }
            }
        }
        for (int a = 0; a < n; a++)
            for (int k = 0; k < 2; k++) {
                int b = r.nextInt(n);
                if (b == a) continue;
                int kd = 1 + r.nextInt(4);
                adj.get(a).add(new int[]{b, kd});
                adj.get(b).add(new int[]{a, kd});
            }
        nb = new int[n][];
        kind = new int[n][];
        for (int a = 0; a < n; a++) {
            nb[a] = adj.get(a).stream().mapToInt(x -> x[0]).toArray();
            kind[a] = adj.get(a).stream().mapToInt(x -> x[1]).toArray();
        }
        int assets = hoods * 3;
        assetHood = new int[assets];
        places = new int[assets];
        filled = new int[assets];
        for (int a = 0; a < assets; a++) {
            assetHood[a] = a % hoods;
            places[a] = 10 + r.nextInt(30);
            filled[a] = r.nextInt(places[a] + 1);
        }
    }

    @Override public String scenarioName() { return "fake"; }
    @Override public int reportedWeek() { return week; }
    @Override public int slots() { return n; }
    @Override public boolean alive(int i) { return alive[i]; }
    @Override public int age(int i) { return age[i]; }
    @Override public int hood(int i) { return hood[i]; }
    @Override public double need(int i, int d) { return need[i][d]; }
    @Override public double maxNeed(int i) { return Math.max(Math.max(need[i][0], need[i][1]), Math.max(need[i][2], need[i][3])); }
    @Override public double strengths(int i) { return strengths[i]; }
    @Override public double dependency(int i) { return dependency[i]; }
    @Override public double strain(int i) { return 0.1; }
    @Override public int pathway(int i) { return pathway[i]; }
    @Override public double wellbeing(int i) { return 14 + 56 * strengths[i]; }
    @Override public int degree(int i) { return nb[i].length; }
    @Override public int neighbour(int i, int k) { return nb[i][k]; }
    @Override public double weight(int i, int k) { return 0.5; }
    @Override public int tieKind(int i, int k) { return kind[i][k]; }
    @Override public int assets() { return assetHood.length; }
    @Override public int assetHood(int a) { return assetHood[a]; }
    @Override public int places(int a) { return places[a]; }
    @Override public int filled(int a) { return filled[a]; }
    @Override public int volunteers(int a) { return 2; }
    @Override public int assetKind(int a) { return a % 7; }
    @Override public String assetKindName(int a) { return "kind " + a % 7; }
    @Override public int hoods() { return started ? hoods : 0; }
    @Override public int decile(int h) { return 1 + h % 10; }
}
