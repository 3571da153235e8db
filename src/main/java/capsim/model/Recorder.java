package capsim.model;

import capsim.scenario.ParamSet;

/**
 * Step 11: observation. Fills the week's row of {@link Measures}: the counts of the week's
 * {@link CareEvent}s and the measures computed from the model, as {@code Measures} declares
 * them; the ledger; and one pass over the population (means by domain and life stage, wellbeing,
 * unmet need, carer strain, looked-after children and long-term support, all also by
 * deprivation quintile where it makes sense).
 */
final class Recorder implements java.io.Serializable {
    private final CommunityModel m;
    private final int[][] agencyCol = new int[Agency.values().length][Measures.AGENCY_MEASURES.length];
    private final int[][] quintileCol = new int[5][Measures.QUINTILE_MEASURES.length];
    private final int[] needCol = new int[4];
    private final int[][] needStageCol = new int[4][3];
    /** Long-term support by age group (index: life stage - 1) and by primary support reason. */
    private final int[] ltsAgeCol = new int[2], ltsReasonCol = new int[Conditions.REASONS.length];
    private final double carerHours, unmetLevel;
    private final Wellbeing wellbeingScale;
    private final Measures.Counted[] counted = Measures.counted().toArray(new Measures.Counted[0]);
    private static final Measures.Computed[] COMPUTED = Measures.computed().toArray(new Measures.Computed[0]);  // the one list, not state

    /** The parameters, named only here (SettingsTest checks no other read). */
    record Settings(double carerHours, double unmetLevel) {
        static Settings read(ParamSet p) {
            return new Settings(
                    p.num("informal.carer_hours"),
                    p.num("measures.unmet_level"));
        }
    }

    Recorder(CommunityModel m) {
        this.m = m;
        for (Agency a : Agency.values())
            for (int k = 0; k < Measures.AGENCY_MEASURES.length; k++) agencyCol[a.ordinal()][k] = Measures.agency(a, Measures.AGENCY_MEASURES[k]);
        for (int q = 0; q < 5; q++)
            for (int k = 0; k < Measures.QUINTILE_MEASURES.length; k++) quintileCol[q][k] = Measures.index("q" + (q + 1) + "_" + Measures.QUINTILE_MEASURES[k]);
        for (int d = 0; d < 4; d++) {
            needCol[d] = col("need_" + Measures.DOMAINS[d]);
            for (int st = 0; st < 3; st++) needStageCol[d][st] = col("need_" + Measures.DOMAINS[d] + "_" + Measures.STAGES[st]);
        }
        for (int k = 0; k < 2; k++) ltsAgeCol[k] = col("asc_lts_" + Measures.ASC_AGES[k]);
        for (int r = 0; r < ltsReasonCol.length; r++) ltsReasonCol[r] = col("asc_lts_" + Conditions.REASONS[r]);
        Settings c = Settings.read(m.p);
        carerHours = c.carerHours();
        unmetLevel = c.unmetLevel();
        wellbeingScale = m.pop.wellbeingScale;
    }

    private static int col(String name) { return Measures.index(name); }

    /** By lastPathway (none, deficit, strengths, SBA as cuts): handled at all, and by the strengths-based pathway. */
    private static final int[] HANDLED = {0, 1, 1, 1}, STRENGTHS_BASED = {0, 0, 1, 0};


    /** Some domain's need that no support covers is at the unmet level (called for the few with high need). */
    private boolean unmet(Population pop, Services s, int i) {
        for (int d = 0; d < 4; d++) {
            double nd = pop.need[d][i];
            if (nd >= unmetLevel && nd * (1 - s.coverage(i, d)) >= unmetLevel) return true;
        }
        return false;
    }

    /** This week's carers (aged 5+, smoothed hours at informal.carer_hours), in slot order. */
    private int[] carerList = new int[0];

    /** Carers by real hours a week (20-49, 50+), sex, age and work, from the week's carers; and employment 16-64. */
    private void carerCounts(Population pop, int count, double[] row) {
        Carers cs = m.carers;
        int h20 = 0, h50 = 0, female = 0, adult = 0, older = 0, inWork = 0;
        for (int k = 0; k < count; k++) {
            int i = carerList[k];
            int band = cs.caringBand(pop.givenAvg[i]);
            if (band == 1) h20++;
            else if (band == 2) h50++;
            if (pop.female[i]) female++;
            int age = pop.age[i];
            if (age >= 65) older++;
            else if (age >= 18) adult++;
            if (pop.employed[i]) inWork++;
        }
        row[col("carers_20_49_hours")] = h20;
        row[col("carers_50_plus_hours")] = h50;
        row[col("carers_female")] = female;
        row[col("carers_18_64")] = adult;
        row[col("carers_65_plus")] = older;
        row[col("carers_in_work")] = inWork;
        row[col("population_16_64")] = cs.workingAge;
        row[col("employed_16_64")] = cs.employed;
    }

