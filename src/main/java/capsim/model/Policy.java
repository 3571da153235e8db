package capsim.model;

import capsim.scenario.ParamSet;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The commissioner's levers (docs/ODD.md section 2): which pathway each agency uses, the training
 * target, the practice's fidelity, community investment, eligibility regime and the "SBA as cuts" switch. During burn-in
 * every agency uses the deficit pathway with no investment; at the switch the scenario's policy
 * applies. Mutable on purpose, with bean accessors, so a class can change it while the model runs.
 */
public final class Policy implements java.io.Serializable {
    final boolean[] strengths = new boolean[Agency.values().length];
    final double[] thresholdFactor = new double[Agency.values().length];
    double trainedShare;
    /** Chance a trained practitioner's encounter is strengths-based practice at capacity (sba.fidelity). */
    double fidelity;
    double communityPerYear;      // GBP a year per 50,000 people
    Agency payer;
    boolean asCuts;
    boolean resourceLed;

    Policy() { java.util.Arrays.fill(thresholdFactor, 1.0); }

    /** The eligibility regimes of {@code eligibility.regime}. */
    enum Regime { NEEDS_LED, RESOURCE_LED }

    /**
     * The parameters, named only here (SettingsTest checks no other read). An agency is
     * strengths-based after the switch when its {@code pathway} is {@code strengths}; only some
     * agencies have a pathway, so the key is asked about with {@code has} first.
     */
    record Settings(Agency payer, Regime regime, Set<Agency> strengthsBased, double trainedShare, double communityPerYear,
            boolean asCuts, double fidelity) {
        static Settings read(ParamSet p) {
            Set<Agency> strengths = EnumSet.noneOf(Agency.class);
            for (Agency a : Agency.values()) {
                String key = "agencies." + a.code + ".pathway";
                if (p.has(key) && p.str(key).equals("strengths")) strengths.add(a);
            }
            return new Settings(
                    Agency.byCode(p.str("investment.payer")),
                    p.str("eligibility.regime").equals("resource-led") ? Regime.RESOURCE_LED : Regime.NEEDS_LED,
                    Collections.unmodifiableSet(strengths),
                    p.num("sba.trained_share"),
                    p.num("investment.community_per_year"),
                    p.bool("sba.as_cuts"),
                    p.num("sba.fidelity"));
        }
    }

    /** The deficit baseline every run starts from. */
    static Policy baseline(Settings c) {
        Policy b = new Policy();
        b.payer = c.payer();
        b.resourceLed = c.regime() == Regime.RESOURCE_LED;
        b.fidelity = c.fidelity();  // acts only through trained practitioners, of whom the baseline has none
        return b;
    }

    /** The scenario's policy, applied at the switch. */
    static Policy scenario(Settings c) {
        Policy s = baseline(c);
        for (Agency a : Agency.values()) s.strengths[a.ordinal()] = c.strengthsBased().contains(a);
        s.trainedShare = c.trainedShare();
        s.communityPerYear = c.communityPerYear();
        s.asCuts = c.asCuts();
        return s;
    }

    void copyFrom(Policy o) {
        System.arraycopy(o.strengths, 0, strengths, 0, strengths.length);
        System.arraycopy(o.thresholdFactor, 0, thresholdFactor, 0, thresholdFactor.length);
        trainedShare = o.trainedShare;
        fidelity = o.fidelity;
        communityPerYear = o.communityPerYear;
        payer = o.payer;
        asCuts = o.asCuts;
        resourceLed = o.resourceLed;
    }

    public boolean isStrengthsBased(Agency a) { return strengths[a.ordinal()]; }
    public void setStrengthsBased(Agency a, boolean on) { strengths[a.ordinal()] = on; }
    public double getThresholdFactor(Agency a) { return thresholdFactor[a.ordinal()]; }
    public void setThresholdFactor(Agency a, double f) { thresholdFactor[a.ordinal()] = Math.max(0.1, Math.min(3, f)); }
    public double getTrainedShare() { return trainedShare; }
    public void setTrainedShare(double s) { trainedShare = Math.max(0, Math.min(1, s)); }
    public double getFidelity() { return fidelity; }
    public void setFidelity(double f) { fidelity = Math.max(0, Math.min(1, f)); }
    public double getCommunityInvestmentPerYear() { return communityPerYear; }
    public void setCommunityInvestmentPerYear(double v) { communityPerYear = Math.max(0, v); }
    public boolean isSbaAsCuts() { return asCuts; }
    public void setSbaAsCuts(boolean b) { asCuts = b; }
    public boolean isResourceLed() { return resourceLed; }
    public void setResourceLed(boolean b) { resourceLed = b; }
    public Agency getPayer() { return payer; }
}
