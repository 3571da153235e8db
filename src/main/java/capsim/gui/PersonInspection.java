package capsim.gui;

import capsim.view.CommunityView;
import capsim.view.PersonRecord;

/**
 * A person as MASON's inspector sees them: read-only bean properties over their
 * {@link PersonRecord}, read afresh each time, so an open inspector follows the person week by week.
 */
public final class PersonInspection {
    private final CommunityView view;
    private final int i;

    public PersonInspection(CommunityView view, int index) {
        this.view = view;
        this.i = index;
    }

    int index() { return i; }

    private PersonRecord now() { return PersonRecord.of(view, i); }

    public boolean isAlive() { return now().alive(); }
    public int getAge() { return now().age(); }
    public int getNeighbourhood() { return now().neighbourhood(); }
    public int getDeprivationDecile() { return now().deprivationDecile(); }
    public double getNeedSafety() { return now().needSafety(); }
    public double getNeedHealth() { return now().needHealth(); }
    public double getNeedMental() { return now().needMental(); }
    public double getNeedLiving() { return now().needLiving(); }
    public double getStrengths() { return now().strengths(); }
    public double getDependency() { return now().dependency(); }
    public double getCarerStrain() { return now().carerStrain(); }
    public double getWellbeing() { return now().wellbeing(); }
    public String getLastPathway() { return now().lastPathway(); }
    /** Ties by kind, e.g. "household 2, kin 1, friend 3, neighbour 2, co-member 0". */
    public String getTies() { return now().ties(); }
    public double getTieWeight() { return now().tieWeight(); }

    @Override public String toString() { return now().title(); }
}
