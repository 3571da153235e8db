package capsim.model;

import capsim.scenario.ParamSet;

/**
 * Households that form and change, once a year inside Demography's year (the spin-up too, so
 * the run starts from the household mix these rules keep): young adults leave the parental
 * home, single adults partner, couples separate, older people living alone with high need move
 * in with kin, and children whose parents cannot care for them go to live with kin (informal
 * kinship care, {@link KinshipCare}). Every draw is keyed by (year, person id), so both arms
 * of a comparison meet the same changes while their people agree. A move keeps the person's
 * ties: former housemates become kin, new housemates household ties (when the network exists).
 */
final class FamilyLife implements java.io.Serializable {
    private final CommunityModel m;
    private final Settings c;

    /** The parameters, named only here (SettingsTest checks no other read). */
    record Settings(double leaveHome, int leaveFrom, int leaveTo, double moveLocal, double partnering, double partneringOlder,
            int partnerGap, double partneringYoung, double separation, double motherStays, int moveInAge, double moveInNeed, double moveInRate,
            double informalRate, float householdWeight, float kinWeight, float kinAwayWeight) implements java.io.Serializable {
        static Settings read(ParamSet p) {
            return new Settings(
                    p.num("households.leave_home_rate"),
                    p.integer("households.leave_home_from"),
                    p.integer("households.leave_home_to"),
                    p.num("households.move_local_share"),
                    p.num("households.partnering_rate"),
                    p.num("households.partnering_rate_35_plus"),
                    p.integer("households.partner_age_gap"),
                    p.num("households.partnering_rate_under_25"),
                    p.num("households.separation_rate"),
                    p.num("households.children_stay_with_mother"),
                    p.integer("households.move_in_age"),
                    p.num("households.move_in_need"),
                    p.num("households.move_in_rate"),
                    p.num("kinship.informal_rate"),
                    (float) p.num("network.household_weight"),
                    (float) p.num("network.kin_weight"),
                    (float) p.num("network.kin_away_weight"));
        }
    }

    FamilyLife(CommunityModel m) {
        this.m = m;
        this.c = Settings.read(m.p);
    }

    /** One year's changes, after the year's deaths, moves and births; {@code ties}: the network exists. */
    void year(int year, boolean ties) {
        Population pop = m.pop;
        int n = pop.size;
        separations(year, n, ties);
        leavingHome(year, n, ties);
        partnering(year, n, ties);
        movingIn(year, n, ties);
        if (ties) informalKinship(year, n);
    }

    // ------------------------------------------------------------ who is who at home

    /** Someone at home at least 16 years older: a parent (or a grandparent) in the model's terms. */
    boolean livesWithParent(int i) {
        Population pop = m.pop;
        int h = pop.household[i];
        for (int k = 0; k < m.households.size[h]; k++) if (pop.age[m.households.members[h][k]] - pop.age[i] >= 16) return true;
        return false;
    }

    /** A child at home at least 16 years younger: the person's own, in the model's terms. */
    boolean hasChildAtHome(int i) {
        Population pop = m.pop;
        int h = pop.household[i];
        for (int k = 0; k < m.households.size[h]; k++) {
            int j = m.households.members[h][k];
            if (pop.age[j] < 18 && pop.age[i] - pop.age[j] >= 16) return true;
        }
        return false;
    }

    static boolean adult(Population pop, int i) { return pop.age[i] >= 18; }

    // ------------------------------------------------------------ moves

    /**
     * Moves person i into household h in neighbourhood hood: housemates left become kin, the new
     * ones household, and every kin tie takes the kind of the distance it now spans.
     */
    void move(int i, int h, int hood, boolean ties) {
        Population pop = m.pop;
        int old = pop.household[i];
        pop.hood[i] = hood;
        if (ties) for (int k = 0; k < m.households.size[old]; k++) {
            int j = m.households.members[old][k];
            if (j != i) kin(i, j);
        }
        m.leaveHousehold(i);
        if (ties) for (int k = 0; k < m.households.size[h]; k++) m.net.retie(i, m.households.members[h][k], SocialNetwork.HOUSEHOLD, c.householdWeight());
        m.joinHousehold(h, i);
        if (!ties) return;
        SocialNetwork net = m.net;
        for (int k = 0, d = net.degree(i); k < d; k++) if (SocialNetwork.kin(net.kind(i, k))) kin(i, net.neighbour(i, k));
    }

    /** The tie between i and j becomes kin of the distance between their neighbourhoods. */
    private void kin(int i, int j) {
        boolean near = m.pop.hood[i] == m.pop.hood[j];
        m.net.retie(i, j, near ? SocialNetwork.KIN : SocialNetwork.KIN_AWAY, near ? c.kinWeight() : c.kinAwayWeight());
    }

