package capsim.model;

import capsim.scenario.ParamSet;

/**
 * The commissioner's levers (docs/ODD.md section 2): which pathway each agency uses, the training
 * target, community investment, eligibility regime and the "SBA as cuts" switch. During burn-in
 * every agency uses the deficit pathway with no investment; at the switch the scenario's policy
 * applies. Mutable on purpose, with bean accessors, so a class can change it while the model runs.
 */
public final class Policy {
    final boolean[] strengths = new boolean[Agency.values().length];
    final double[] thresholdFactor = new double[Agency.values().length];
    double trainedShare;
    double communityPerYear;      // GBP a year per 50,000 people
    Agency payer;
    boolean asCuts;
    boolean resourceLed;

    Policy() { java.util.Arrays.fill(thresholdFactor, 1.0); }

    /** The deficit baseline every run starts from. */
    static Policy baseline(ParamSet p) {
        Policy b = new Policy();
        b.payer = Agency.byCode(p.str("investment.payer"));
        b.resourceLed = p.str("eligibility.regime").equals("resource-led");
        return b;
    }

    /** The scenario's policy, applied at the switch. */
    static Policy scenario(ParamSet p) {
        Policy s = baseline(p);
        for (Agency a : Agency.values()) {
            String key = "agencies." + a.code + ".pathway";
            s.strengths[a.ordinal()] = p.has(key) && p.str(key).equals("strengths");
        }
        s.trainedShare = p.num("sba.trained_share");
        s.communityPerYear = p.num("investment.community_per_year");
        s.asCuts = p.bool("sba.as_cuts");
        return s;
    }

    void copyFrom(Policy o) {
        System.arraycopy(o.strengths, 0, strengths, 0, strengths.length);
        System.arraycopy(o.thresholdFactor, 0, thresholdFactor, 0, thresholdFactor.length);
        trainedShare = o.trainedShare;
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
    public double getCommunityInvestmentPerYear() { return communityPerYear; }
    public void setCommunityInvestmentPerYear(double v) { communityPerYear = Math.max(0, v); }
    public boolean isSbaAsCuts() { return asCuts; }
    public void setSbaAsCuts(boolean b) { asCuts = b; }
    public boolean isResourceLed() { return resourceLed; }
    public void setResourceLed(boolean b) { resourceLed = b; }
    public Agency getPayer() { return payer; }
}
