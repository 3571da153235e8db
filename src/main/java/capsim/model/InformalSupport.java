package capsim.model;

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
            spill, crowdOut, coproducedFactor, reciprocity, mobilise, reference;

    InformalSupport(CommunityModel m) {
        this.m = m;
        var p = m.p;
        floor = p.num("informal.floor");
        hoursPerNeed = p.num("informal.hours_per_need");
        capAdult = p.num("informal.capacity_adult");
        capOlder = p.num("informal.capacity_older");
        effect = p.num("informal.effect");
        strainPerHour = p.num("informal.strain_per_hour");
        strainRecovery = p.num("informal.strain_recovery");
        spillLevel = p.num("informal.strain_spill_level");
        spill = p.num("informal.strain_spill");
        crowdOut = p.num("informal.crowd_out");
        coproducedFactor = p.num("sba.package_dependency_factor");
        reciprocity = p.num("informal.reciprocity");
        mobilise = p.num("sba.network_mobilise");
        reference = p.num("network.support_reference_hours");
    }

    @Override
    public void step(SimState state) {
        Population pop = m.pop;
        SocialNetwork net = m.net;
        int n = pop.size;
        for (int i = 0; i < n; i++) {
            pop.given[i] = 0;
            pop.received[i] = 0;
            pop.demand[i] = 0;
            if (!pop.live[i]) continue;
            int age = pop.age[i];
            double cap = age >= 75 ? capOlder : age >= 18 ? capAdult : age >= 12 ? 1.0 : 0;
            pop.capacity[i] = cap * (1 - pop.maxNeed(i)) * (1 - 0.5 * pop.strain[i]);
            double want = Math.max(pop.need[Population.HEALTH][i], pop.need[Population.MENTAL][i]);
            if (age < 18) want = Math.max(want, pop.need[Population.SAFETY][i]);
            if (want > floor) {
                double d = hoursPerNeed * (want - floor) * (1 + mobilise * pop.mobilised[i]);
                if (m.services.hasPackage(i)) d *= 1 - crowdOut * (pop.lastPathway[i] == 2 ? coproducedFactor : 1);
                pop.demand[i] = d;
            }
        }
        double total = 0;
        int start = n == 0 ? 0 : (int) ((m.week * 7919L) % n);
        for (int c = 0; c < n; c++) {
            int i = start + c < n ? start + c : start + c - n;
            double d = pop.demand[i];
            if (d <= 0) continue;
            int deg = net.degree[i];
            int[] nb = net.nbr[i];
            float[] w = net.weight[i];
            double sumW = 0;
            for (int k = 0; k < deg; k++) sumW += w[k];
            if (sumW <= 0) continue;
            double got = 0;
            for (int k = 0; k < deg; k++) {
                int j = nb[k];
                double spare = pop.capacity[j] - pop.given[j];
                if (spare <= 0) continue;
                double give = Math.min(spare, d * w[k] / sumW);
                pop.given[j] += give;
                got += give;
                float nw = (float) (w[k] + reciprocity * give);
                w[k] = nw > 1f ? 1f : nw;
            }
            if (got <= 0) continue;
            pop.received[i] = got;
            total += got;
            relieve(pop, i, effect * got);
        }
        m.counters.supportHours = total;
        boolean refresh = m.week % 4 == 1;
        for (int i = 0; i < n; i++) {
            if (!pop.live[i]) continue;
            pop.givenAvg[i] = 0.9 * pop.givenAvg[i] + 0.1 * pop.given[i];
            double st = pop.strain[i] * (1 - strainRecovery) + strainPerHour * pop.given[i];
            pop.strain[i] = st > 1 ? 1 : st;
            if (st > spillLevel) {
                double v = pop.need[Population.MENTAL][i] + spill * (st - spillLevel);
                pop.need[Population.MENTAL][i] = v > 1 ? 1 : v;
            }
        }
        if (refresh) refreshSupport(pop, net);
    }

    /** Informal help eases the domains it can reach, in proportion to need above the floor. */
    private void relieve(Population pop, int i, double amount) {
        double h = Math.max(0, pop.need[Population.HEALTH][i] - floor), mh = Math.max(0, pop.need[Population.MENTAL][i] - floor);
        double s = pop.age[i] < 18 ? Math.max(0, pop.need[Population.SAFETY][i] - floor) : 0;
        double sum = h + mh + s;
        if (sum <= 0) return;
        pop.need[Population.HEALTH][i] = Math.max(0, pop.need[Population.HEALTH][i] - amount * h / sum);
        pop.need[Population.MENTAL][i] = Math.max(0, pop.need[Population.MENTAL][i] - amount * mh / sum);
        if (s > 0) pop.need[Population.SAFETY][i] = Math.max(0, pop.need[Population.SAFETY][i] - amount * s / sum);
    }

    void refreshSupport(Population pop, SocialNetwork net) {
        for (int i = 0; i < pop.size; i++) {
            if (!pop.live[i]) continue;
            double s = 0;
            int[] nb = net.nbr[i];
            float[] w = net.weight[i];
            for (int k = 0, deg = net.degree[i]; k < deg; k++) {
                int j = nb[k];
                int age = pop.age[j];
                double cap = age >= 75 ? capOlder : age >= 18 ? capAdult : age >= 12 ? 1.0 : 0;
                s += w[k] * cap * (1 - pop.strain[j]);
            }
            pop.support[i] = Math.min(1, s / reference);
        }
    }
}
