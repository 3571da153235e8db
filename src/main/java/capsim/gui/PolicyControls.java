package capsim.gui;

import capsim.model.Agency;
import capsim.model.Policy;
import sim.util.Interval;

/**
 * The model's live {@link Policy} as plain bean properties, which MASON's inspector turns into
 * check boxes, sliders and fields in the Model tab: per agency, the strengths-based pathway on or
 * off and its eligibility-threshold multiplier; the trained share; community investment; the
 * resource-led regime and the "SBA as cuts" switch. Changes apply from the next week.
 */
public final class PolicyControls {
    private final Policy p;

    public PolicyControls(Policy policy) { this.p = policy; }

    private static final Interval THRESHOLD = new Interval(0.1, 3.0);

    public double getTrainedShare() { return p.getTrainedShare(); }
    public void setTrainedShare(double v) { p.setTrainedShare(v); }
    public Object domTrainedShare() { return new Interval(0.0, 1.0); }

    public double getCommunityInvestmentPerYear() { return p.getCommunityInvestmentPerYear(); }
    public void setCommunityInvestmentPerYear(double v) { p.setCommunityInvestmentPerYear(v); }
    public String desCommunityInvestmentPerYear() { return "GBP a year per 50,000 people, paid by " + p.getPayer().label; }

    public boolean isResourceLedEligibility() { return p.isResourceLed(); }
    public void setResourceLedEligibility(boolean b) { p.setResourceLed(b); }

    public boolean isSbaAsCuts() { return p.isSbaAsCuts(); }
    public void setSbaAsCuts(boolean b) { p.setSbaAsCuts(b); }

    // one pair per agency, so the inspector lists them by name
    public boolean isCscStrengthsBased() { return p.isStrengthsBased(Agency.CSC); }
    public void setCscStrengthsBased(boolean b) { p.setStrengthsBased(Agency.CSC, b); }
    public boolean isAscStrengthsBased() { return p.isStrengthsBased(Agency.ASC); }
    public void setAscStrengthsBased(boolean b) { p.setStrengthsBased(Agency.ASC, b); }
    public boolean isGpStrengthsBased() { return p.isStrengthsBased(Agency.GP); }
    public void setGpStrengthsBased(boolean b) { p.setStrengthsBased(Agency.GP, b); }
    public boolean isMhStrengthsBased() { return p.isStrengthsBased(Agency.MH); }
    public void setMhStrengthsBased(boolean b) { p.setStrengthsBased(Agency.MH, b); }
    public boolean isHousingStrengthsBased() { return p.isStrengthsBased(Agency.HOUSING); }
    public void setHousingStrengthsBased(boolean b) { p.setStrengthsBased(Agency.HOUSING, b); }

    public double getCscThreshold() { return p.getThresholdFactor(Agency.CSC); }
    public void setCscThreshold(double v) { p.setThresholdFactor(Agency.CSC, v); }
    public Object domCscThreshold() { return THRESHOLD; }
    public double getAscThreshold() { return p.getThresholdFactor(Agency.ASC); }
    public void setAscThreshold(double v) { p.setThresholdFactor(Agency.ASC, v); }
    public Object domAscThreshold() { return THRESHOLD; }
    public double getMhThreshold() { return p.getThresholdFactor(Agency.MH); }
    public void setMhThreshold(double v) { p.setThresholdFactor(Agency.MH, v); }
    public Object domMhThreshold() { return THRESHOLD; }
    public double getHousingThreshold() { return p.getThresholdFactor(Agency.HOUSING); }
    public void setHousingThreshold(double v) { p.setThresholdFactor(Agency.HOUSING, v); }
    public Object domHousingThreshold() { return THRESHOLD; }
}
