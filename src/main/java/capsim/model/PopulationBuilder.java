package capsim.model;

import capsim.scenario.ParamSet;

/**
 * Initialisation (docs/ODD.md section 5): neighbourhoods with deprivation deciles, households of
 * England's main types until the population is reached, each replenishing the life stage
 * furthest behind the area's shares (newcomers use the same households: Demography), people with ages, needs and strengths,
 * the social network (household, kin, friends, neighbours: NetworkBuilder), community assets by deprivation,
 * and the cases that people already above a threshold would hold. Burn-in then brings the run
 * to its steady state. Every draw is keyed (Rng.draws): by person id, household index or
 * neighbourhood, so the build does not depend on the order of other draws.
 */
final class PopulationBuilder implements java.io.Serializable {
    /** Household types (England's main types, ONS Families and Households). */
    static final int OLDER_SINGLE = 0, OLDER_COUPLE = 1, SINGLE = 2, COUPLE = 3, COUPLE_FAMILY = 4, LONE_PARENT = 5, SHARERS = 6;
    /** Life stages a household is chosen to replenish: the stage of {@link Population#stageOf}. */
    static final int CHILDREN = 0, ADULTS = 1, OLDER = 2;

    private final CommunityModel m;
    /** Read at the build, once a year (stage targets) and for the assets: none in a weekly loop. */
    private final Settings settings;
    private final Population pop;
    private final Rng rng;
    private final double gradient, strengthsGap, strengthsMean, strengthsSd, dependencyMax, femaleShare, loneMother;
    private final double olderCouple, loneParent, singleAdult, sharers, sharersOlder;
    /** Cumulative chance of each age from 65 for a person 65+ (index 0 is 65): see {@link #olderAgeTable}. */
    private final double[] olderAges;
    private final int childrenMax, partnerGap, parentMin, parentMax;
    /** The ties: at the build, and for newcomers, births, growing up and renewals (Demography). */
    final NetworkBuilder ties;

    /** The parameters, named only here (SettingsTest checks no other read). */
    record Settings(double gradient, double strengthsGap, double strengthsMean, double strengthsSd, double dependencyMax, double femaleShare, double loneMother,
            double olderCouple, double loneParent, double singleAdult, double sharers, double sharersOlder,
            int childrenMax, int partnerGap, int parentMin, int parentMaxAge,
            double mortA, double mortB, double frailty, double migration,
            double neighbourhoodSize, double deprivationSkew, int spinUpYears, int spinUpNetworkYears,
            double shareChildren, double shareOlder, double olderShareTrend,
            double assetsPer1000, double assetsDeprivationGap, double fundingPerAsset, double costPerPlace, double initialFill) implements java.io.Serializable {
        static Settings read(ParamSet p) {
            return new Settings(
                    p.num("area.deprivation_event_gradient"),
                    p.num("area.deprivation_strengths_gap"),
                    p.num("people.strengths_mean"),
                    p.num("people.strengths_sd"),
                    p.num("people.dependency_max"),
                    p.num("people.female_share_at_birth"),
                    p.num("households.lone_parent_mother_share"),
                    p.num("households.older_couple_share"),
                    p.num("households.lone_parent_share"),
                    p.num("households.single_adult_share"),
                    p.num("households.sharers_share"),
                    p.num("households.sharers_older_chance"),
                    p.integer("households.children_max"),
                    p.integer("households.partner_age_gap"),
                    p.integer("households.parent_age_first_min"),
                    p.integer("households.parent_age_first_max"),
                    p.num("demography.mortality_a"),
                    p.num("demography.mortality_b"),
                    p.num("demography.frailty_mortality"),
                    p.num("demography.migration"),
                    p.num("area.neighbourhood_size"),
                    p.num("area.deprivation_skew"),
                    p.integer("demography.spin_up_years"),
                    p.integer("demography.spin_up_network_years"),
                    p.num("area.share_children"),
                    p.num("area.share_older"),
                    p.num("demography.older_share_trend"),
                    p.num("community.assets_per_1000"),
                    p.num("community.deprivation_gap"),
                    p.num("community.funding_per_asset"),
                    p.num("community.cost_per_place"),
                    p.num("community.initial_fill"));
        }
    }

