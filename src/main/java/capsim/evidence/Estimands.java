package capsim.evidence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * How each row of the evidence table is computed from the counters of the virtual studies,
 * pooled over replications. Proportions and differences are in percentage points, relative
 * changes as fractions (-0.28 is a fall of 28%), gradients as rate ratios.
 */
public final class Estimands {
    private Estimands() {}

    private static final String FGC = "family-group-conference/fgc.", CLS = "community-led-support/cluster.",
            SOS = "signs-of-safety/cluster.", SP = "social-prescribing/sp.", HO = "social-prescribing/held_out.", BA = "before-after/";

    /** Row id to its computation, in table order. */
    public static final Map<String, ToDoubleFunction<Counts>> ALL = table();

    private static Map<String, ToDoubleFunction<Counts>> table() {
        Map<String, ToDoubleFunction<Counts>> t = new LinkedHashMap<>();
        t.put("fgc_in_care_12m", c -> 100 * (c.ratio(FGC + "treated.in_care_12m", FGC + "treated.followed")
                - c.ratio(FGC + "control.in_care_12m", FGC + "control.followed")));
        t.put("fgc_control_in_care_12m", c -> 100 * c.ratio(FGC + "control.in_care_12m", FGC + "control.followed"));
        t.put("fgc_proceedings", c -> 100 * (c.ratio(FGC + "treated.proceedings_12m", FGC + "treated.followed")
                - c.ratio(FGC + "control.proceedings_12m", FGC + "control.followed")));
        t.put("fgc_control_proceedings", c -> 100 * c.ratio(FGC + "control.proceedings_12m", FGC + "control.followed"));
        t.put("cls_long_term_share", c -> 100 * did(c, CLS, "long_term_starts", "requests"));
        t.put("sos_re_referral", c -> 100 * did(c, SOS, "re_referrals", "referrals"));
        t.put("fs_plans", c -> c.ratio(BA + "plan_weeks.after", BA + "plan_weeks.before") - 1);
        t.put("sp_controlled", c -> c.ratio(SP + "treated.gp_after", SP + "treated.followed")
                / c.ratio(SP + "control.gp_after", SP + "control.followed") - 1);
        t.put("sp_uncontrolled_referred", c -> c.ratio(SP + "treated.gp_after", SP + "treated.gp_before") - 1);
        t.put("sp_uncontrolled_unreferred", c -> c.ratio(SP + "control.gp_after", SP + "control.gp_before") - 1);
        t.put("three_conversations_long_term", c -> c.ratio(BA + "long_term_starts.after", BA + "long_term_starts.before") - 1);
        t.put("held_out_deprivation", c -> c.ratio(HO + "plan_or_care.decile1", HO + "children.decile1")
                / c.ratio(HO + "plan_or_care.decile10", HO + "children.decile10"));
        t.put("held_out_asc_spend_18_64", c -> c.ratio(HO + "asc_cost.18_64", HO + "asc_cost.adults"));
        t.put("held_out_learning_disability_share_18_64", c -> c.ratio(HO + "long_term.18_64_learning_disability", HO + "long_term.18_64"));
        t.put("held_out_living_with_parents_30_34", c -> c.ratio(HO + "households.with_parents_30_34", HO + "households.population_30_34"));
        t.put("held_out_one_person_households", c -> c.ratio(HO + "households.one_person_households", HO + "households.households"));
        return java.util.Collections.unmodifiableMap(t);
    }

    /** The virtual study whose runs a row needs (from the counters it reads). */
    public static VirtualStudy studyOf(String id) {
        if (id.startsWith("fgc_")) return VirtualStudy.FAMILY_GROUP_CONFERENCE;
        if (id.startsWith("cls_")) return VirtualStudy.COMMUNITY_LED_SUPPORT;
        if (id.startsWith("sos_")) return VirtualStudy.SIGNS_OF_SAFETY;
        if (id.startsWith("sp_") || id.startsWith("held_out_")) return VirtualStudy.SOCIAL_PRESCRIBING;
        if (ALL.containsKey(id)) return VirtualStudy.BEFORE_AFTER;
        throw new IllegalArgumentException("no evidence row " + id);
    }

    /** Difference in differences of a share num/den: (treated after - before) - (control after - before). */
    static double did(Counts c, String p, String num, String den) {
        double t = c.ratio(p + "treated.after." + num, p + "treated.after." + den) - c.ratio(p + "treated.before." + num, p + "treated.before." + den);
        double k = c.ratio(p + "control.after." + num, p + "control.after." + den) - c.ratio(p + "control.before." + num, p + "control.before." + den);
        return t - k;
    }

    /**
     * The estimate on the pooled counters and its 95% interval by the jackknife over replications
     * (each replication a whole virtual trial): estimate ± t(0.975, R-1) x the jackknife standard error.
     */
    public static double[] estimate(ToDoubleFunction<Counts> f, java.util.List<Counts> reps) {
        double point = f.applyAsDouble(Counts.sum(reps, -1));
        int r = reps.size();
        if (r < 2) return new double[]{point, Double.NaN, Double.NaN};
        double[] loo = new double[r];
        double mean = 0;
        for (int k = 0; k < r; k++) {
            loo[k] = f.applyAsDouble(Counts.sum(reps, k));
            mean += loo[k] / r;
        }
        double ss = 0;
        for (double v : loo) ss += (v - mean) * (v - mean);
        double se = Math.sqrt((r - 1.0) / r * ss);
        double t = new org.apache.commons.math3.distribution.TDistribution(r - 1).inverseCumulativeProbability(0.975);
        return new double[]{point, point - t * se, point + t * se};
    }
}
