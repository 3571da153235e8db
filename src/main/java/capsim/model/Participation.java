package capsim.model;

import capsim.scenario.ParamSet;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 4: community participation. Places follow funding (baseline grants to the voluntary
 * sector, plus the commissioner's investment, weighted to deprived neighbourhoods) and
 * volunteers (co-production); places above what both sustain shrink away. Residents look for
 * a place in their own neighbourhood or the next one; members gain strengths, ease their
 * mental need and make ties with other members; strong, well members may volunteer, strained
 * ones stop. Grants and investment are charged here, each to its one payer. Draws are
 * counter-based (by person, or by neighbourhood, and week) so both arms of a comparison agree.
 */
final class Participation implements Steppable {
    private static final long serialVersionUID = 1L;
    private final CommunityModel m;
    private final double costPerPlace, perVolunteer, joinRate, leaveRate, gain, relief, tieRate, volRate, volQuit, shrink,
            deprivedWeight, joinBase, joinMental, growthShare, growthMin, volStrengths, volNeed;
    /** Floats, as the literals were: 1 + 2 x strain was float arithmetic, and the tie weight is stored as a float. */
    private final float tieWeight, volQuitStrain;
    private final int volAge;

    /** The parameters, named only here (SettingsTest checks no other read). */
    record Settings(double costPerPlace, double perVolunteer, double joinRate, double leaveRate, double gain,
            double relief, double tieRate, double volRate, double volQuit, double shrink, double deprivedWeight,
            double joinBase, double joinMental, double growthShare, double growthMin, float tieWeight, int volAge,
            double volStrengths, double volNeed, float volQuitStrain) {
        static Settings read(ParamSet p) {
            return new Settings(
                    p.num("community.cost_per_place"),
                    p.num("community.places_per_volunteer"),
                    p.num("community.join_rate"),
                    p.num("community.leave_rate"),
                    p.num("community.strengths_gain"),
                    p.num("community.mental_relief"),
                    p.num("community.tie_rate"),
                    p.num("community.volunteer_rate"),
                    p.num("community.volunteer_quit"),
                    p.num("community.shrink"),
                    p.num("investment.deprived_weight"),
                    p.num("community.join_chance_base"),
                    p.num("community.join_chance_mental"),
                    p.num("community.growth_share"),
                    p.num("community.growth_min"),
                    (float) p.num("community.tie_weight"),
                    p.integer("community.volunteer_min_age"),
                    p.num("community.volunteer_min_strengths"),
                    p.num("community.volunteer_max_need"),
                    (float) p.num("community.volunteer_quit_strain"));
        }
    }

    Participation(CommunityModel m) {
        this.m = m;
        Settings c = Settings.read(m.p);
        costPerPlace = c.costPerPlace();
        perVolunteer = c.perVolunteer();
        joinRate = c.joinRate();
        leaveRate = c.leaveRate();
        gain = c.gain();
        relief = c.relief();
        tieRate = c.tieRate();
        volRate = c.volRate();
        volQuit = c.volQuit();
        shrink = c.shrink();
        deprivedWeight = c.deprivedWeight();
        joinBase = c.joinBase();
        joinMental = c.joinMental();
        growthShare = c.growthShare();
        growthMin = c.growthMin();
        tieWeight = c.tieWeight();
        volAge = c.volAge();
        volStrengths = c.volStrengths();
        volNeed = c.volNeed();
        volQuitStrain = c.volQuitStrain();
    }

    @Override
    public void step(SimState state) {
        CommunityAssets as = m.assets;
        Population pop = m.pop;
        Rng r = m.rng;
        int week = m.week;
        fund(as);
        for (int a = 0; a < as.count; a++) {
            double target = (as.funding[a] + as.investment[a]) / costPerPlace + as.volunteers[a] * perVolunteer;
            if (as.places[a] < target) as.places[a] += Math.min(target - as.places[a], Math.max(growthMin, growthShare * (target - as.places[a])));
            else as.places[a] -= shrink * (as.places[a] - target);
            members(as, a, pop, r, week);
        }
        int hoods = m.hoods();
        for (int h = 0; h < hoods; h++) {
            double expected = joinRate * m.neighbourhoods.residentCount[h];
            long key = -1 - h * 4096L;  // neighbourhood draws: negative keys never meet a person's id
            int seekers = (int) expected + (r.u(Rng.SEEK_COUNT, week, key) < expected - (int) expected ? 1 : 0);
            for (int k = 0; k < seekers && k < 4095; k++) {
                int i = m.neighbourhoods.residents[h][(int) (r.u(Rng.SEEK_WHO, week, key - 1 - k) * m.neighbourhoods.residentCount[h])];
                if (!pop.live[i] || pop.hood[i] != h || pop.asset[i] != Population.NO_ASSET || pop.age[i] < 5) continue;
                if (r.u(Rng.JOIN, week, pop.id[i]) < joinBase + joinMental * pop.need[Population.MENTAL][i]) connect(i);
            }
        }
    }

    /** Charges the week's grants and investment, and spreads investment over assets by deprivation. */
    private void fund(CommunityAssets as) {
        double grants = 0, weights = 0;
        for (int a = 0; a < as.count; a++) {
            grants += as.funding[a];
            weights += Math.pow(11 - m.neighbourhoods.decile[as.hood[a]], deprivedWeight);
        }
        m.ledger.charge(Agency.VCS, Ledger.Category.GRANT, grants / 52.0, -1);
        double invest = m.policy.communityPerYear * m.scale;
        for (int a = 0; a < as.count; a++)
            as.investment[a] = weights > 0 ? invest * Math.pow(11 - m.neighbourhoods.decile[as.hood[a]], deprivedWeight) / weights : 0;
        if (invest > 0 && as.count > 0) m.ledger.charge(m.policy.payer, Ledger.Category.INVESTMENT, invest / 52.0, -1);
    }

    private void members(CommunityAssets as, int a, Population pop, Rng r, int week) {
        int[] mem = as.members[a];
        for (int j = 0; j < as.filled[a]; j++) {
            int i = mem[j];
            long id = pop.id[i];
            if (r.u(Rng.LEAVE, week, id) < leaveRate) {
                leave(i);
                j--;  // leave() moved the last member into slot j
                continue;
            }
            pop.strengths[i] += gain * (1 - pop.strengths[i]);
            pop.need[Population.MENTAL][i] = (float) (Math.max(0, pop.need[Population.MENTAL][i] - relief));
            if (as.filled[a] > 1 && r.u(Rng.TIE, week, id) < tieRate) {
                int other = mem[(int) (r.u(Rng.TIE_WHO, week, id) * as.filled[a])];
                m.net.tie(i, other, SocialNetwork.CO_MEMBER, tieWeight);
            }
            if (pop.volunteer[i]) {
                if (r.u(Rng.VOLUNTEER, week, id) < volQuit * (1 + volQuitStrain * pop.strain[i])) {
                    pop.volunteer[i] = false;
                    as.volunteers[a]--;
                }
            } else if (pop.age[i] >= volAge && pop.strengths[i] > volStrengths && pop.maxNeed(i) < volNeed && r.u(Rng.VOLUNTEER, week, id) < volRate) {
                pop.volunteer[i] = true;
                as.volunteers[a]++;
            }
        }
    }

    /** A place for person i in their own neighbourhood or the next one, if one is free. */
    boolean connect(int i) {
        CommunityAssets as = m.assets;
        int h = m.pop.hood[i];
        int hoods = as.byHood.length;
        for (int dh : new int[]{0, 1, -1}) {
            int hh = h + dh;
            if (hh < 0 || hh >= hoods) continue;
            int[] list = as.byHood[hh];
            if (list.length == 0) continue;
            int start = (int) (m.rng.u(Rng.CONNECT_START, m.week, m.pop.id[i]) * list.length);
            for (int k = 0; k < list.length; k++) {
                int a = list[(start + k) % list.length];
                if (as.hasPlace(a)) {
                    m.pop.asset[i] = a;
                    as.join(a, i);
                    return true;
                }
            }
        }
        return false;
    }

    /** Person i leaves their asset (also on death or a move). */
    void leave(int i) {
        int a = m.pop.asset[i];
        if (a == Population.NO_ASSET) return;
        m.assets.leave(a, i);
        // ties made at the group end with membership (lasting ones are friends): kept for life,
        // as before, they grew for twenty years in a steady community and adults' care fell with them
        m.net.untieKind(i, SocialNetwork.CO_MEMBER);
        if (m.pop.volunteer[i]) {
            m.pop.volunteer[i] = false;
            m.assets.volunteers[a]--;
        }
        m.pop.asset[i] = Population.NO_ASSET;
    }
}