    /** A home of one's own: in the same neighbourhood (households.move_local_share), else one at random. */
    private int newHome(int i, Rng.Draws d, boolean ties) {
        int hood = d.next() < c.moveLocal() ? m.pop.hood[i] : d.nextInt(m.hoods());
        int h = m.households.add();
        move(i, h, hood, ties);
        return h;
    }

    // ------------------------------------------------------------ the year's changes

    /** Couples part (households.separation_rate): children stay with their mother in most cases; the other partner moves out. */
    private void separations(int year, int n, boolean ties) {
        Population pop = m.pop;
        for (int i = 0; i < n; i++) {
            int j = pop.partner[i];
            if (!pop.live[i] || j < i) continue;  // each couple once, from its lower slot
            Rng.Draws d = m.rng.draws(Rng.FAMILY, year, pop.id[i]);
            if (d.next() >= c.separation()) continue;
            int woman = pop.female[i] ? i : j, man = woman == i ? j : i;
            boolean children = hasChildAtHome(i) || hasChildAtHome(j);
            int leaver = children ? (d.next() < c.motherStays() ? man : woman) : (d.next() < 0.5 ? i : j);
            pop.partner[i] = pop.partner[j] = Population.NO_PARTNER;
            if (ties) m.net.untie(i, j);
            newHome(leaver, d, ties);
        }
    }

    /** Young adults without a partner or a child of their own leave the parental home (households.leave_home_rate). */
    private void leavingHome(int year, int n, boolean ties) {
        Population pop = m.pop;
        for (int i = 0; i < n; i++) {
            if (!pop.live[i] || pop.age[i] < c.leaveFrom() || pop.age[i] > c.leaveTo() || pop.partner[i] != Population.NO_PARTNER) continue;
            if (pop.kinship[i] != 0 && pop.age[i] < 18) continue;
            Rng.Draws d = m.rng.draws(Rng.LEAVE_HOME, year, pop.id[i]);
            if (d.next() >= c.leaveHome() || !livesWithParent(i) || hasChildAtHome(i)) continue;
            newHome(i, d, ties);
        }
    }

    private int[] seekers = new int[64];

