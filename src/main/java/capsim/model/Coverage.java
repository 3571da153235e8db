package capsim.model;

import capsim.scenario.ParamSet;

/**
 * How much of a person's need support covers this week: the formal share by case state (a
 * placement nearly all, a plan or package most, lighter help less; SBA-as-cuts packages less)
 * and the informal share (hours received against hours asked). Crises (step 8), unmet need and
 * frailty are driven by the uncovered rest.
 */
final class Coverage implements java.io.Serializable {
    /** The agency whose cases cover each need domain. */
    private static final int[] DOMAIN_AGENCY = {Agency.CSC.ordinal(), Agency.ASC.ordinal(), Agency.MH.ordinal(), Agency.HOUSING.ordinal()};
    private final Population pop;
    private final Services s;
    private final double placement;
    private final double[][] formalByState;

    /** The parameters, named only here (SettingsTest checks no other read). */
    record Settings(double placement, double formalProtection, double cinProtection, double earlyHelpProtection,
            double shortTermProtection) {
        static Settings read(ParamSet p) {
            return new Settings(
                    p.num("crisis.placement_protection"),
                    p.num("crisis.formal_protection"),
                    p.num("agencies.csc.cin_protection"),
                    p.num("agencies.csc.early_help_protection"),
                    p.num("agencies.asc.short_term_protection"));
        }
    }

    Coverage(Services s, Settings c) {
        this.s = s;
        this.pop = s.pop;
        placement = c.placement();
        formalByState = formalByState(c);
    }

    /**
     * Share of person i's need in domain d that support covers this week: a package or placement
     * at the agency for that domain (scaled down under SBA as cuts), and the informal hours received
     * against those asked.
     */
    double of(int i, int d) {
        byte c = pop.caseState[DOMAIN_AGENCY[d]][i];
        double cover = pop.informalCover[i];
        if (cover <= 0 && c == 0) return 0;  // the common case: nothing covers it
        double formal = formalByState[d][c];
        if (formal > 0 && formal < placement && pop.lastPathway[i] == Services.CUTS) formal *= 1 - s.cutsCut;
        double informal = d != Population.LIVING && (d != Population.SAFETY || pop.age[i] < 18) ? cover : 0;
        return 1 - (1 - formal) * (1 - informal);
    }

    /** Share of need in a domain that a case in each state covers: placements nearly all, plans and packages most, lighter help less. */
    private double[][] formalByState(Settings c) {
        double fp = c.formalProtection();
        double[][] t = new double[4][Services.STATES];
        t[Population.SAFETY][Services.CIN] = fp * c.cinProtection();
        t[Population.SAFETY][Services.EARLY_HELP] = fp * c.earlyHelpProtection();
        t[Population.SAFETY][Services.CPP] = fp;
        t[Population.SAFETY][Services.CLA] = placement;
        t[Population.SAFETY][Services.CLA_RESIDENTIAL] = placement;
        t[Population.HEALTH][Services.REABLEMENT] = fp;
        t[Population.HEALTH][Services.HOME_CARE] = fp;
        t[Population.HEALTH][Services.CARE_HOME] = placement;
        t[Population.HEALTH][Services.SUPPORTED_LIVING] = placement;
        t[Population.HEALTH][Services.SHARED_LIVES] = placement;
        t[Population.HEALTH][Services.SHORT_TERM] = fp * c.shortTermProtection();
        t[Population.MENTAL][Services.MH_OPEN] = fp;
        t[Population.LIVING][Services.PREVENTION] = fp;
        t[Population.LIVING][Services.TEMPORARY_ACCOMMODATION] = placement;
        return t;
    }
}