    PopulationBuilder(CommunityModel m) {
        this.m = m;
        Settings c = Settings.read(m.p);
        this.settings = c;
        this.pop = m.pop;
        this.rng = m.rng;
        gradient = c.gradient();
        strengthsGap = c.strengthsGap();
        strengthsMean = c.strengthsMean();
        strengthsSd = c.strengthsSd();
        dependencyMax = c.dependencyMax();
        femaleShare = c.femaleShare();
        loneMother = c.loneMother();
        olderCouple = c.olderCouple();
        loneParent = c.loneParent();
        singleAdult = c.singleAdult();
        sharers = c.sharers();
        sharersOlder = c.sharersOlder();
        childrenMax = c.childrenMax();
        partnerGap = c.partnerGap();
        parentMin = c.parentMin();
        parentMax = Math.max(parentMin, c.parentMaxAge());
        olderAges = olderAgeTable(c.mortA(), c.mortB(), c.frailty(), c.migration());
        ties = new NetworkBuilder(m);
    }

    /** Builds the community; {@code demography} first runs its spin-up (demography.spin_up_years). */
    void build(Demography demography) {
        int n = m.targetPopulation;
        int hoods = Math.max(1, (int) Math.round(n / settings.neighbourhoodSize()));
        double skew = settings.deprivationSkew();
        m.neighbourhoods = new Neighbourhoods(hoods, (int) (n / (double) hoods * 1.2) + 16);
        for (int h = 0; h < hoods; h++) m.neighbourhoods.decile[h] = 1 + Math.min(9, (int) (10 * Math.pow((h + 0.5) / hoods, skew)));
        households(n, hoods);
        // the spin-up's first part moves people only; its last years carry the ties too, so
        // kin, friends and neighbours by age are those the model's births, moves and renewals keep
        int spinUp = settings.spinUpYears();
        int withTies = Math.min(spinUp, settings.spinUpNetworkYears());
        demography.spinUp(0, spinUp - withTies, false);
        ties.build();
        m.net.compact(pop.size);
        demography.spinUp(spinUp - withTies, spinUp, true);
        // needs and strengths as drawn for the age each person has now, not the age they arrived at
        if (spinUp > 0) relayout();
        // (dependency is not redrawn: it is what arrival and the spin-up's fade left, as in a run)
        if (spinUp > 0) for (int i = 0; i < pop.size; i++) if (pop.live[i]) traits(i, false);
        assets();
        m.services.seedInitialCases();
    }

    /**
     * After the spin-up's deaths, moves and births people sit in slots at random; this puts
     * them back neighbourhood by neighbourhood and household by household, as the build laid
     * them out, so the weekly walks over people, households and ties stay in cache (scattered,
     * the model ran at about two thirds of its speed).
     */
    private void relayout() {
        int[] from = new int[pop.alive];
        int[] to = new int[pop.size];
        java.util.Arrays.fill(to, -1);
        Neighbourhoods hoods = m.neighbourhoods;
        Households hh = m.households;
        boolean[] placed = new boolean[hh.count];
        int k = 0;
        for (int hood = 0; hood < hoods.count(); hood++) {
            for (int r = 0; r < hoods.residentCount[hood]; r++) {
                int h = pop.household[hoods.residents[hood][r]];
                if (placed[h]) continue;
                placed[h] = true;
                for (int j = 0; j < hh.size[h]; j++) {
                    int i = hh.members[h][j];
                    to[i] = k;
                    from[k++] = i;
                }
            }
        }
        if (k != pop.alive) throw new IllegalStateException("relayout placed " + k + " of " + pop.alive + " people");
        pop.permute(from);
        for (int s = 0; s < k; s++) if (pop.partner[s] >= 0) pop.partner[s] = to[pop.partner[s]];
        m.net.permute(from, to);
        for (int hood = 0; hood < hoods.count(); hood++)
            for (int r = 0; r < hoods.residentCount[hood]; r++) hoods.residents[hood][r] = to[hoods.residents[hood][r]];
        // households renumbered in the new order, and the emptied ones dropped: eighty years of
        // arrivals left several times more household numbers than households, and the weekly
        // walk over household stress went over all of them
        int[] newNumber = new int[hh.count], kept = new int[hh.count];
        int count = 0, previous = -1;
        for (int slot = 0; slot < k; slot++) {
            int h = pop.household[slot];
            if (h == previous) { pop.household[slot] = newNumber[h]; continue; }  // members are consecutive
            previous = h;
            kept[count] = h;
            newNumber[h] = count;
            pop.household[slot] = count++;
        }
        hh.keep(kept, count, to);
    }

