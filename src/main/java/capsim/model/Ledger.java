package capsim.model;

/**
 * The cost ledger: every pound is charged once, to exactly one agency, under one category,
 * and (where it is spent on a person) to that person's deprivation quintile and life stage
 * (child, 18-64, 65+). Weekly totals are read by the recorder and then cleared; running totals
 * let tests check the books balance.
 */
public final class Ledger implements java.io.Serializable {
    public enum Category { CONTACT, ASSESSMENT, PACKAGE, CRISIS, PLACEMENT, TRAINING, INVESTMENT, GRANT, BENEFIT }

    final double[] weekByAgency = new double[Agency.values().length];
    final double[] weekByCategory = new double[Category.values().length];
    final double[] weekByQuintile = new double[5];
    /** Adult social care's charges this week by the person's life stage (0 child, 1 18-64, 2 65+). */
    final double[] weekAscByStage = new double[3];
    double weekTotal;
    final double[] runByAgency = new double[Agency.values().length];
    double runTotal;

    private final CommunityModel m;
    private ChargeListener[] listeners = new ChargeListener[0];

    Ledger(CommunityModel m) { this.m = m; }

    /** Told each charge spent on a person, as it is made (a view's life stories); a listener must not charge. */
    public interface ChargeListener { void charged(Agency payer, Category category, double amount, int person); }

    /** Adds a listener to every charge on a person (add before the run starts to see them all). */
    public void addChargeListener(ChargeListener l) {
        listeners = java.util.Arrays.copyOf(listeners, listeners.length + 1);
        listeners[listeners.length - 1] = l;
    }

    /** A charge to {@code payer}, spent on the person in slot {@code person} (-1: on no one, such as training or grants). */
    void charge(Agency payer, Category c, double amount, int person) {
        if (amount == 0) return;
        if (!(amount > 0) || Double.isInfinite(amount)) throw new IllegalStateException("bad charge " + amount + " to " + payer);
        weekByAgency[payer.ordinal()] += amount;
        weekByCategory[c.ordinal()] += amount;
        if (person >= 0) {
            weekByQuintile[m.quintileOf(person)] += amount;
            if (payer == Agency.ASC) weekAscByStage[Population.stageByAge(m.pop.age[person])] += amount;
            for (ChargeListener l : listeners) l.charged(payer, c, amount, person);
        }
        weekTotal += amount;
        runByAgency[payer.ordinal()] += amount;
        runTotal += amount;
    }

    void clearWeek() {
        java.util.Arrays.fill(weekByAgency, 0);
        java.util.Arrays.fill(weekByCategory, 0);
        java.util.Arrays.fill(weekByQuintile, 0);
        java.util.Arrays.fill(weekAscByStage, 0);
        weekTotal = 0;
    }

    public double weekAgency(Agency a) { return weekByAgency[a.ordinal()]; }
    public double weekCategory(Category c) { return weekByCategory[c.ordinal()]; }
    public double weekTotal() { return weekTotal; }
    /** Adult social care's charges this week on people of a life stage (0 child, 1 18-64, 2 65+). */
    public double weekAscByStage(int stage) { return weekAscByStage[stage]; }
    public double runAgency(Agency a) { return runByAgency[a.ordinal()]; }
    public double runTotal() { return runTotal; }
}
