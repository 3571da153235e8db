package capsim.model;

import capsim.scenario.ParamSet;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 1: life events. Each person meets an event with a weekly chance by life stage, raised by
 * deprivation (and, for a child, by the needs of the adults at home); its impact is damped by
 * strengths and network support: {@code impact x (1 - a_s x strengths) x (1 - a_n x support)}.
 * An illness, injury or fall may bring an A&E attendance, and abuse a police incident.
 * People 65+ also drift into frailty, more slowly where support covers their needs. The chance and the kind come from counter-based draws
 * keyed by the person, so both arms of a comparison meet the same events.
 */
final class LifeEvents implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Event kinds by life stage: the parameter naming its share (events.mix.*), then the share of the impact falling on each domain. */
    private static final String[][] KIND_NAMES = {
            {"child.maltreatment", "child.exclusion", "child.illness"},
            {"adult.bereavement", "adult.job_loss", "adult.illness", "adult.relationship_breakdown", "adult.domestic_abuse",
                    "adult.eviction", "adult.birth"},
            {"older.bereavement", "older.illness", "older.money_worries", "older.abuse"}};
    private static final double[][][] IMPACT = {
            { // child: maltreatment or neglect; exclusion or bullying; illness
                    {1.0, 0, 0, 0}, {0.3, 0, 0.7, 0}, {0, 1.0, 0, 0}},
            { // adult: bereavement; job loss; illness or injury; relationship breakdown; domestic abuse; eviction; birth
                    {0, 0, 0.8, 0}, {0, 0, 0.3, 0.8}, {0, 1.0, 0, 0}, {0, 0, 0.6, 0.4},
                    {0.9, 0, 0.4, 0}, {0, 0, 0, 1.0}, {0, 0, 0.3, 0.2}},
            { // older: bereavement; illness or fall; money worries; abuse
                    {0, 0, 0.8, 0}, {0, 1.0, 0, 0}, {0, 0, 0, 0.6}, {0.8, 0, 0, 0}}};
    /** Each stage's kind shares (relative weights) and their sum, which scales the draw (1 at the defaults). */
    private final double[][] mix = new double[3][];
    private final double[] mixTotal = new double[3];
    private static final int DOMESTIC_ABUSE = 4;
    private static final double[] CHILD_FACTOR = {1, 0, 0};
    /** Kinds, by stage, that are an illness, injury or fall (may bring A&E), and that are abuse (may bring the police). */
    private static final int[] ILLNESS = {2, 2, 1}, ABUSE = {-1, DOMESTIC_ABUSE, 3};

    private final CommunityModel m;
    private final double[] rate = new double[3];
    private final double grad, hhGain, impact, protS, protN, drift, aeShare, policeShare, childSpill;
    private double[] stress = new double[0];
    /** 1 + gradient x deprivation, by neighbourhood. */
    private double[] deprivation = new double[0];

    /**
     * The parameters, named only here (SettingsTest checks no other read); {@code mix} holds the
     * kind shares by stage and kind, in the order of KIND_NAMES.
     */
    record Settings(double rateChild, double rateAdult, double rateOlder, double grad, double hhGain, double impact,
            double protS, double protN, double drift, double aeShare, double policeShare, double childSpill,
            List<List<Double>> mix) {
        static Settings read(ParamSet p) {
            List<List<Double>> mix = new ArrayList<>();
            for (String[] stage : KIND_NAMES) {
                List<Double> shares = new ArrayList<>();
                for (String kind : stage) shares.add(p.num("events.mix." + kind));
                mix.add(List.copyOf(shares));
            }
            return new Settings(
                    p.num("events.rate_child"),
                    p.num("events.rate_adult"),
                    p.num("events.rate_older"),
                    p.num("area.deprivation_event_gradient"),
                    p.num("events.household_stress_gain"),
                    p.num("events.impact"),
                    p.num("events.protect_strengths"),
                    p.num("events.protect_support"),
                    p.num("events.frailty_drift"),
                    p.num("events.ae_share"),
                    p.num("events.police_share"),
                    p.num("events.child_spill"),
                    List.copyOf(mix));
        }
    }

    LifeEvents(CommunityModel m) {
        this.m = m;
        Settings c = Settings.read(m.p);
        rate[0] = c.rateChild();
        rate[1] = c.rateAdult();
        rate[2] = c.rateOlder();
        grad = c.grad();
        hhGain = c.hhGain();
        impact = c.impact();
        protS = c.protS();
        protN = c.protN();
        drift = c.drift();
        aeShare = c.aeShare();
        policeShare = c.policeShare();
        childSpill = c.childSpill();
        for (int st = 0; st < 3; st++) {
            mix[st] = new double[KIND_NAMES[st].length];
            for (int k = 0; k < mix[st].length; k++) {
                mix[st][k] = c.mix().get(st).get(k);
                mixTotal[st] += mix[st][k];
            }
        }
    }

    @Override
    public void step(SimState state) {
        Population pop = m.pop;
        householdStress(pop);
        int week = m.week;
        Rng rng = m.rng;
        int hoods = m.hoods();
        if (deprivation.length != hoods) {
            deprivation = new double[hoods];
            for (int h = 0; h < hoods; h++) deprivation[h] = 1 + grad * m.deprivation(h);
        }
        boolean[] live = pop.live;
        int[] ages = pop.age, hood = pop.hood, household = pop.household;
        long[] ids = pop.id;
        double[] dep = deprivation, st = stress;
        // the hot loop draws for everyone; the few with an event go to event()
        for (int i = 0, n = pop.size; i < n; i++) {
            if (!live[i]) continue;
            int age = ages[i];
            int stage = Population.stageByAge(age);
            if (stage == 2) frailty(pop, i, age);
            double r = rate[stage] * dep[hood[i]];
            r *= 1 + hhGain * st[household[i]] * CHILD_FACTOR[stage];  // 1 for a child, 0 otherwise: no branch
            if (rng.u(Rng.EVENT, week, ids[i]) < r) event(pop, i, stage, week);
        }
    }

    /** The highest safety, mental or living need among each household's adults. */
    private void householdStress(Population pop) {
        if (stress.length < m.households.count) stress = new double[m.households.count + 64];
        java.util.Arrays.fill(stress, 0, m.households.count, 0);
        boolean[] live = pop.live;
        int[] ages = pop.age, household = pop.household;
        float[] safety = pop.need[Population.SAFETY], mental = pop.need[Population.MENTAL], living = pop.need[Population.LIVING];
        double[] st = stress;
        for (int i = 0, n = pop.size; i < n; i++) {
            if (!live[i]) continue;
            // a child counts as 0 (times a table by age, not a branch: children and adults interleave)
            double s = Population.max(safety[i], mental[i], living[i], 0f) * (1 - Population.child(ages[i]));
            int h = household[i];
            st[h] = Math.max(st[h], s);
        }
    }

    /** Support that covers daily living slows the slide into frailty: packages and carers prevent as well as treat. */
    private void frailty(Population pop, int i, int age) {
        double h = pop.need[Population.HEALTH][i] + drift * (age - 65) / 20.0 * (1 - m.services.coverage(i, Population.HEALTH));
        pop.need[Population.HEALTH][i] = (float) (h > 1 ? 1 : h);
    }

    private void event(Population pop, int i, int stage, int week) {
        Rng rng = m.rng;
        long id = pop.id[i];
        m.events.raise(CareEvent.LIFE_EVENT, i);
        double[] shares = mix[stage];
        // shares are relative: the draw is scaled by their sum, so they need not add to 1 (the last kind takes any remainder)
        double u = rng.u(Rng.EVENT_KIND, week, id) * mixTotal[stage];
        int k = 0;
        while (k < shares.length - 1 && u >= shares[k]) u -= shares[k++];
        double size = impact * (0.5 + rng.u(Rng.EVENT_SIZE, week, id))
                * (1 - protS * pop.strengths[i]) * (1 - protN * pop.support[i]);
        for (int d = 0; d < 4; d++) add(pop, d, i, size * IMPACT[stage][k][d]);
        // a bigger blow (after strengths and support have damped it) is likelier to reach A&E or the police
        double severity = size / impact;
        if (k == ILLNESS[stage] && rng.u(Rng.EVENT_SERVICE, week, id) < aeShare * severity) m.services.acuteCrisis(i);
        if (k == ABUSE[stage] && rng.u(Rng.EVENT_SERVICE, week, id) < policeShare * severity) m.services.policeIncident(i, true);
        if (stage == 1 && k == DOMESTIC_ABUSE) {
            int hh = pop.household[i];
            for (int j = 0; j < m.households.size[hh]; j++) {
                int c = m.households.members[hh][j];
                if (pop.age[c] < 18) add(pop, Population.SAFETY, c, size * childSpill);
            }
        }
    }

    private static void add(Population pop, int d, int i, double x) {
        double v = pop.need[d][i] + x;
        pop.need[d][i] = (float) (v > 1 ? 1 : v);
    }
}