    /** Target head counts of children, adults 18-64 and people 65+ in a population of n, in year {@code year}. */
    double[] stageTargets(double n, int year) {
        double c = settings.shareChildren();
        double o = Math.min(1 - c, settings.shareOlder() + settings.olderShareTrend() * year);
        return new double[] {n * c, n * (1 - c - o), n * o};
    }

    private void households(int n, int hoods) {
        int[] have = new int[3];
        double[] deficit = new double[3];
        long key = 0;
        // neighbourhood by neighbourhood, so neighbours sit close together in memory: most ties
        // stay within a block of slots, and the weekly walks over ties stay in cache; each
        // household replenishes the stage furthest behind the area's shares so far, so the
        // population starts at the structure newcomers keep it at (no transient)
        for (int hood = 0; hood < hoods; hood++) {
            int target = (int) ((long) n * (hood + 1) / hoods);
            double[] t = stageTargets(target, 0);
            while (pop.alive < target) {
                for (int s = 0; s < 3; s++) deficit[s] = t[s] - have[s];
                Rng.Draws d = rng.draws(Rng.HOUSEHOLD, 0, key++);
                int h = household(hood, leadStage(deficit, d.next()), d, -1);
                for (int j = 0; j < m.households.size[h]; j++) have[Population.stageOf(pop.age[m.households.members[h][j]])]++;
            }
        }
    }

    /**
     * Households to add, by the stage they replenish, so that the expected members make up each
     * stage's shortfall (a family adds adults as well as children, a sharing household sometimes
     * a person 65+): solved children first, then adults, then older people, none below zero.
     */
    double[] householdsFor(double[] deficit) {
        double kids = (1 + childrenMax) / 2.0, familyAdults = 2 - loneParent;
        double adultsPerHousehold = singleAdult + 3 * sharers + 2 * (1 - singleAdult - sharers);
        double olderPerAdultHousehold = sharers * sharersOlder, olderPerHousehold = 1 + olderCouple;
        double c = Math.max(0, deficit[CHILDREN]) / kids;
        double a = Math.max(0, deficit[ADULTS] - c * familyAdults) / adultsPerHousehold;
        double o = Math.max(0, deficit[OLDER] - a * olderPerAdultHousehold) / olderPerHousehold;
        return new double[] {c, a, o};
    }

    /** The stage a household replenishes: chance in proportion to each stage's weight (shortfall or households). */
    static int leadStage(double[] deficit, double u) {
        double total = 0;
        for (double x : deficit) total += Math.max(0, x);
        if (total <= 0) return ADULTS;
        u *= total;
        for (int s = 0; s < 2; s++) {
            double x = Math.max(0, deficit[s]);
            if (u < x) return s;
            u -= x;
        }
        return OLDER;
    }

