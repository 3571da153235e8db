package capsim.model;

import capsim.scenario.ParamSet;

/**
 * Children living with relatives or friends rather than a parent, and the legal steps that
 * put them there. Arrangements (the child's {@code Population.kinship}):
 * <ul>
 *   <li>{@link #INFORMAL}: parents cannot care (FamilyLife) or have died, and kin take the
 *       child in, outside the care system;</li>
 *   <li>{@link #KIN_FOSTER}: a looked-after child placed with family or friends as foster
 *       carers (kinship.foster_share of foster placements, where kin can take the child);</li>
 *   <li>{@link #SGO} and {@link #CAO}: a child leaving care to permanence under a special
 *       guardianship or child arrangements order to kin, who receive an allowance
 *       (kinship.*_allowance_share) charged to children's social care until the child is 18.</li>
 * </ul>
 * A child who goes to kin moves into the carer's household: the carer's hours, strain and work
 * then follow from the same mechanisms as any carer's. Either pathway meets the same rules.
 */
final class KinshipCare implements java.io.Serializable {
    static final byte INFORMAL = 1, KIN_FOSTER = 2, SGO = 3, CAO = 4;

    private final CommunityModel m;
    private final Settings c;
    /** Children under an order with an allowance: slot and id (a slot whose id changed is a new person). */
    private int[] paidSlot = new int[64];
    private long[] paidId = new long[64];
    private double[] paidWeek = new double[64];
    private int paid;

    /** The parameters, named only here (SettingsTest checks no other read). */
    record Settings(double fosterShare, double sgoShare, double caoShare, double sgoAllowanceShare, double caoAllowanceShare,
            double allowanceWeek, int carerMinAge, int carerMaxAge) implements java.io.Serializable {
        static Settings read(ParamSet p) {
            return new Settings(
                    p.num("kinship.foster_share"),
                    p.num("kinship.sgo_share_of_permanence"),
                    p.num("kinship.cao_share_of_permanence"),
                    p.num("kinship.sgo_allowance_share"),
                    p.num("kinship.cao_allowance_share"),
                    p.num("costs.kinship_allowance_week"),
                    p.integer("kinship.carer_min_age"),
                    p.integer("kinship.carer_max_age"));
        }
    }

    KinshipCare(CommunityModel m) {
        this.m = m;
        this.c = Settings.read(m.p);
    }

    /** The children at home of parent i go to one kin carer, informally (FamilyLife's draw). */
    void toKin(int parent, FamilyLife family) {
        Population pop = m.pop;
        int h = pop.household[parent];
        int carer = -1;
        int[] kids = children(h, parent);
        for (int k : kids) if (carer < 0) carer = family.kinCarer(k, c.carerMinAge(), c.carerMaxAge());
        if (carer < 0) return;
        for (int k : kids) place(k, carer, INFORMAL, family, true);
    }

    /** Orphaned children of household h (no adult left): to kin; else, in a run, into care; else they leave the area. */
    void orphans(int h, FamilyLife family, boolean ties, boolean run) {
        Population pop = m.pop;
        int[] kids = java.util.Arrays.copyOf(m.households.members[h], m.households.size[h]);
        int carer = -1;
        if (ties) for (int k : kids) if (carer < 0) carer = family.kinCarer(k, c.carerMinAge(), c.carerMaxAge());
        for (int k : kids) {
            if (carer >= 0) place(k, carer, INFORMAL, family, ties);
            else if (run) { if (!lookedAfter(k)) m.services.children.openCla(k); }
            else m.demography.leaveArea(k);
        }
    }

    private int[] children(int h, int parent) {
        Population pop = m.pop;
        int[] out = new int[m.households.size[h]];
        int n = 0;
        for (int k = 0; k < m.households.size[h]; k++) {
            int j = m.households.members[h][k];
            if (pop.age[j] < 18 && pop.age[parent] - pop.age[j] >= 16 && !lookedAfter(j)) out[n++] = j;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private boolean lookedAfter(int i) {
        byte s = m.pop.caseState[Agency.CSC.ordinal()][i];
        return s == Services.CLA || s == Services.CLA_RESIDENTIAL;
    }

    private void place(int child, int carer, byte arrangement, FamilyLife family, boolean ties) {
        Population pop = m.pop;
        family.move(child, pop.household[carer], pop.hood[carer], ties);
        pop.kinship[child] = arrangement;
        m.events.raise(CareEvent.KINSHIP_PLACEMENT, child);
    }

    /** A child entering foster care: with kin as foster carers (kinship.foster_share), where kin can take them. */
    void fosterPlacement(int i) {
        if (m.rng.u(Rng.KINSHIP_ORDER, 0, m.pop.id[i]) >= c.fosterShare()) return;
        if (m.family.kinCarer(i, c.carerMinAge(), c.carerMaxAge()) >= 0) m.pop.kinship[i] = KIN_FOSTER;
    }

    /**
     * A looked-after child leaving care to permanence: a special guardianship or child
     * arrangements order (kinship.*_share_of_permanence) to kin where kin can take the child,
     * else to the foster carers; or adoption. Outside kin, the child stays where the model holds
     * them, as before. True if kin took the child.
     */
    boolean permanence(int i) {
        Population pop = m.pop;
        double u = m.rng.u(Rng.KINSHIP_ORDER, 1, pop.id[i]);
        byte order = u < c.sgoShare() ? SGO : u < c.sgoShare() + c.caoShare() ? CAO : 0;
        pop.kinship[i] = 0;
        if (order == 0) return false;
        // to kin where kin can take the child; else to the foster carers (about one order in ten, DfE), who stay outside the model's households
        int carer = m.family.kinCarer(i, c.carerMinAge(), c.carerMaxAge());
        if (carer >= 0) place(i, carer, order, m.family, true);
        if (order == SGO) m.events.raise(CareEvent.SPECIAL_GUARDIANSHIP, Agency.CSC, i);
        double share = order == SGO ? c.sgoAllowanceShare() : c.caoAllowanceShare();
        if (m.rng.u(Rng.KINSHIP_ORDER, 2, pop.id[i]) < share) pay(i);
        return carer >= 0;
    }

    private void pay(int i) {
        if (paid == paidSlot.length) {
            paidSlot = java.util.Arrays.copyOf(paidSlot, paid * 2);
            paidId = java.util.Arrays.copyOf(paidId, paid * 2);
            paidWeek = java.util.Arrays.copyOf(paidWeek, paid * 2);
        }
        paidSlot[paid] = i;
        paidId[paid] = m.pop.id[i];
        paidWeek[paid++] = c.allowanceWeek();
    }

    /** Each week: the allowances, to children's social care, until the child is 18 (or leaves the area). */
    void week() {
        Population pop = m.pop;
        int k = 0;
        for (int j = 0; j < paid; j++) {
            int i = paidSlot[j];
            if (!pop.live[i] || pop.id[i] != paidId[j] || pop.age[i] >= 18) continue;
            m.ledger.charge(Agency.CSC, Ledger.Category.PLACEMENT, paidWeek[j], i);
            paidSlot[k] = i;
            paidId[k] = paidId[j];
            paidWeek[k++] = paidWeek[j];
        }
        paid = k;
    }

    /** Children under 18 living in kinship care of any arrangement. */
    int count() {
        Population pop = m.pop;
        int n = 0;
        for (int i = 0; i < pop.size; i++) if (pop.live[i] && pop.kinship[i] != 0 && pop.age[i] < 18) n++;
        return n;
    }

    /** Children whose allowance is being paid. */
    int allowances() { return paid; }
}
