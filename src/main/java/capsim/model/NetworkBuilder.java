package capsim.model;

import capsim.scenario.ParamSet;

/**
 * The social network's ties (docs/ODD.md section 5; `network.*`): within households, and kin,
 * friends and neighbours, at the build and as people arrive, are born into a household, grow up
 * (friends from 12, neighbours from 18) or lose a friend or neighbour to a death or a move.
 * Draws are keyed by person id (Rng.TIES, Rng.RENEW), like the rest of the build.
 */
final class NetworkBuilder implements java.io.Serializable {
    private final CommunityModel m;
    private final Population pop;
    final float householdWeight, kinWeight, friendWeight, neighbourWeight, kinAwayWeight;
    private final double kinLocal, kinHalf, friendsHalf, neighboursHalf, rewire, renewShare;

    /** The parameters, named only here (SettingsTest checks no other read). */
    record Settings(float householdWeight, float kinWeight, float friendWeight, float neighbourWeight, double kinLocal,
            double kinMean, double friendsMean, double neighboursMean, double rewire, double renewShare, float kinAwayWeight) {
        static Settings read(ParamSet p) {
            return new Settings(
                    (float) p.num("network.household_weight"),
                    (float) p.num("network.kin_weight"),
                    (float) p.num("network.friend_weight"),
                    (float) p.num("network.neighbour_weight"),
                    p.num("network.kin_local_share"),
                    p.num("network.kin_mean"),
                    p.num("network.friends_mean"),
                    p.num("network.neighbours_mean"),
                    p.num("network.rewire"),
                    p.num("network.renew_share"),
                    (float) p.num("network.kin_away_weight"));
        }
    }

    NetworkBuilder(CommunityModel m) {
        this.m = m;
        this.pop = m.pop;
        Settings c = Settings.read(m.p);
        householdWeight = c.householdWeight();
        kinWeight = c.kinWeight();
        friendWeight = c.friendWeight();
        neighbourWeight = c.neighbourWeight();
        kinLocal = c.kinLocal();
        kinHalf = c.kinMean() / 2;
        friendsHalf = c.friendsMean() / 2;
        neighboursHalf = c.neighboursMean() / 2;
        rewire = c.rewire();
        renewShare = c.renewShare();
        kinAwayWeight = c.kinAwayWeight();
    }

    /** Ties among a household's members. */
    void householdTies(int h) {
        int[] mem = m.households.members[h];
        for (int a = 0; a < m.households.size[h]; a++)
            for (int b = a + 1; b < m.households.size[h]; b++) m.net.tie(mem[a], mem[b], SocialNetwork.HOUSEHOLD, householdWeight);
    }

    /**
     * Every household's ties, then each live person's kin, friend and neighbour ties (at the
     * build, after the spin-up's first part). Not a slot that part emptied: its ties went to the
     * newcomer or baby who later took the slot, a stranger's ties.
     */
    void build() {
        for (int h = 0; h < m.households.count; h++) householdTies(h);
        for (int i = 0; i < pop.size; i++) if (pop.live[i]) socialTies(i, m.rng.draws(Rng.TIES, 0, pop.id[i]), false);
    }

    /**
     * Kin, friend and neighbour ties a person starts: at the build about half of each mean (the
     * others start theirs). A newcomer starts all their kin ties, since nobody already here starts
     * one with them: with half, kin ties fell by half in thirty years (friend and neighbour ties
     * are made again when lost, network.renew_share, and kin are not).
     */
    void socialTies(int i, Rng.Draws rr, boolean newcomer) {
        int hood = pop.hood[i];
        int kin = count(newcomer ? 2 * kinHalf : kinHalf, rr);
        for (int k = 0; k < kin; k++)
            tieTo(i, rr.next() < kinLocal ? hood : rr.nextInt(m.hoods()), SocialNetwork.KIN, kinWeight, rr);  // KIN_AWAY if elsewhere (tieTo)
        if (pop.age[i] >= 12) {
            int friends = count(friendsHalf, rr);
            for (int k = 0; k < friends; k++)
                friendTie(i, hood, rr);
        }
        if (pop.age[i] >= 18) {
            int nb = count(neighboursHalf, rr);
            for (int k = 0; k < nb; k++) tieTo(i, hood, SocialNetwork.NEIGHBOUR, neighbourWeight, rr);
        }
    }

    /**
     * Ties a person starts on growing up (the build gives friends from 12 and neighbours from 18;
     * like everyone, they start about half of each mean, the others reach them by the others' ties):
     * without them every baby born in a run would reach adulthood with only household and kin ties.
     */
    void growUpTies(int i, int age, Rng.Draws rr) {
        int hood = pop.hood[i];
        if (age == 12) {
            int friends = count(friendsHalf, rr);
            for (int k = 0; k < friends; k++)
                friendTie(i, hood, rr);
        } else if (age == 18) {
            int nb = count(neighboursHalf, rr);
            for (int k = 0; k < nb; k++) tieTo(i, hood, SocialNetwork.NEIGHBOUR, neighbourWeight, rr);
        }
    }

    /** A friend or neighbour tie lost to a death or a move is made again with someone else, with chance {@code network.renew_share}. */
    void renewTie(int j, byte kind, Rng.Draws rr) {
        if (rr.next() >= renewShare) return;
        int hood = pop.hood[j];
        if (kind == SocialNetwork.FRIEND)
            friendTie(j, hood, rr);
        else tieTo(j, hood, SocialNetwork.NEIGHBOUR, neighbourWeight, rr);
    }

    /** A whole number of draws with this mean: its floor, plus one with chance its fraction. */
    static int count(double mean, Rng.Draws rr) {
        int c = (int) mean;
        return c + (rr.next() < mean - c ? 1 : 0);
    }

    /** A friend in the person's own neighbourhood, or (with chance network.rewire) anywhere. */
    private void friendTie(int i, int hood, Rng.Draws rr) {
        tieTo(i, rr.next() < rewire ? rr.nextInt(m.hoods()) : hood, SocialNetwork.FRIEND, friendWeight, rr);
    }

    /** A kin tie: of the neighbourhood's kind and weight if they live in the same one, else kin elsewhere. */
    void kinTie(int i, int j) {
        if (pop.hood[i] == pop.hood[j]) m.net.tie(i, j, SocialNetwork.KIN, kinWeight);
        else m.net.tie(i, j, SocialNetwork.KIN_AWAY, kinAwayWeight);
    }

    private void tieTo(int i, int hood, byte kind, float w, Rng.Draws rr) {
        int cnt = m.neighbourhoods.residentCount[hood];
        if (cnt == 0) return;
        for (int attempt = 0; attempt < 3; attempt++) {
            int j = m.neighbourhoods.residents[hood][rr.nextInt(cnt)];
            if (pop.live[j] && j != i && pop.hood[j] == hood) {
                if (kind == SocialNetwork.FRIEND && pop.age[j] < 12) continue;
                if (kind == SocialNetwork.KIN) kinTie(i, j);
                else m.net.tie(i, j, kind, w);
                return;
            }
        }
    }
}