    /**
     * A household led by a stage: older people (alone or a couple), a family with children (a
     * couple or a lone parent) or working-age adults without children (alone, a couple or
     * sharers), with the type mix within the stage from ONS household shares. Members' ids are
     * the next build ids ({@code idBase < 0}) or idBase + member index (newcomers).
     * @return the household
     */
    int household(int hood, int stage, Rng.Draws d, long idBase) {
        int type = switch (stage) {
            case OLDER -> d.next() < olderCouple ? OLDER_COUPLE : OLDER_SINGLE;
            case CHILDREN -> d.next() < loneParent ? LONE_PARENT : COUPLE_FAMILY;
            default -> { double u = d.next(); yield u < singleAdult ? SINGLE : u < singleAdult + sharers ? SHARERS : COUPLE; }
        };
        int h = m.households.add();
        int[] k = {0};
        switch (type) {
            case OLDER_SINGLE -> person(h, hood, olderAge(d), id(idBase, k));
            case OLDER_COUPLE -> couple(person(h, hood, olderAge(d), id(idBase, k)), person(h, hood, olderAge(d), id(idBase, k)));
            case SINGLE -> person(h, hood, 18 + d.nextInt(47), id(idBase, k));
            case COUPLE -> { int a = 18 + d.nextInt(47); couple(person(h, hood, a, id(idBase, k)), person(h, hood, partnerAge(a, d), id(idBase, k))); }
            case COUPLE_FAMILY, LONE_PARENT -> {
                int kids = 1 + d.nextInt(childrenMax), eldest = d.nextInt(18);
                int parent = clampAdult(eldest + parentMin + d.nextInt(parentMax - parentMin + 1));
                int first = person(h, hood, parent, id(idBase, k));
                if (type == COUPLE_FAMILY) couple(first, person(h, hood, partnerAge(parent, d), id(idBase, k)));
                else pop.female[first] = rng.u(Rng.SEX, 1, pop.id[first]) < loneMother;
                for (int c = 0; c < kids; c++) person(h, hood, c == 0 ? eldest : d.nextInt(eldest + 1), id(idBase, k));
            }
            default -> {
                int adults = 2 + d.nextInt(3);
                for (int a = 0; a < adults; a++) person(h, hood, 18 + d.nextInt(47), id(idBase, k));
                if (d.next() < sharersOlder) person(h, hood, olderAge(d), id(idBase, k));
            }
        }
        return h;
    }

    /** Two people built or arriving as a couple: partners, of opposite sexes (the first's sex as drawn). */
    private void couple(int a, int b) {
        pop.partner[a] = b;
        pop.partner[b] = a;
        pop.female[b] = !pop.female[a];
    }

    private long id(long idBase, int[] member) { return idBase < 0 ? m.nextId++ : idBase + member[0]++; }

    private int olderAge(Rng.Draws d) {
        double u = d.next();
        int k = 0;
        while (k < olderAges.length - 1 && olderAges[k] <= u) k++;
        return 65 + k;
    }

    /** The oldest age a person 65+ is built or arrives with. */
    static final int OLDEST = 105;

    /**
     * Ages of people 65+ in proportion to the model's own chance of still being here at each age
     * from 65: its yearly deaths (Gompertz, raised by the health need a person of that age is
     * built with, Demography) and moves away. Drawn older than that (as they once were), the
     * group grew younger year by year inside the run, and deaths and adult care fell for
     * decades; drawn this way, ageing at 65 and newcomers keep the ages as they are.
     */
    static double[] olderAgeTable(double mortA, double mortB, double frailty, double migration) {
        double[] cum = new double[OLDEST - 65 + 1];
        double alive = 1, total = 0;
        for (int k = 0; k < cum.length; k++) {
            total += alive;
            cum[k] = total;
            double q = Math.min(1, mortA * Math.exp(mortB * (65 + k)) * (1 + frailty * olderHealthBase(65 + k)));
            alive *= (1 - q) * (1 - migration);
        }
        for (int k = 0; k < cum.length; k++) cum[k] /= total;
        return cum;
    }

