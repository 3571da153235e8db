package capsim.model;

import capsim.scenario.ParamSet;

/**
 * Carers' working lives (docs/ODD.md, "Carers' working lives"): whether a person aged 16-64 is
 * in work, drawn on arrival at the rate of their age band and sex and moved yearly so that
 * non-carers stay at it, while caring 20 or more real hours a week raises the chance of leaving
 * work and lowers the chance of entering it; Carer's Allowance, charged weekly to benefits
 * (DWP); and the earnings carers lose, a societal cost outside every budget. Employment feeds
 * back into nothing: caring capacity, needs and services are as they were without it.
 *
 * <p>Real hours are linear in model hours through two points ({@code carers.model_hours_20} and
 * {@code carers.model_hours_50}), a measurement mapping used only from 20 real hours up.
 */
final class Carers implements java.io.Serializable {
    /** Age bands of the employment rates: 16-24, 25-34, 35-49, 50-64. */
    static final int[] BAND_FROM = {16, 25, 35, 50};
    static final int WORK_FROM = 16, WORK_TO = 64;

    /** The parameters, named only here (SettingsTest checks no other read). */
    record Settings(double[] menRates, double[] womenRates, double exitRate, double exitFactor20, double exitFactor50,
            double entryFactor20, double entryFactor50, double modelHours20, double modelHours50, double carerHours, double inWorkLoss,
            double allowanceHours, int allowanceMaxAge, double takeup, double inWorkShare, double allowanceWeek,
            double earningsWeek) implements java.io.Serializable {
        static Settings read(ParamSet p) {
            String[] bands = {"16_24", "25_34", "35_49", "50_64"};
            double[] men = new double[4], women = new double[4];
            for (int b = 0; b < 4; b++) {
                men[b] = p.num("employment.rate_men_" + bands[b]);
                women[b] = p.num("employment.rate_women_" + bands[b]);
            }
            int priceYear = p.integer("costs.price_year");
            double inflation = p.num("costs.inflation");
            java.util.function.IntToDoubleFunction up = year -> Math.pow(1 + inflation, priceYear - year);
            return new Settings(men, women,
                    p.num("employment.exit_rate"),
                    p.num("employment.carer_exit_factor_20_49"),
                    p.num("employment.carer_exit_factor_50_plus"),
                    p.num("employment.carer_entry_factor_20_49"),
                    p.num("employment.carer_entry_factor_50_plus"),
                    p.num("carers.model_hours_20"),
                    p.num("carers.model_hours_50"),
                    p.num("informal.carer_hours"),
                    p.num("carers.in_work_earnings_loss"),
                    p.num("carers.allowance_hours"),
                    p.integer("carers.allowance_max_age"),
                    p.num("carers.allowance_takeup"),
                    p.num("carers.allowance_in_work_share"),
                    p.num("costs.carers_allowance_week") * up.applyAsDouble(p.integer("costs.carers_allowance_week_year")),
                    p.num("costs.median_weekly_earnings") * up.applyAsDouble(p.integer("costs.median_weekly_earnings_year")));
        }
    }

    private final CommunityModel m;
    private final Settings c;
    /** Model hours at 20, 35 and 50 real hours a week (never below the carer threshold, informal.carer_hours). */
    final float model20, model35, model50;
    /** People out of work because of caring, as the last yearly pass left them (a slot may since hold someone new: check the column). */
    private int[] outList = new int[64];
    private int outCount;
    /** People 16-64 and those of them in work, as the last yearly pass and the arrivals since left them. */
    int workingAge, employed;

    Carers(CommunityModel m) {
        this.m = m;
        this.c = Settings.read(m.p);
        model20 = (float) Math.max(c.carerHours(), c.modelHours20());
        model35 = (float) Math.max(model20, modelHours(c.allowanceHours(), c.modelHours20(), c.modelHours50()));
        model50 = (float) Math.max(model20, c.modelHours50());
    }

    /** Model hours that count as {@code real} hours a week, on the line through (at20, 20) and (at50, 50). */
    static double modelHours(double real, double at20, double at50) { return at20 + (real - 20) / 30 * (at50 - at20); }

    static int band(int age) {
        if (age < WORK_FROM || age > WORK_TO) return -1;
        int b = 0;
        while (b + 1 < BAND_FROM.length && age >= BAND_FROM[b + 1]) b++;
        return b;
    }

    /** The sourced employment rate of a person's band and sex (0 outside 16-64). */
    double rate(int age, boolean female) {
        int b = band(age);
        return b < 0 ? 0 : female ? c.womenRates()[b] : c.menRates()[b];
    }

    /** Caring band by smoothed model hours given: 0 under 20 real hours, 1 for 20-49, 2 for 50+. */
    int caringBand(float modelHours) { return modelHours >= model50 ? 2 : modelHours >= model20 ? 1 : 0; }

