package capsim.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 10, yearly (after week 52k): people age a year (a child turning 18 leaves children's
 * services: the transition to adult services); deaths by a Gompertz law raised by frailty;
 * births to people aged 18-44, into their household; moves away; and newcomers' households,
 * so the population stays at its target. Deaths, births and moves use counter-based draws
 * keyed by the person, so both arms of a comparison keep nearly the same population.
 */
final class Demography implements Steppable {
    private static final long serialVersionUID = 1L;
    private final CommunityModel m;
    private final PopulationBuilder newcomers;
    private final double fertility, mortA, mortB, frailty, migration;
    private int[] births = new int[256];

    Demography(CommunityModel m) {
        this.m = m;
        this.newcomers = new PopulationBuilder(m, m.demographyRandom);
        var p = m.p;
        fertility = p.num("demography.fertility");
        mortA = p.num("demography.mortality_a");
        mortB = p.num("demography.mortality_b");
        frailty = p.num("demography.frailty_mortality");
        migration = p.num("demography.migration");
    }

    @Override
    public void step(SimState state) {
        if (m.week % 52 != 0) return;
        int year = m.week / 52;
        Population pop = m.pop;
        Rng rng = m.rng;
        int nb = 0;
        for (int i = 0; i < pop.size; i++) {
            if (!pop.live[i]) continue;
            long id = pop.id[i];
            int age = ++pop.age[i];
            if (age == 18) m.services.closeChildCase(i);
            double q = Math.min(1, mortA * Math.exp(mortB * age) * (1 + frailty * pop.need[Population.HEALTH][i]));
            if (rng.u(Rng.DEATH, year, id) < q) { remove(i); m.counters.deaths++; continue; }
            if (rng.u(Rng.MOVE, year, id) < migration) { remove(i); m.counters.migrantsOut++; continue; }
            if (age >= 18 && age <= 44 && rng.u(Rng.BIRTH, year, id) < fertility) {
                if (nb == births.length) births = java.util.Arrays.copyOf(births, nb * 2);
                births[nb++] = i;
            }
        }
        for (int k = 0; k < nb; k++) {
            int parent = births[k];
            if (pop.live[parent]) birth(parent);
        }
        immigrate();
        rebuildResidents();
        m.net.compact(m.pop.size);
    }

    private void remove(int i) {
        m.participation.leave(i);
        m.services.closeAll(i);
        m.net.isolate(i);
        m.leaveHousehold(i);
        m.pop.release(i);
    }

    private void birth(int parent) {
        Population pop = m.pop;
        int hh = pop.household[parent];
        int baby = newcomers.person(hh, pop.hood[parent], 0);
        m.counters.births++;
        for (int j = 0; j < m.householdSize[hh]; j++) {
            int other = m.householdMembers[hh][j];
            if (other != baby) m.net.tie(baby, other, SocialNetwork.HOUSEHOLD, 1f);
        }
        SocialNetwork net = m.net;
        for (int k = 0; k < net.degree(parent); k++)
            if (net.kind(parent, k) == SocialNetwork.KIN) { net.tie(baby, net.neighbour(parent, k), SocialNetwork.KIN, 0.6f); break; }
    }

    /** Newcomers' households (an adult, sometimes a partner and children) until the target is met. */
    private void immigrate() {
        Population pop = m.pop;
        MersenneTwisterFast r = m.demographyRandom;
        int hoods = m.residents.length;
        while (pop.alive < m.targetPopulation) {
            int hood = r.nextInt(hoods);
            int hh = m.newHousehold();
            int head = newcomers.person(hh, hood, 18 + r.nextInt(47));
            int members = 1;
            if (r.nextDouble() < 0.5) { newcomers.person(hh, hood, Math.max(18, Math.min(64, pop.age[head] + r.nextInt(7) - 3))); members++; }
            if (pop.age[head] < 50 && r.nextDouble() < 0.45) {
                int kids = 1 + r.nextInt(3);
                for (int k = 0; k < kids; k++) newcomers.person(hh, hood, r.nextInt(Math.min(18, pop.age[head] - 17)));
                members += kids;
            }
            m.counters.migrantsIn += members;
            int[] mem = m.householdMembers[hh];
            for (int a = 0; a < m.householdSize[hh]; a++)
                for (int b = a + 1; b < m.householdSize[hh]; b++) m.net.tie(mem[a], mem[b], SocialNetwork.HOUSEHOLD, 1f);
            for (int a = 0; a < m.householdSize[hh]; a++) newcomers.socialTies(mem[a], r);
        }
    }

    private void rebuildResidents() {
        java.util.Arrays.fill(m.residentCount, 0);
        Population pop = m.pop;
        for (int i = 0; i < pop.size; i++) if (pop.live[i]) m.addResident(pop.hood[i], i);
    }
}
