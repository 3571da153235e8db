package capsim.model;

import capsim.scenario.ParamSet;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 10, yearly (after week 52k): people age a year (a child turning 18 leaves children's
 * services: the transition to adult services); deaths by a Gompertz law raised by frailty;
 * births to people aged 18-44, into their household; moves away; and newcomers' households,
 * so the population stays at its target with the area's shares of children and people 65+
 * (each newcomer household replenishes the stage furthest behind its share). Every draw is
 * keyed: deaths, moves and births by (year, person id), newcomers by (year, arrival index),
 * and babies' and newcomers' ids come from those keys, so both arms of a comparison meet the
 * same events with the same people whenever their populations allow.
 */
final class Demography implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Id spaces: build ids count up from 0; newcomers set bit 62 (year and arrival in the rest); babies set bit 63. */
    static final long NEWCOMER_ID = 1L << 62, BABY_ID = 1L << 63;
    private final CommunityModel m;
    private final PopulationBuilder newcomers;
    private final double fertility, mortA, mortB, frailty, migration;
    /** Death rates' factors by sex, men's over women's at the same age {@code demography.mortality_male_ratio}, averaging 1. */
    private final double mortMen, mortWomen;
    private final float spinDependencyKeep;
    private int[] births = new int[256];
    /** This year's children turning 12 or 18, and the other ends of friend and neighbour ties lost to deaths and moves. */
    private int[] grown = new int[256], lostBy = new int[256];
    private long[] lostId = new long[256];
    private byte[] lostKind = new byte[256];
    private int ng, nl;

    private static int[] push(int[] a, int n, int v) {
        if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
        a[n] = v;
        return a;
    }
    /** Babies' ids issued (hashed from year and parent id): a collision, vanishingly rare, is rehashed, so ids stay unique. */
    private final java.util.HashSet<Long> babyIds = new java.util.HashSet<>();

    /** The parameters, named only here (SettingsTest checks no other read). */
    record Settings(double fertility, double mortA, double mortB, double frailty, double migration, double dependencyRecovery,
            double maleRatio) {
        static Settings read(ParamSet p) {
            return new Settings(
                    p.num("demography.fertility"),
                    p.num("demography.mortality_a"),
                    p.num("demography.mortality_b"),
                    p.num("demography.frailty_mortality"),
                    p.num("demography.migration"),
                    p.num("services.dependency_recovery"),
                    p.num("demography.mortality_male_ratio"));
        }
    }

    Demography(CommunityModel m) {
        this.m = m;
        this.newcomers = new PopulationBuilder(m);
        Settings c = Settings.read(m.p);
        fertility = c.fertility();
        mortA = c.mortA();
        spinDependencyKeep = (float) Math.pow(1 - c.dependencyRecovery(), 52);
        mortB = c.mortB();
        frailty = c.frailty();
        migration = c.migration();
        mortMen = 2 * c.maleRatio() / (1 + c.maleRatio());
        mortWomen = 2 / (1 + c.maleRatio());
        for (int a = 0; a < gompertzByAge.length; a++) gompertzByAge[a] = mortA * Math.exp(mortB * a);
    }

    /**
     * Year keys of the spin-up: far beyond any run's years, so its draws and its newcomers' and
     * babies' ids never meet a run's (newcomer ids hold the year in 18 bits).
     */
    static final int SPIN_UP_YEAR = 100_000;

    @Override
    public void step(SimState state) {
        if (m.week % 52 == 0) year(m.week / 52, m.week / 52);
    }

    /**
     * Years of this step alone (ageing, deaths, births, moves, newcomers; no events, services or
     * community places) before the run, so the ages within each life stage and the household
     * mix are those the model's own demography keeps, not those the build drew: drawn ages
     * travel through the run as waves (built children skewed young, then a bulge of teenagers
     * twelve years on; a bulge of people 75-84 ten years on), and children's and adult care
     * rose and fell with them for twenty years and more.
     */
    void spinUp(int from, int to, boolean withTies) {
        spinning = true;
        ties = withTies;
        for (int y = from; y < to; y++) year(SPIN_UP_YEAR + y, 0);
        spinning = false;
        if (to > from) m.family.count();  // what the last year's count would have been: nothing it reads changes after it
        ties = true;
        m.counters.clear();
        m.events.clear();
    }

    /** True during the spin-up: needs do not evolve (people 65+ take the health need of their age as built). */
    private boolean spinning;
    /** False in the spin-up's first part, before the network is built: no ties to make or mend. */
    private boolean ties = true;

    /** One year's demography; {@code trendYear} sets the area's share of people 65+ (demography.older_share_trend). */
    private void year(int year, int trendYear) {
        Population pop = m.pop;
        Rng rng = m.rng;
        int nb = 0;
        for (int i = 0; i < pop.size; i++) {
            if (!pop.live[i]) continue;
            long id = pop.id[i];
            int age = ++pop.age[i];
            if (age == 18) {
                m.services.transitionAt18(i, !spinning);
                pop.kinship[i] = 0;  // an adult now, wherever they live
            }
            // a condition that starts in life starts on the birthday its prevalence passes the person's draw
            m.conditions.assign(pop, i, rng);
            if (spinning) {
                // needs do not evolve without the weekly steps: people 65+ take the health need of their age as built
                if (age >= 65) newcomers.traits(i, false);
                // and dependency fades as it would without a package (Recovery), a year at a time
                pop.dependency[i] *= spinDependencyKeep;
            }
            if (ties && (age == 12 || age == 18)) grown = push(grown, ng++, i);
            double q = Math.min(1, gompertz(age) * (1 + frailty * pop.need[Population.HEALTH][i])
                    * (pop.female[i] ? mortWomen : mortMen));
            if (rng.u(Rng.DEATH, year, id) < q) { m.events.raise(CareEvent.DEATH, i); left = push(left, nleft++, -1 - pop.household[i]); remove(i); continue; }
            if (rng.u(Rng.MOVE, year, id) < migration) {
                if (age >= 18) left = push(left, nleft++, pop.household[i]);
                m.events.raise(CareEvent.MIGRANT_OUT, i);
                remove(i);
                continue;
            }
            if (age >= 18 && age <= 44 && pop.female[i] && rng.u(Rng.BIRTH, year, id) < fertility) {
                if (nb == births.length) births = java.util.Arrays.copyOf(births, nb * 2);
                births[nb++] = i;
            }
        }
        // children whose last adult at home moved away went with them; those whose last adult died go to kin
        for (int k = 0; k < nleft; k++) {
            int h = left[k];
            if (h < 0 || !noAdult(h)) continue;
            for (int j = m.households.size[h] - 1; j >= 0; j--) {
                int c = m.households.members[h][j];
                byte cs = pop.caseState[Agency.CSC.ordinal()][c];
                if (cs != Services.CLA && cs != Services.CLA_RESIDENTIAL) leaveArea(c);  // a looked-after child stays in care here
            }
        }
        for (int k = 0; k < nleft; k++) {
            int h = -1 - left[k];
            if (h >= 0 && m.households.size[h] > 0) m.family.orphans(h, ties, !spinning);
        }
        nleft = 0;
        m.carers.year(year);
        for (int k = 0; k < nb; k++) {
            int parent = births[k];
            if (pop.live[parent]) birth(parent, year);
        }
        m.family.year(year, ties);
        immigrate(year, trendYear);
        rebuildResidents();
        if (!spinning) m.family.count();  // observation only: the spin-up counts once, at its end
        if (!ties) return;
        // growing up and replacing lost ties keep the network's density steady (without them mean degree fell by a fifth in ten years)
        for (int k = 0; k < ng; k++) {
            int i = grown[k];
            if (pop.live[i]) newcomers.ties.growUpTies(i, pop.age[i], rng.draws(Rng.RENEW, year, pop.id[i]));
        }
        for (int k = 0; k < nl; k++) {
            int j = lostBy[k];
            if (pop.live[j] && pop.id[j] == lostId[k]) newcomers.ties.renewTie(j, lostKind[k], rng.draws(Rng.RENEW, year, lostId[k] * 31 + k));
        }
        ng = nl = 0;
        m.net.compact(m.pop.size);
    }

    /** mortA * exp(mortB * age) by age, worked once: the same doubles as the expression, without an exp per person a year. */
    private final double[] gompertzByAge = new double[131];

    double gompertz(int age) { return age < gompertzByAge.length ? gompertzByAge[age] : mortA * Math.exp(mortB * age); }

    /** Households an adult left this year by moving away (h), or by dying (-1 - h). */
    private int[] left = new int[256];
    private int nleft;

    private boolean noAdult(int h) {
        for (int j = 0; j < m.households.size[h]; j++) if (m.pop.age[m.households.members[h][j]] >= 18) return false;
        return true;
    }

    /** A person leaves the area (a child moving with their family, or placed outside it). */
    void leaveArea(int i) {
        m.events.raise(CareEvent.MIGRANT_OUT, i);
        remove(i);
    }

    private void remove(int i) {
        int partner = m.pop.partner[i];
        if (partner >= 0) m.pop.partner[partner] = Population.NO_PARTNER;  // widowed, or left behind by a move
        SocialNetwork net = m.net;
        for (int k = 0; k < net.degree(i); k++) {
            byte kind = (byte) net.kind(i, k);
            if (kind != SocialNetwork.FRIEND && kind != SocialNetwork.NEIGHBOUR) continue;
            int j = net.neighbour(i, k);
            lostBy = push(lostBy, nl, j);
            if (nl == lostId.length) { lostId = java.util.Arrays.copyOf(lostId, nl * 2); lostKind = java.util.Arrays.copyOf(lostKind, nl * 2); }
            lostId[nl] = m.pop.id[j];
            lostKind[nl++] = kind;
        }
        m.participation.leave(i);
        m.services.closeAll(i);
        m.net.isolate(i);
        m.leaveHousehold(i);
        m.pop.release(i);
    }

    private void birth(int parent, int year) {
        Population pop = m.pop;
        int hh = pop.household[parent];
        int baby = newcomers.person(hh, pop.hood[parent], 0, babyId(year, pop.id[parent]));
        m.events.raise(CareEvent.BIRTH, baby);
        if (!ties) return;
        for (int j = 0; j < m.households.size[hh]; j++) {
            int other = m.households.members[hh][j];
            if (other != baby) m.net.tie(baby, other, SocialNetwork.HOUSEHOLD, newcomers.ties.householdWeight);
        }
        // a baby is born into the parent's kin (grandparents, aunts, cousins): with only one of them,
        // as before, kin ties halved in thirty years and children lost a quarter of their ties
        SocialNetwork net = m.net;
        for (int k = 0, d = net.degree(parent); k < d; k++)
            if (SocialNetwork.kin(net.kind(parent, k))) newcomers.ties.kinTie(baby, net.neighbour(parent, k));
    }

    /** A baby's id from (year, parent's id): the same baby has the same id in both arms of a comparison. */
    private long babyId(int year, long parentId) {
        long h = (long) (m.rng.u(Rng.BABY, year, parentId) * 0x1.0p53);
        long id = BABY_ID | h;
        while (!babyIds.add(id)) id = BABY_ID | (Seeds.mix(id) >>> 11);
        return id;
    }

    /**
     * Newcomers' households until the population is back at its target: arrival k of the year
     * settles in a neighbourhood at random and replenishes a stage with a chance in proportion
     * to the households that stage needs, set once a year from the shortfalls against the area's
     * shares (PopulationBuilder#householdsFor), so in-migration makes up what deaths, moves,
     * births and ageing leave short. Chances fixed for the year, not updated per arrival: a
     * small difference between the two arms of a comparison then changes a few arrivals, not
     * every later one; what one year's draws miss, the next year's shortfalls make up.
     */
    private void immigrate(int year, int trendYear) {
        Population pop = m.pop;
        int hoods = m.hoods();
        int[] have = new int[3];
        for (int i = 0; i < pop.size; i++) if (pop.live[i]) have[Population.stageOf(pop.age[i])]++;
        double[] target = newcomers.stageTargets(m.targetPopulation, trendYear), deficit = new double[3];
        for (int s = 0; s < 3; s++) deficit[s] = target[s] - have[s];
        double[] weights = newcomers.householdsFor(deficit);
        for (int arrival = 0; pop.alive < m.targetPopulation; arrival++) {
            Rng.Draws a = m.rng.draws(Rng.ARRIVAL, year, arrival);
            int hood = a.nextInt(hoods);
            int stage = PopulationBuilder.leadStage(weights, a.next());
            long idBase = NEWCOMER_ID | (long) year << 44 | (long) arrival << 4;
            int hh = newcomers.household(hood, stage, m.rng.draws(Rng.HOUSEHOLD, year, arrival), idBase);
            int[] mem = m.households.members[hh];
            int size = m.households.size[hh];
            for (int j = 0; j < size; j++) m.events.raise(CareEvent.MIGRANT_IN, mem[j]);
            if (!ties) continue;
            newcomers.ties.householdTies(hh);
            for (int j = 0; j < size; j++) newcomers.ties.socialTies(mem[j], m.rng.draws(Rng.TIES, year, pop.id[mem[j]]), true);
        }
    }

    private void rebuildResidents() {
        m.neighbourhoods.clearResidents();
        Population pop = m.pop;
        for (int i = 0; i < pop.size; i++) if (pop.live[i]) m.neighbourhoods.addResident(pop.hood[i], i);
    }
}