    /**
     * Single adults 18-74 look for a partner (households.partnering_rate 25-34, lower before and after); this
     * year's seekers pair in order of age, a woman with the first man within
     * households.partner_age_gap years. One with a child at home stays and the other moves in;
     * else one living alone stays; else they set up home in her neighbourhood.
     */
    private void partnering(int year, int n, boolean ties) {
        Population pop = m.pop;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!pop.live[i] || pop.age[i] < 18 || pop.age[i] > 74 || pop.partner[i] != Population.NO_PARTNER) continue;
            double rate = pop.age[i] < 25 ? c.partneringYoung() : pop.age[i] < 35 ? c.partnering() : c.partneringOlder();
            if (m.rng.u(Rng.PARTNER, year, pop.id[i]) >= rate || inCareHome(i)) continue;
            if (count == seekers.length) seekers = java.util.Arrays.copyOf(seekers, count * 2);
            seekers[count++] = i;
        }
        Integer[] order = new Integer[count];
        for (int k = 0; k < count; k++) order[k] = seekers[k];
        java.util.Arrays.sort(order, (a, b) -> pop.age[a] != pop.age[b] ? Integer.compare(pop.age[a], pop.age[b]) : Long.compare(pop.id[a], pop.id[b]));
        int[] women = new int[count], men = new int[count];
        int nw = 0, nm = 0;
        for (int k = 0; k < count; k++) { int i = order[k]; if (pop.female[i]) women[nw++] = i; else men[nm++] = i; }
        int j = 0;
        for (int k = 0; k < nw && j < nm; k++) {
            int w = women[k];
            while (j < nm && pop.age[men[j]] < pop.age[w] - c.partnerGap()) j++;
            if (j < nm && pop.age[men[j]] <= pop.age[w] + c.partnerGap()) {
                if (pair(w, men[j], year, ties)) j++;
            }
        }
    }

    /** Whether two people set up home together, and where; false if both have children at home (not paired this year). */
    boolean pair(int a, int b, int year, boolean ties) {
        Population pop = m.pop;
        boolean ca = hasChildAtHome(a), cb = hasChildAtHome(b);
        if (ca && cb) return false;
        int ha = pop.household[a], hb = pop.household[b];
        if (ca || (!cb && m.households.size[ha] == 1)) move(b, ha, pop.hood[a], ties);
        else if (cb || m.households.size[hb] == 1) move(a, hb, pop.hood[b], ties);
        else {
            int h = m.households.add();
            move(a, h, pop.hood[a], ties);
            move(b, h, pop.hood[a], ties);
        }
        pop.partner[a] = b;
        pop.partner[b] = a;
        return true;
    }

    private boolean inCareHome(int i) {
        return m.pop.caseState[Agency.ASC.ordinal()][i] == Services.CARE_HOME;
    }

    /** Older people living alone with high health need move in with kin (households.move_in_*), not into a care home. */
    private void movingIn(int year, int n, boolean ties) {
        if (!ties) return;  // kin are ties: none before the network is built
        Population pop = m.pop;
        for (int i = 0; i < n; i++) {
            if (!pop.live[i] || pop.age[i] < c.moveInAge() || m.households.size[pop.household[i]] != 1) continue;
            if (pop.need[Population.HEALTH][i] < c.moveInNeed() || inCareHome(i)) continue;
            if (m.rng.u(Rng.MOVE_IN, year, pop.id[i]) >= c.moveInRate()) continue;
            int carer = kinCarer(i, 18, 74);
            if (carer >= 0) move(i, pop.household[carer], pop.hood[carer], true);
        }
    }

    /**
     * The kin who would take someone in: of their kin ties, an adult of the ages given living
     * elsewhere, not in a care home, with the least need (ties in order break ties); -1 if none.
     */
    int kinCarer(int i, int minAge, int maxAge) {
        Population pop = m.pop;
        SocialNetwork net = m.net;
        int best = -1;
        double bestNeed = 2;
        for (int k = 0, d = net.degree(i); k < d; k++) {
            if (!SocialNetwork.kin(net.kind(i, k))) continue;
            int j = net.neighbour(i, k);
            if (!pop.live[j] || pop.age[j] < minAge || pop.age[j] > maxAge || pop.household[j] == pop.household[i] || inCareHome(j)) continue;
            double need = pop.maxNeed(j);
            if (need < bestNeed) { bestNeed = need; best = j; }
        }
        return best;
    }

    /**
     * Parents who cannot care for their children (kinship.informal_rate a year, by the oldest
     * parent's id: a death, prison, addiction or illness the model does not otherwise hold):
     * the children go to live with kin, as an informal arrangement, where kin can take them.
     */
    private void informalKinship(int year, int n) {
        Population pop = m.pop;
        for (int i = 0; i < n; i++) {
            if (!pop.live[i] || pop.age[i] < 18 || pop.partner[i] != Population.NO_PARTNER && !pop.female[i]) continue;  // a couple's chance once, by the mother's draw
            // the draw first: it is keyed, so asking it first changes nothing, and it rules out nearly everyone before the walk over the household
            if (m.rng.u(Rng.KINSHIP, year, pop.id[i]) >= c.informalRate() || !hasChildAtHome(i)) continue;
            m.kinship.toKin(i, this);
        }
    }

    /** A household's children left with no adult at home (their parents died): to kin; else, in a run, into care. */
    void orphans(int h, boolean ties, boolean run) {
        Population pop = m.pop;
        for (int k = 0; k < m.households.size[h]; k++) if (adult(pop, m.households.members[h][k])) return;
        m.kinship.orphans(h, this, ties, run);
    }

    // ------------------------------------------------------------ measures

    /**
     * The household measures, column names of timeseries.csv in this order: counted once a year
     * after the year's changes (households change only then), people in care homes left out as
     * the Census leaves out communal establishments.
     */
    static final String[] STATS = {"households", "household_residents", "one_person_households", "adults_in_couples",
            "residents_18_plus", "living_alone_18_64", "residents_18_64", "living_alone_65_plus", "residents_65_plus",
            "living_alone_85_plus", "residents_85_plus", "with_parents_20_24", "population_20_24", "with_parents_30_34",
            "population_30_34", "lone_parent_households", "households_with_children"};

    void count() {
        Population pop = m.pop;
        double[] st = m.familyStats;
        java.util.Arrays.fill(st, 0);
        Households hh = m.households;
        for (int h = 0; h < hh.count; h++) {
            int residents = 0, adults = 0, kids = 0, couples = 0;
            for (int k = 0; k < hh.size[h]; k++) {
                int i = hh.members[h][k];
                if (inCareHome(i)) continue;
                residents++;
                if (pop.age[i] >= 18) adults++; else kids++;
                if (pop.partner[i] != Population.NO_PARTNER) couples++;
            }
            if (residents == 0) continue;
            st[0]++;
            st[1] += residents;
            if (residents == 1) st[2]++;
            if (kids > 0) { st[16]++; if (adults == 1 || couples == 0) st[15]++; }
            for (int k = 0; k < hh.size[h]; k++) {
                int i = hh.members[h][k];
                int age = pop.age[i];
                if (inCareHome(i)) continue;
                boolean alone = residents == 1;
                if (age >= 18) { st[4]++; if (pop.partner[i] != Population.NO_PARTNER) st[3]++; }
                if (age >= 18 && age < 65) { st[6]++; if (alone) st[5]++; }
                if (age >= 65) { st[8]++; if (alone) st[7]++; }
                if (age >= 85) { st[10]++; if (alone) st[9]++; }
                if (age >= 20 && age <= 24) { st[12]++; if (livesWithParent(i)) st[11]++; }
                if (age >= 30 && age <= 34) { st[14]++; if (livesWithParent(i)) st[13]++; }
            }
        }
    }
}
