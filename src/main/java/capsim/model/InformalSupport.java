package capsim.model;

import capsim.scenario.ParamSet;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 3: informal support. A person whose health or mental need (a child's safety need too)
 * is above a floor asks their ties for hours, in proportion to tie weight; each tie gives what
 * spare capacity allows. Hours received cut need; hours given add carer strain, and strain
 * above a level raises the carer's own mental need. Family and friends step back from a person
 * with a formal package (less so when it was co-produced). Every fourth week each person's
 * network support (spare hours within reach, weighted by ties) is refreshed.
 */
final class InformalSupport implements Steppable {
    private static final long serialVersionUID = 1L;
    private final CommunityModel m;
    private final double floor, hoursPerNeed, capAdult, capOlder, effect, strainPerHour, strainRecovery, spillLevel,
            spill, crowdOut, reciprocity, mobilise, reference, protection, capYoung, strainCapacityLoss,
            carerSmoothing, carerKeep;
    private final int youngFrom, olderFrom;

    /** The parameters, named only here (SettingsTest checks no other read). */
    record Settings(double floor, double hoursPerNeed, double capAdult, double capOlder, double effect,
            double strainPerHour, double strainRecovery, double spillLevel, double spill, double crowdOut,
            double reciprocity, double mobilise, double reference, double protection, double capYoung, int youngFrom,
            int olderFrom, double strainCapacityLoss, double carerSmoothing,
            double tieFade, float householdWeight, float kinWeight, float friendWeight, float neighbourWeight,
            float communityTieWeight, float kinAwayWeight, float womenAsked) {
        static Settings read(ParamSet p) {
            return new Settings(
                    p.num("informal.floor"),
                    p.num("informal.hours_per_need"),
                    p.num("informal.capacity_adult"),
                    p.num("informal.capacity_older"),
                    p.num("informal.effect"),
                    p.num("informal.strain_per_hour"),
                    p.num("informal.strain_recovery"),
                    p.num("informal.strain_spill_level"),
                    p.num("informal.strain_spill"),
                    p.num("informal.crowd_out"),
                    p.num("informal.reciprocity"),
                    p.num("sba.network_mobilise"),
                    p.num("network.support_reference_hours"),
                    p.num("crisis.informal_protection"),
                    p.num("informal.capacity_young"),
                    p.integer("informal.capacity_young_from_age"),
                    p.integer("informal.capacity_older_from_age"),
                    p.num("informal.strain_capacity_loss"),
                    p.num("informal.carer_smoothing"),
                    p.num("network.tie_fade"),
                    (float) p.num("network.household_weight"),
                    (float) p.num("network.kin_weight"),
                    (float) p.num("network.friend_weight"),
                    (float) p.num("network.neighbour_weight"),
                    (float) p.num("community.tie_weight"),
                    (float) p.num("network.kin_away_weight"),
                    (float) p.num("informal.women_asked_factor"));
        }
    }

    InformalSupport(CommunityModel m) {
        this.m = m;
        Settings c = Settings.read(m.p);
        floor = c.floor();
        hoursPerNeed = c.hoursPerNeed();
        capAdult = c.capAdult();
        capOlder = c.capOlder();
        effect = c.effect();
        strainPerHour = c.strainPerHour();
        strainRecovery = c.strainRecovery();
        spillLevel = c.spillLevel();
        spill = c.spill();
        crowdOut = c.crowdOut();
        reciprocity = c.reciprocity();
        mobilise = c.mobilise();
        reference = c.reference();
        protection = c.protection();
        capYoung = c.capYoung();
        youngFrom = c.youngFrom();
        olderFrom = c.olderFrom();
        strainCapacityLoss = c.strainCapacityLoss();
        carerSmoothing = c.carerSmoothing();
        carerKeep = 1 - carerSmoothing;
        // four weeks of network.tie_fade at once, when the support index is refreshed
        monthlyFade = (float) (1 - Math.pow(1 - c.tieFade(), 4));
        womenAsked = c.womenAsked();
        usualTieWeight = new float[] {c.householdWeight(), c.kinWeight(), c.friendWeight(), c.neighbourWeight(), c.communityTieWeight(), c.kinAwayWeight()};
    }

    private final float monthlyFade;
    /** Weight on a tie's share of the hours asked when the giver is a woman (a man's is 1): who the family turns to first. */
    private final float womenAsked;
    private final float[] usualTieWeight;

    @Override
    public void step(SimState state) {
        Population pop = m.pop;
        demands(pop);
        m.counters.supportHours = distribute(pop, m.net);
        strain(pop);
        if (m.week % 4 == 1) refreshSupport(pop, m.net);  // network support changes slowly: refresh it monthly
    }

    /** What each person can give and asks for this week. */
    private void demands(Population pop) {
        boolean[] live = pop.live;
        int[] ages = pop.age;
        float[] safety = pop.need[Population.SAFETY], health = pop.need[Population.HEALTH],
                mental = pop.need[Population.MENTAL], living = pop.need[Population.LIVING];
        float[] strain = pop.strain;
        float[] capacity = pop.capacity, spare = pop.spare;
        int n = pop.size;
        java.util.Arrays.fill(pop.informalCover, 0, n, 0);
        double[] capByAge = capacityByAge();
        if (askers.length < n + 1) {
            askers = new int[n + n / 8 + 1];
            askH = new float[askers.length];
            askMental = new float[askers.length];
            askSafety = new float[askers.length];
            askDemand = new float[askers.length];
        }
        if (askedFactor.length < n) askedFactor = new float[pop.live.length];
        float[] asked = askedFactor, byFemale = {1f, womenAsked};
        boolean[] female = pop.female;
        int[] who = askers;
        float[] ah = askH, am = askMental, as = askSafety;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!live[i]) continue;
            int age = ages[i];
            float s = safety[i], h = health[i], mh = mental[i], l = living[i];
            // branch-free maxima (see Population.max): ternaries on random data mispredict
            double max = Population.max(s, h, mh, l);
            float cap = (float) (capByAge[Math.min(age, capByAge.length - 1)] * (1 - max) * (1 - strainCapacityLoss * strain[i]));
            capacity[i] = cap;
            spare[i] = cap;
            asked[i] = byFemale[female[i] ? 1 : 0];  // a table, not a branch: sexes interleave at random
            float childSafety = s * Population.child(age);  // a child's safety need counts, an adult's not
            double want = Population.max(h, mh, childSafety, 0f);
            // append everyone, keep only those above the floor: the count moves by the sign bit, not a branch
            who[count] = i;
            ah[count] = h;
            am[count] = mh;
            as[count] = childSafety;
            count += Population.above(floor, want);
        }
        askerCount = count;
        for (int c = 0; c < count; c++) ask(pop, c, Population.max(ah[c], am[c], as[c], 0f));
    }

    /** The c-th asker asks their network for hours (the few above the floor; kept out of the loop over everyone). */
    private void ask(Population pop, int c, double want) {
        int i = askers[c];
        byte cs = pop.caseState[Agency.CSC.ordinal()][i];
        if (cs == Services.CLA || cs == Services.CLA_RESIDENTIAL) { askDemand[c] = 0; return; }  // placed away from home: the network's hours do not reach them
        double d = hoursPerNeed * (want - floor) * (1 + mobilise * pop.mobilised[i]);
        if (m.services.hasPackage(i)) d *= 1 - crowdOut;  // the same for a package of either pathway: no study measures a difference
        askDemand[c] = (float) d;
    }

    /**
     * Who asked this week, in slot order, with their health, mental and (children's) safety need
     * and hours asked, copied while the loop over everyone had them in cache.
     */
    private int[] askers = new int[0];
    private float[] askH, askMental, askSafety, askDemand;
    /** Each person's factor on their ties' share of the hours asked (informal.women_asked_factor for a woman, else 1), set by {@link #demands}. */
    float[] askedFactor = new float[0];
    private int askerCount;

    private double[] capByAgeTable;

    /**
     * Hours a week person j could give now: the same expression as {@link #demands}' (which
     * keeps it inline in the loop over everyone), for a decision about one person's household.
     */
    double capacityOf(Population pop, int j) {
        double[] capByAge = capacityByAge();
        double max = Population.max(pop.need[Population.SAFETY][j], pop.need[Population.HEALTH][j],
                pop.need[Population.MENTAL][j], pop.need[Population.LIVING][j]);
        return (float) (capByAge[Math.min(pop.age[j], capByAge.length - 1)] * (1 - max) * (1 - strainCapacityLoss * pop.strain[j]));
    }

    /** Spare hours a week by age (a table, not a chain of comparisons, in the loop over everyone). */
    private double[] capacityByAge() {
        if (capByAgeTable == null) {
            capByAgeTable = new double[121];
            for (int a = 0; a < capByAgeTable.length; a++)
                capByAgeTable[a] = a >= olderFrom ? capOlder : a >= 18 ? capAdult : a >= youngFrom ? capYoung : 0;
        }
        return capByAgeTable;
    }

    /** Each person who asks draws hours from their ties, by weight, as spare capacity allows; returns the hours given. */
    private double distribute(Population pop, SocialNetwork net) {
        float[] spare = pop.spare;
        int n = pop.size;
        double total = 0;
        int start = n == 0 ? 0 : (int) ((m.week * 7919L) % n);  // a moving start, so no one always asks first
        int first = java.util.Arrays.binarySearch(askers, 0, askerCount, start);
        if (first < 0) first = -first - 1;
        float[] cover = pop.informalCover;
        float touch = 0;
        int[] nb = net.nbr, tieFirst = net.first, tieCount = net.degree;
        float[] w = net.weight;
        float[] asked = askedFactor;
        for (int c = 0; c < askerCount; c++) {
            int a = first + c < askerCount ? first + c : first + c - askerCount;
            // read a little of the asker four places on (the start of their ties and their first
            // neighbour's spare hours), so those cache misses overlap this asker's work rather
            // than wait their turn: Java has no prefetch, but a load whose result is kept does it
            int ah = a + AHEAD < askerCount ? a + AHEAD : a + AHEAD - askerCount;
            int ahead = askers[ah < askerCount ? ah : a];
            if (tieCount[ahead] > 0) touch += w[tieFirst[ahead]] + spare[nb[tieFirst[ahead]]];
            int i = askers[a];
            double d = askDemand[a];
            int from = tieFirst[i], to = from + tieCount[i];
            double sumW = 0;
            // the hours asked are shared by tie weight times the giver's sex factor, so a factor
            // moves who gives, not how much is asked
            for (int t = from; t < to; t++) sumW += w[t] * asked[nb[t]];
            if (sumW <= 0) continue;
            double got = 0, share = d / sumW;
            for (int t = from; t < to; t++) {
                int j = nb[t];
                float left = spare[j];
                if (left <= 0) continue;
                double want = share * w[t] * asked[j];
                double give = left < want ? left : want;
                spare[j] = (float) (left - give);
                got += give;
                float nw = (float) (w[t] + reciprocity * give);
                w[t] = nw > 1f ? 1f : nw;
            }
            if (got <= 0) continue;
            cover[i] = (float) (protection * Math.min(1, got / d));
            total += got;
            relieve(pop, i, effect * got, askH[a], askMental[a], askSafety[a]);
        }
        touched = touch;
        return total;
    }

    /** How many askers ahead the walk reads (3 to 6 measured best on this project's machine). */
    private static final int AHEAD = 4;
    /** Kept so the reads ahead are not optimised away. */
    float touched;

    /**
     * Carer strain follows hours given; strain above a level spills into the carer's own mental
     * need. The same pass lists those caring 20 or more real hours, for Carer's Allowance and lost
     * earnings ({@link Carers#week}), appended without a branch.
     */
    private void strain(Population pop) {
        boolean[] live = pop.live;
        float[] givenAvg = pop.givenAvg, strain = pop.strain;
        float[] mental = pop.need[Population.MENTAL], capacity = pop.capacity, spare = pop.spare;
        if (heavy.length < pop.size + 1) heavy = new int[pop.size + pop.size / 8 + 1];
        int[] who = heavy;
        int count = 0;
        float heavyFrom = m.carers.model20;
        for (int i = 0, n = pop.size; i < n; i++) {
            if (!live[i]) continue;
            double g = capacity[i] - spare[i];  // hours given this week
            float avg = (float) (carerKeep * givenAvg[i] + carerSmoothing * g);
            givenAvg[i] = avg;
            who[count] = i;
            count += Population.atLeast(avg, heavyFrom);
            double st = strain[i] * (1 - strainRecovery) + strainPerHour * g;
            if (st > 1) st = 1;  // rarely: a predictable branch is cheaper than Math.min on doubles
            strain[i] = (float) st;
            if (st > spillLevel) {
                double v = mental[i] + spill * (st - spillLevel);
                mental[i] = (float) (v > 1 ? 1 : v);
            }
        }
        m.carers.week(who, count);
    }

    /** This week's people caring 20 or more real hours (Carers), in slot order. */
    private int[] heavy = new int[0];

    /**
     * Informal help eases the domains it can reach, in proportion to need above the floor. The
     * needs are those copied when the person asked: nothing else changes them before this.
     */
    private void relieve(Population pop, int i, double amount, double health, double mental, double childSafety) {
        double h = Math.max(0, health - floor), mh = Math.max(0, mental - floor), s = Math.max(0, childSafety - floor);
        double sum = h + mh + s;
        if (sum <= 0) return;
        pop.need[Population.HEALTH][i] = (float) (Math.max(0, health - amount * h / sum));
        pop.need[Population.MENTAL][i] = (float) (Math.max(0, mental - amount * mh / sum));
        if (s > 0) pop.need[Population.SAFETY][i] = (float) (Math.max(0, childSafety - amount * s / sum));
    }

    void refreshSupport(Population pop, SocialNetwork net) {
        double[] capByAge = capacityByAge();
        int n = pop.size;
        if (offer.length < n) offer = new float[pop.live.length];
        boolean[] live = pop.live;
        int[] ages = pop.age;
        float[] strain = pop.strain;
        for (int j = 0; j < n; j++) {  // what each person could offer, once, not once per tie
            int age = ages[j];
            offer[j] = live[j] ? (float) (capByAge[age < capByAge.length ? age : capByAge.length - 1] * (1 - strain[j])) : 0;
        }
        fadeAndSupport(net, usualTieWeight, monthlyFade, offer, live, n, pop.support, reference);
    }

    /**
     * Ties relax toward their kind's weight (the month's fade, {@code network.tie_fade}), then each
     * person's support index is the weighted spare hours within reach. One walk over the ties does
     * both: a separate fade pass over every tie cost a quarter of the model's speed. Equal, float
     * for float, to {@link SocialNetwork#fade} followed by the sum (InformalSupportTest).
     */
    static void fadeAndSupport(SocialNetwork net, float[] usual, float rate, float[] off, boolean[] live, int n,
                               float[] support, double reference) {
        int[] degree = net.degree, tieFirst = net.first, nb = net.nbr;
        float[] w = net.weight;
        byte[] kind = net.kind;
        for (int i = 0; i < n; i++) {
            if (!live[i]) continue;
            double s = 0;
            for (int t = tieFirst[i], to = t + degree[i]; t < to; t++) {
                float wt = w[t] + rate * (usual[kind[t]] - w[t]);
                w[t] = wt;
                s += wt * off[nb[t]];
            }
            support[i] = (float) Math.min(1, s / reference);
        }
    }

    private float[] offer = new float[0];
}
