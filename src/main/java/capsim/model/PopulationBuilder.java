package capsim.model;

import capsim.scenario.ParamSet;
import ec.util.MersenneTwisterFast;

/**
 * Initialisation (MODEL.md section 5): neighbourhoods with deprivation deciles, households of
 * England's main types until the population is reached, people with ages, needs and strengths,
 * the social network (household, kin, friends, neighbours), community assets by deprivation,
 * and the cases that people already above a threshold would hold. Burn-in then brings the run
 * to its steady state.
 */
final class PopulationBuilder {
    private final CommunityModel m;
    private final ParamSet p;
    private final MersenneTwisterFast r;
    private final Population pop;
    private final double gradient, strengthsGap;

    PopulationBuilder(CommunityModel m, MersenneTwisterFast random) {
        this.m = m;
        this.p = m.p;
        this.r = random;
        this.pop = m.pop;
        this.gradient = p.num("area.deprivation_event_gradient");
        this.strengthsGap = p.num("area.deprivation_strengths_gap");
    }

    void build() {
        int n = m.targetPopulation;
        int hoods = Math.max(1, (int) Math.round(n / p.num("area.neighbourhood_size")));
        double skew = p.num("area.deprivation_skew");
        m.decile = new int[hoods];
        m.residents = new int[hoods][];
        m.residentCount = new int[hoods];
        for (int h = 0; h < hoods; h++) {
            m.decile[h] = 1 + Math.min(9, (int) (10 * Math.pow((h + 0.5) / hoods, skew)));
            m.residents[h] = new int[(int) (n / (double) hoods * 1.2) + 16];
        }
        households(n, hoods);
        network();
        m.net.compact(pop.size);
        assets();
        m.services.seedInitialCases();
    }

    private void households(int n, int hoods) {
        double fam = p.num("area.share_children") / 0.23, old = p.num("area.share_older") / 0.17;
        double[] w = {0.14 * old, 0.10 * old, 0.16, 0.18, 0.20 * fam, 0.08 * fam, 0.14};
        double total = 0;
        for (double x : w) total += x;
        // neighbourhood by neighbourhood, so neighbours sit close together in memory: most ties
        // stay within a block of slots, and the weekly walks over ties stay in cache
        for (int hood = 0; hood < hoods; hood++) {
            int target = (int) ((long) n * (hood + 1) / hoods);
            while (pop.alive < target) household(hood, w, total);
        }
    }

    private void household(int hood, double[] w, double total) {
        double u = r.nextDouble() * total;
        int type = 0;
        while (type < w.length - 1 && u >= w[type]) u -= w[type++];
        int h = m.newHousehold();
        switch (type) {
            case 0 -> person(h, hood, olderAge());
            case 1 -> { person(h, hood, olderAge()); person(h, hood, olderAge()); }
            case 2 -> person(h, hood, 18 + r.nextInt(47));
            case 3 -> { int a = 18 + r.nextInt(47); person(h, hood, a); person(h, hood, clampAdult(a + r.nextInt(7) - 3)); }
            case 4, 5 -> {
                int kids = 1 + r.nextInt(3), eldest = r.nextInt(18);
                int parent = clampAdult(20 + eldest + r.nextInt(16));
                person(h, hood, parent);
                if (type == 4) person(h, hood, clampAdult(parent + r.nextInt(7) - 3));
                for (int k = 0; k < kids; k++) person(h, hood, k == 0 ? eldest : r.nextInt(eldest + 1));
            }
            default -> {
                int adults = 2 + r.nextInt(3);
                for (int k = 0; k < adults; k++) person(h, hood, 18 + r.nextInt(47));
                if (r.nextDouble() < 0.2) person(h, hood, olderAge());
            }
        }
    }

    private int olderAge() { return 65 + (int) (30 * Math.pow(r.nextDouble(), 1.6)); }

    private static int clampAdult(int a) { return Math.max(18, Math.min(64, a)); }

