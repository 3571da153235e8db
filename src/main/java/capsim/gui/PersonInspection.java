package capsim.gui;

import java.util.Locale;

/**
 * A person as MASON's inspector sees them: read-only bean properties that read the model's
 * arrays afresh each time, so an open inspector follows the person week by week.
 */
public final class PersonInspection {
    private final CommunityView view;
    private final int i;

    public PersonInspection(CommunityView view, int index) {
        this.view = view;
        this.i = index;
    }

    int index() { return i; }

    public boolean isAlive() { return view.alive(i); }
    public int getAge() { return view.age(i); }
    public int getNeighbourhood() { return view.hood(i) + 1; }
    public int getDeprivationDecile() { return view.decile(view.hood(i)); }
    public double getNeedSafety() { return view.need(i, 0); }
    public double getNeedHealth() { return view.need(i, 1); }
    public double getNeedMental() { return view.need(i, 2); }
    public double getNeedLiving() { return view.need(i, 3); }
    public double getStrengths() { return view.strengths(i); }
    public double getDependency() { return view.dependency(i); }
    public double getCarerStrain() { return view.strain(i); }
    public double getWellbeing() { return view.wellbeing(i); }

    public String getLastPathway() {
        return switch (view.pathway(i)) {
            case CommunityView.PATHWAY_DEFICIT -> "deficit";
            case CommunityView.PATHWAY_STRENGTHS -> "strengths-based";
            case CommunityView.PATHWAY_CUTS -> "SBA label as cuts";
            default -> "no contact";
        };
    }

    /** Ties by kind, e.g. "household 2, kin 1, friend 3, neighbour 2, co-member 0". */
    public String getTies() {
        int[] byKind = new int[CommunityView.TIE_KINDS.length];
        for (int k = 0, d = view.degree(i); k < d; k++) {
            int kind = view.tieKind(i, k);
            if (kind >= 0 && kind < byKind.length) byKind[kind]++;
        }
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < byKind.length; k++)
            b.append(k == 0 ? "" : ", ").append(CommunityView.TIE_KINDS[k]).append(' ').append(byKind[k]);
        return b.toString();
    }

    public double getTieWeight() {
        double s = 0;
        for (int k = 0, d = view.degree(i); k < d; k++) s += view.weight(i, k);
        return s;
    }

    @Override public String toString() {
        return String.format(Locale.ROOT, "Person %d (age %d, N%d)", i, view.age(i), view.hood(i) + 1);
    }
}