    /**
     * Mean health need a person of this age 65+ is built with (before the deprivation gradient):
     * the level the run settles at within two years (mean 0.197 over people 65+, against 0.153
     * when built at two thirds of this), so deaths and the ages they shape start where they stay.
     */
    static double olderHealthBase(int age) { return 0.065 + 0.13 * Math.min(1, (age - 65) / 25.0); }

    private int partnerAge(int a, Rng.Draws d) { return clampAdult(a + d.nextInt(2 * partnerGap + 1) - partnerGap); }

    private static int clampAdult(int a) { return Math.max(18, Math.min(64, a)); }

    /** A new person in a household, with needs and strengths drawn from their id; also used for births and newcomers. */
    int person(int household, int hood, int age, long id) {
        int i = pop.allocate(id);
        m.net.ensure(pop.size);
        pop.age[i] = age;
        pop.hood[i] = hood;
        pop.female[i] = rng.u(Rng.SEX, 0, id) < femaleShare;
        m.carers.arrive(i);
        m.joinHousehold(household, i);
        m.neighbourhoods.addResident(hood, i);
        traits(i, true);
        return i;
    }

    /**
     * A person's needs and strengths, drawn from their id for their age and neighbourhood, and on
     * arrival their dependency (the same draws either way).
     */
    void traits(int i, boolean arriving) {
        int age = pop.age[i];
        Rng.Draws r = rng.draws(Rng.PERSON, 0, pop.id[i]);
        double dep = m.deprivation(pop.hood[i]);
        double grad = 1 + gradient * dep;
        int stage = Population.stageOf(age);
        for (int d = 0; d < 4; d++) {
            // roughly the steady state, so burn-in has little to correct
            double base = stage == 0 ? (d == Population.SAFETY ? 0.03 : 0.015) : d == Population.SAFETY ? 0.007 : 0.02;
            if (stage == 2 && d == Population.HEALTH) base = olderHealthBase(age);
            pop.need[d][i] = (float) (Math.min(0.95, base * grad * -Math.log(1 - r.next())));
        }
        // a lifelong condition's need is there from the start (its own draws: no other draw moves)
        m.conditions.assign(pop, i, rng);
        pop.need[Population.HEALTH][i] = Population.max(pop.need[Population.HEALTH][i], pop.lifelongHealth[i]);
        pop.need[Population.MENTAL][i] = Population.max(pop.need[Population.MENTAL][i], pop.lifelongMental[i]);
        double s = strengthsMean - strengthsGap * dep + strengthsSd * r.gaussian();
        pop.strengths[i] = pop.usualStrengths[i] = (float) Math.max(0.02, Math.min(0.98, s));
        double dependency = dependencyMax * r.next();
        if (arriving) pop.dependency[i] = (float) dependency;
    }

    private void assets() {
        double per1000 = settings.assetsPer1000(), gap = settings.assetsDeprivationGap();
        double fund = settings.fundingPerAsset(), perPlace = settings.costPerPlace();
        double initialFill = settings.initialFill();
        CommunityAssets as = m.assets;
        int hoods = m.hoods();
        for (int h = 0; h < hoods; h++) {
            double expected = per1000 * m.neighbourhoods.residentCount[h] / 1000.0 * (1 - gap * m.deprivation(h));
            Rng.Draws r = rng.draws(Rng.ASSETS, 0, h);
            int c = NetworkBuilder.count(expected, r);
            for (int k = 0; k < c; k++) {
                int a = as.add(h, r.nextInt(CommunityAssets.KINDS.length), fund);
                as.places[a] = fund / perPlace;
                int fill = (int) (as.places[a] * initialFill);
                for (int j = 0; j < fill && m.neighbourhoods.residentCount[h] > 0; j++) {
                    int person = m.neighbourhoods.residents[h][r.nextInt(m.neighbourhoods.residentCount[h])];
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
