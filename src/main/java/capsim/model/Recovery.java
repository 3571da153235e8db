package capsim.model;

import capsim.scenario.ParamSet;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 2: natural recovery. Need falls a little each week, faster with higher strengths and
 * network support (the frail recover their health more slowly); dependency on services fades
 * for people without a package, a network activation slowly wears off, and strengths gained or
 * lost fade back toward those the person arrived with (without it strengths only ratcheted up,
 * and a steady community's volunteers and places grew for twenty years). Tie weights fade in
 * InformalSupport, monthly, where the support index is refreshed.
 */
final class Recovery implements Steppable {
    private static final long serialVersionUID = 1L;
    private final CommunityModel m;
    private final double base, byStrengths, bySupport, olderHealth, safetyFactor, depRecovery, mobDecay;
    private final float strengthsFade;
    /** conditions.strengths_relief: the share of a condition's kept need that full strengths relieve. */
    private final float reliefPerStrength;

    /** The parameters, named only here (SettingsTest checks no other read). */
    record Settings(double base, double byStrengths, double bySupport, double olderHealth, double safetyFactor,
            double depRecovery, double mobDecay, float strengthsFade, float strengthsRelief) {
        static Settings read(ParamSet p) {
            return new Settings(
                    p.num("recovery.base"),
                    p.num("recovery.strengths"),
                    p.num("recovery.support"),
                    p.num("recovery.older_health_factor"),
                    p.num("recovery.safety_factor"),
                    p.num("services.dependency_recovery"),
                    p.num("sba.mobilise_decay"),
                    (float) p.num("people.strengths_fade"),
                    (float) p.num("conditions.strengths_relief"));
        }
    }

    Recovery(CommunityModel m) {
        this.m = m;
        Settings c = Settings.read(m.p);
        base = c.base();
        byStrengths = c.byStrengths();
        bySupport = c.bySupport();
        olderHealth = c.olderHealth();
        safetyFactor = c.safetyFactor();
        depRecovery = c.depRecovery();
        mobDecay = c.mobDecay();
        strengthsFade = c.strengthsFade();
        reliefPerStrength = c.strengthsRelief();
    }

    @Override
    public void step(SimState state) {
        Population pop = m.pop;
        float[] s = pop.need[0], h = pop.need[1], mh = pop.need[2], l = pop.need[3];
        boolean[] live = pop.live;
        int[] ages = pop.age;
        float[] strengths = pop.strengths, usual = pop.usualStrengths, support = pop.support, dependency = pop.dependency, mobilised = pop.mobilised;
        double[] healthRate = healthRateByAge();
        byte[] csc = pop.caseState[Agency.CSC.ordinal()], asc = pop.caseState[Agency.ASC.ordinal()], mhs = pop.caseState[Agency.MH.ordinal()];
        float[] keptHealth = pop.lifelongHealth, keptMental = pop.lifelongMental;
        for (int i = 0, n = pop.size; i < n; i++) {
            if (!live[i]) continue;
            double r = base + byStrengths * strengths[i] + bySupport * support[i];
            double keep = 1 - r;
            s[i] *= 1 - r * safetyFactor;
            // a lifelong condition keeps its need (0 for most people: the max then changes nothing); strengths relieve a little of it
            float kept = 1 - reliefPerStrength * strengths[i];
            h[i] = Population.max((float) (h[i] * (1 - r * healthRate[Math.min(ages[i], healthRate.length - 1)])), keptHealth[i] * kept);  // a table, not a branch on age
            mh[i] = Population.max((float) (mh[i] * keep), keptMental[i] * kept);
            l[i] *= keep;
            if ((csc[i] | asc[i] | mhs[i]) == 0) dependency[i] *= 1 - depRecovery;  // no package (Services.hasPackage)
            mobilised[i] *= 1 - mobDecay;
            strengths[i] += strengthsFade * (usual[i] - strengths[i]);
        }
    }

    private double[] healthRate;

    /** Share of the recovery rate that applies to health need, by age (slower for people 65+). */
    private double[] healthRateByAge() {
        if (healthRate == null) {
            healthRate = new double[130];
            for (int a = 0; a < healthRate.length; a++) healthRate[a] = a >= 65 ? olderHealth : 1;
        }
        return healthRate;
    }
}