    /** A person arriving at 16-64 (built, a newcomer, a child turning 16): in work at their band's rate, by a keyed draw. */
    void arrive(int i) {
        Population pop = m.pop;
        pop.outForCare[i] = false;
        int age = pop.age[i];
        if (band(age) < 0) { pop.employed[i] = false; return; }
        pop.employed[i] = m.rng.u(Rng.EMPLOYMENT, 0, pop.id[i]) < rate(age, pop.female[i]);
        workingAge++;
        if (pop.employed[i]) employed++;
    }

    /** Bits of a person's state after a yearly move: {@link #EMPLOYED} and {@link #OUT_FOR_CARE}. */
    static final int EMPLOYED = 1, OUT_FOR_CARE = 2;

    /**
     * The yearly rule, for one person aged 17-64 with draw {@code u}: in work, they leave with
     * chance {@code exit x exitFactor} (left because of caring when the draw falls in the part the
     * factor adds); out of work, they enter with chance {@code entry x entryFactor}, where entry =
     * exit x rate / (1 - rate) holds non-carers at the rate (out because of caring when the draw
     * falls in the part the factor takes away; the mark stays while they still care 20+ hours).
     */
    static int transition(boolean employed, boolean outForCare, double u, double rate, double exit, double exitFactor,
                          double entryFactor, boolean caring20) {
        if (employed) {
            if (u >= exit * exitFactor) return EMPLOYED;
            return u >= exit ? OUT_FOR_CARE : 0;
        }
        double entry = rate >= 1 ? 1 : Math.min(1, exit * rate / (1 - rate));
        if (u < entry * entryFactor) return EMPLOYED;
        if (u < entry) return OUT_FOR_CARE;
        return outForCare && caring20 ? OUT_FOR_CARE : 0;
    }

    /** The year's moves in and out of work, after ageing, deaths and moves and before births and newcomers (who arrive). */
    void year(int year) {
        Population pop = m.pop;
        workingAge = employed = outCount = 0;
        for (int i = 0; i < pop.size; i++) {
            if (!pop.live[i]) continue;
            int age = pop.age[i];
            if (age == WORK_FROM) { arrive(i); continue; }
            if (age < WORK_FROM) continue;
            if (age > WORK_TO) { pop.employed[i] = false; pop.outForCare[i] = false; continue; }
            int cb = caringBand(pop.givenAvg[i]);
            double ef = cb == 2 ? c.exitFactor50() : cb == 1 ? c.exitFactor20() : 1;
            double nf = cb == 2 ? c.entryFactor50() : cb == 1 ? c.entryFactor20() : 1;
            int s = transition(pop.employed[i], pop.outForCare[i], m.rng.u(Rng.EMPLOYMENT, year, pop.id[i]),
                    rate(age, pop.female[i]), c.exitRate(), ef, nf, cb > 0);
            pop.employed[i] = (s & EMPLOYED) != 0;
            pop.outForCare[i] = (s & OUT_FOR_CARE) != 0;
            workingAge++;
            if (pop.employed[i]) employed++;
            if (pop.outForCare[i]) {
                if (outCount == outList.length) outList = java.util.Arrays.copyOf(outList, outCount * 2);
                outList[outCount++] = i;
            }
        }
    }

    /**
     * Whether a carer is paid Carer's Allowance this week: aged 16 to below the pension age,
     * caring at least the allowance's hours, and either out of work or in work under the
     * earnings limit (a lasting trait); and they claim (another lasting trait).
     */
    static boolean allowancePaid(int age, int maxAge, float modelHours, float model35, boolean employed, boolean underLimit,
                                 boolean claims) {
        return age >= WORK_FROM && age < maxAge && modelHours >= model35 && (!employed || underLimit) && claims;
    }

    /**
     * The week's allowance and lost earnings, for the people {@link InformalSupport} found caring
     * 20 or more real hours ({@code who[0..count)}) and those out of work because of caring.
     */
    void week(int[] who, int count) {
        Population pop = m.pop;
        Rng rng = m.rng;
        double lost = 0, loss = c.inWorkLoss() * c.earningsWeek();
        for (int k = 0; k < count; k++) {
            int i = who[k];
            boolean emp = pop.employed[i];
            if (emp) lost += loss;
            if (pop.givenAvg[i] >= model35 && allowancePaid(pop.age[i], c.allowanceMaxAge(), pop.givenAvg[i], model35, emp,
                    rng.u(Rng.CARERS_ALLOWANCE, 1, pop.id[i]) < c.inWorkShare(), rng.u(Rng.CARERS_ALLOWANCE, 0, pop.id[i]) < c.takeup()))
                m.ledger.charge(Agency.BENEFITS, Ledger.Category.BENEFIT, c.allowanceWeek(), i);
        }
        for (int k = 0; k < outCount; k++) {
            int i = outList[k];
            if (pop.live[i] && pop.outForCare[i]) lost += c.earningsWeek();
        }
        m.counters.lostEarnings = lost;
    }
}