    private int[] quintileCache = new int[0];
    /** This week's people whose top need is at the unmet level. */
    private int[] highPeople = new int[0];

    private int[] quintiles() {
        if (quintileCache.length != m.hoods()) {
            quintileCache = new int[m.hoods()];
            for (int h = 0; h < quintileCache.length; h++) quintileCache[h] = m.quintile(h);
        }
        return quintileCache;
    }

    void record(double[] row) {
        java.util.Arrays.fill(row, 0);
        Services s = m.services;
        Ledger ledger = m.ledger;
        for (Agency a : Agency.values()) {
            int[] c = agencyCol[a.ordinal()];
            row[c[3]] = s.openCases(a);
            row[c[5]] = s.waiting(a);
            row[c[7]] = ledger.weekAgency(a);
        }
        CareEvents events = m.events;
        for (Measures.Counted k : counted) row[k.column()] = events.count(k.event(), k.agency());
        row[col("total_cost")] = ledger.weekTotal();
        row[col("training_cost")] = ledger.weekCategory(Ledger.Category.TRAINING);
        row[col("community_investment_cost")] = ledger.weekCategory(Ledger.Category.INVESTMENT);

        Population pop = m.pop;
        int n = 0, children, adults, older, carers = 0, kin = 0, cin = 0, cpp = 0, cla = 0, lts = 0, shortTerm = 0, careHome = 0, unmet = 0;
        double[] needSum = new double[4];
        double[][] needStage = new double[4][3];
        int[] stageCount = new int[3], ltsByStage = new int[3], ltsByReason = new int[Conditions.REASONS.length];
        double strengths = 0, dependency = 0, wellbeing = 0, strain = 0;
        int sba = 0, handled = 0;
        double[] qWell = new double[5], qUnmet = new double[5], qNeed = new double[5], qStrain = new double[5];
        int[] qCount = new int[5];
        byte[] cs = pop.caseState[Agency.CSC.ordinal()], as = pop.caseState[Agency.ASC.ordinal()],
                ms = pop.caseState[Agency.MH.ordinal()], hs = pop.caseState[Agency.HOUSING.ordinal()], lp = pop.lastPathway;
        boolean[] live = pop.live;
        int[] ages = pop.age, hoods = pop.hood;
        byte[] conditions = pop.condition, kinship = pop.kinship;
        float[] n0 = pop.need[0], n1 = pop.need[1], n2 = pop.need[2], n3 = pop.need[3];
        float[] str = pop.strengths, dep = pop.dependency, strn = pop.strain, sup = pop.support, gAvg = pop.givenAvg;
        // sums by life stage in a small array (measured faster than twelve register sums times 0/1,
        // which run out of registers in this loop)
        double[] stageNeed = new double[12];  // stage * 4 + domain
        int[] quintileOfHood = quintiles();
        // people sit in neighbourhood order, so a quintile's sums run in registers until it changes
        int cur = -1, qc = 0;
        if (highPeople.length < pop.size + 1) highPeople = new int[pop.size + pop.size / 8 + 1];
        if (carerList.length < pop.size + 1) carerList = new int[pop.size + pop.size / 8 + 1];
        int[] high = highPeople;
        int highCount = 0;
        double qw = 0, qn = 0, qs = 0;
        for (int i = 0, size = pop.size; i < size; i++) {
            if (!live[i]) continue;
            n++;
            int age = ages[i];
            int st = Population.stageByAge(age);
            stageCount[st]++;
            float f0 = n0[i], f1 = n1[i], f2 = n2[i], f3 = n3[i];
            double a0 = f0, a1 = f1, a2 = f2, a3 = f3;
            int b = st * 4;
            stageNeed[b] += a0;
            stageNeed[b + 1] += a1;
            stageNeed[b + 2] += a2;
            stageNeed[b + 3] += a3;
            double max = Population.max(f0, f1, f2, f3);
            double si = str[i], strainI = strn[i];
            double wb = wellbeingScale.score(a0, a1, a2, a3, max, si, strainI, sup[i]);
            strengths += si;
            dependency += dep[i];
            wellbeing += wb;
            strain += strainI;
            // counts by sign bits, not branches: a carer (hours at the level, aged 5+) is one person in twelve
            int carer = Population.atLeast(gAvg[i], carerHours) & Population.fiveOrOver(age);
            carers += carer;
            carerList[carers - carer] = i;  // the carers, kept for the counts by hours, sex, age and work after this loop
            kin += kinship[i] != 0 ? 1 : 0;  // rare: a well-predicted branch (cleared at 18)
            byte c = cs[i], ac = as[i];
            if ((c | ac) != 0) {
                if (c != 0 && c != Services.EARLY_HELP) {
                    cin++;
                    if (c == Services.CPP) cpp++;
                    else if (c == Services.CLA || c == Services.CLA_RESIDENTIAL) cla++;
                }
                if (ac != 0 && st > 0 && Services.longTermSupport(ac)) {
                    lts++;
                    ltsByStage[st]++;
                    ltsByReason[Conditions.reasonOf(conditions[i])]++;
                    if (ac == Services.CARE_HOME) careHome++;
                } else if (ac == Services.REABLEMENT || ac == Services.SHORT_TERM) shortTerm++;
            }
            int path = lp[i];
            handled += HANDLED[path];
            sba += STRENGTHS_BASED[path];
            int qi = quintileOfHood[hoods[i]];
            // whether need is unmet is settled after this loop, for the few at the level (appended without a branch)
            high[highCount] = i;
            highCount += Population.atLeast(max, unmetLevel);
            if (qi != cur) {
                if (cur >= 0) { qCount[cur] += qc; qWell[cur] += qw; qNeed[cur] += qn; qStrain[cur] += qs; }
                cur = qi;
                qc = 0;
                qw = qn = qs = 0;
            }
            qc++;
            qw += wb;
            qn += max;
            qs += strainI;
        }
        if (cur >= 0) { qCount[cur] += qc; qWell[cur] += qw; qNeed[cur] += qn; qStrain[cur] += qs; }
        float[] cover = pop.informalCover;
        for (int k = 0; k < highCount; k++) {
            int i = high[k];
            // no case and no informal help: nothing covers any need, so the top need (at the level) decides
            if (((cs[i] | as[i] | ms[i] | hs[i]) == 0 && cover[i] <= 0) || unmet(pop, s, i)) {
                unmet++;
                qUnmet[quintileOfHood[hoods[i]]]++;
            }
        }
        children = stageCount[0];
        adults = stageCount[1];
        older = stageCount[2];
        for (int d = 0; d < 4; d++) {
            for (int st = 0; st < 3; st++) {
                needStage[d][st] = stageNeed[st * 4 + d];
                needSum[d] += stageNeed[st * 4 + d];
            }
        }
        double inv = n > 0 ? 1.0 / n : 0;
        row[col("population")] = n;
        row[col("children")] = children;
        row[col("adults")] = adults;
        row[col("older")] = older;
        for (int d = 0; d < 4; d++) {
            row[needCol[d]] = needSum[d] * inv;
            for (int st = 0; st < 3; st++)
                row[needStageCol[d][st]] = stageCount[st] > 0 ? needStage[d][st] / stageCount[st] : 0;
        }
        row[col("strengths")] = strengths * inv;
        row[col("dependency")] = dependency * inv;
        row[col("wellbeing")] = wellbeing * inv;
        row[col("unmet_need")] = unmet * inv;
        row[col("carer_strain")] = strain * inv;
        row[col("carers")] = carers;
        row[col("kinship_care_children")] = kin;
        carerCounts(pop, carers, row);
        row[col("children_in_need")] = cin;
        row[col("child_protection_plans")] = cpp;
        row[col("children_looked_after")] = cla;
        row[col("adults_long_term_support")] = lts;
        row[col("population_18_64")] = adults;
        row[col("population_65_plus")] = older;
        for (int k = 0; k < 2; k++) row[ltsAgeCol[k]] = ltsByStage[k + 1];
        for (int r = 0; r < ltsReasonCol.length; r++) row[ltsReasonCol[r]] = ltsByReason[r];
        row[col("sba_share")] = handled > 0 ? sba / (double) handled : 0;
        int[] reviews = s.adults.reviewCounts();  // from the pending reviews, not the loop over everyone
        row[col("asc_overdue_reviews")] = reviews[0];
        row[col("asc_long_term_12m")] = reviews[1];
        row[col("asc_long_term_12m_reviewed")] = reviews[2];
        row[col("asc_short_term_support")] = shortTerm;
        row[col("asc_care_home")] = careHome;
        CommunityAssets as2 = m.assets;
        int places = 0, filled = 0, volunteers = 0;
        for (int a = 0; a < as2.count; a++) {
            places += (int) as2.places[a];
            filled += as2.filled[a];
            volunteers += as2.volunteers[a];
        }
        row[col("places")] = places;
        row[col("places_filled")] = filled;
        row[col("volunteers")] = volunteers;
        row[col("mean_degree")] = 2.0 * m.net.ties * inv;  // each tie has two ends, both alive (a death or move removes its ties)
        for (Measures.Computed f : COMPUTED) row[f.column()] = f.value().applyAsDouble(m);
        for (int q = 0; q < 5; q++) {
            int[] c = quintileCol[q];
            // a mean over nobody is missing, not 0 (written empty); crises and cost over nobody are truly 0
            double qi = qCount[q] > 0 ? 1.0 / qCount[q] : Double.NaN;
            row[c[0]] = qWell[q] * qi;
            row[c[1]] = qUnmet[q] * qi;
            row[c[2]] = qNeed[q] * qi;
            row[c[3]] = qStrain[q] * qi;
            row[c[4]] = events.crises(q);
            row[c[5]] = ledger.weekByQuintile[q];
        }
    }
}
