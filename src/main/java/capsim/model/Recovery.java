package capsim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 2: natural recovery. Need falls a little each week, faster with higher strengths and
 * network support (the frail recover their health more slowly); dependency on services fades
 * for people without a package, and a network activation slowly wears off.
 */
final class Recovery implements Steppable {
    private static final long serialVersionUID = 1L;
    private final CommunityModel m;
    private final double base, byStrengths, bySupport, olderHealth, safetyFactor, depRecovery, mobDecay;

    Recovery(CommunityModel m) {
        this.m = m;
        var p = m.p;
        base = p.num("recovery.base");
        byStrengths = p.num("recovery.strengths");
        bySupport = p.num("recovery.support");
        olderHealth = p.num("recovery.older_health_factor");
        safetyFactor = p.num("recovery.safety_factor");
        depRecovery = p.num("services.dependency_recovery");
        mobDecay = p.num("sba.mobilise_decay");
    }

    @Override
    public void step(SimState state) {
        Population pop = m.pop;
        float[] s = pop.need[0], h = pop.need[1], mh = pop.need[2], l = pop.need[3];
        for (int i = 0; i < pop.size; i++) {
            if (!pop.live[i]) continue;
            double r = base + byStrengths * pop.strengths[i] + bySupport * pop.support[i];
            double keep = 1 - r;
            s[i] *= 1 - r * safetyFactor;
            h[i] *= pop.age[i] >= 65 ? 1 - r * olderHealth : keep;
            mh[i] *= keep;
            l[i] *= keep;
            if (!m.services.hasPackage(i)) pop.dependency[i] *= 1 - depRecovery;
            pop.mobilised[i] *= 1 - mobDecay;
        }
    }
}