    /** A new person in a household; also used for births and newcomers. */
    int person(int household, int hood, int age) {
        int i = pop.allocate(m.nextId++);
        m.net.ensure(pop.size);
        pop.age[i] = age;
        pop.hood[i] = hood;
        m.joinHousehold(household, i);
        m.addResident(hood, i);
        double dep = m.deprivation(hood);
        double grad = 1 + gradient * dep;
        int stage = Population.stageOf(age);
        for (int d = 0; d < 4; d++) {
            // roughly the steady state, so burn-in has little to correct
            double base = stage == 0 ? (d == Population.SAFETY ? 0.03 : 0.015) : d == Population.SAFETY ? 0.007 : 0.02;
            if (stage == 2 && d == Population.HEALTH) base = 0.05 + 0.1 * Math.min(1, (age - 65) / 25.0);
            pop.need[d][i] = (float) (Math.min(0.95, base * grad * -Math.log(1 - r.nextDouble())));
        }
        double s = 0.55 - strengthsGap * dep + 0.15 * r.nextGaussian();
        pop.strengths[i] = (float) Math.max(0.02, Math.min(0.98, s));
        pop.dependency[i] = (float) (0.1 * r.nextDouble());
        return i;
    }

    private void network() {
        SocialNetwork net = m.net;
        for (int h = 0; h < m.households; h++) {
            int[] mem = m.householdMembers[h];
            for (int a = 0; a < m.householdSize[h]; a++)
                for (int b = a + 1; b < m.householdSize[h]; b++) net.tie(mem[a], mem[b], SocialNetwork.HOUSEHOLD, 1f);
        }
        for (int i = 0; i < pop.size; i++) socialTies(i, r);
    }

    /** Kin, friend and neighbour ties a person starts (about half of each mean: the others start theirs). */
    void socialTies(int i, MersenneTwisterFast rr) {
        int hood = pop.hood[i];
        int kin = count(p.num("network.kin_mean") / 2, rr);
        for (int k = 0; k < kin; k++)
            tieTo(i, rr.nextDouble() < 0.5 ? hood : rr.nextInt(m.residents.length), SocialNetwork.KIN, 0.6f, rr);
        if (pop.age[i] >= 12) {
            int friends = count(p.num("network.friends_mean") / 2, rr);
            double rewire = p.num("network.rewire");
            for (int k = 0; k < friends; k++)
                tieTo(i, rr.nextDouble() < rewire ? rr.nextInt(m.residents.length) : hood, SocialNetwork.FRIEND, 0.5f, rr);
        }
        if (pop.age[i] >= 18) {
            int nb = count(p.num("network.neighbours_mean") / 2, rr);
            for (int k = 0; k < nb; k++) tieTo(i, hood, SocialNetwork.NEIGHBOUR, 0.3f, rr);
        }
    }

    private static int count(double mean, MersenneTwisterFast rr) {
        int c = (int) mean;
        return c + (rr.nextDouble() < mean - c ? 1 : 0);
    }

    private void tieTo(int i, int hood, byte kind, float w, MersenneTwisterFast rr) {
        int cnt = m.residentCount[hood];
        if (cnt == 0) return;
        for (int attempt = 0; attempt < 3; attempt++) {
            int j = m.residents[hood][rr.nextInt(cnt)];
            if (pop.live[j] && j != i && pop.hood[j] == hood) {
                if (kind == SocialNetwork.FRIEND && pop.age[j] < 12) continue;
                m.net.tie(i, j, kind, w);
                return;
            }
        }
    }

    private void assets() {
        double per1000 = p.num("community.assets_per_1000"), gap = p.num("community.deprivation_gap");
        double fund = p.num("community.funding_per_asset"), perPlace = p.num("community.cost_per_place");
        CommunityAssets as = m.assets;
        int hoods = m.residents.length;
        for (int h = 0; h < hoods; h++) {
            double expected = per1000 * m.residentCount[h] / 1000.0 * (1 - gap * m.deprivation(h));
            int c = count(expected, r);
            for (int k = 0; k < c; k++) {
                int a = as.add(h, r.nextInt(CommunityAssets.KINDS.length), fund);
                as.places[a] = fund / perPlace;
                int fill = (int) (as.places[a] * 0.7);
                for (int j = 0; j < fill && m.residentCount[h] > 0; j++) {
                    int person = m.residents[h][r.nextInt(m.residentCount[h])];
                    if (pop.asset[person] == Population.NO_ASSET && pop.age[person] >= 5) {
                        pop.asset[person] = a;
                        as.join(a, person);
                    }
                }
            }
        }
        as.byHood = new int[hoods][0];
        for (int a = 0; a < as.count; a++) {
            int h = as.hood[a];
            as.byHood[h] = java.util.Arrays.copyOf(as.byHood[h], as.byHood[h].length + 1);
            as.byHood[h][as.byHood[h].length - 1] = a;
        }
    }
}
