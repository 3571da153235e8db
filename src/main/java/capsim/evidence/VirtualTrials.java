package capsim.evidence;

import capsim.model.Agency;
import capsim.model.CareEvent;
import capsim.model.CareListener;
import capsim.model.CommunityModel;
import capsim.model.Conditions;
import capsim.model.Interventions;
import capsim.model.Population;
import capsim.model.PracticeGate;
import capsim.model.Services;
import capsim.scenario.ParamSet;
import capsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A study run inside the model ({@code trial.design}; {@code none} in every scenario, where this
 * class draws nothing and changes nothing). Allocation is by a keyed draw on a stream of its own
 * (a person's or a neighbourhood's id), so it does not disturb any other draw; both arms have the
 * same services. The designs:
 * <ul>
 *   <li>{@code fgc}: a child on a protection plan whose safety need reaches the pre-proceedings
 *       level ({@code trial.pre_proceedings} of the care threshold) is enrolled once; the treated
 *       arm has a family group conference (the family network convened and mobilised, at the
 *       conference's cost: the same network activation strengths-based practice uses, nothing
 *       else of that practice). Both arms are at the pre-proceedings stage of the Public Law
 *       Outline: the decision to issue proceedings waits {@code trial.pre_proceedings_weeks} and
 *       is then made on need as it is, as the trial's usual practice did.
 *       Followed 52 weeks: in care then, and care entered meanwhile (proceedings issued).</li>
 *   <li>{@code cluster}: neighbourhoods are allocated; strengths-based practice of
 *       {@code trial.cluster_agency} happens only in treated ones (before and after the switch:
 *       difference in differences). Counted by arm and period: new clients' requests and long-term
 *       starts (adults), referrals and re-referrals within 12 months (children).</li>
 *   <li>{@code social-prescribing}: at the end of reported year 1 adults with the highest GP use
 *       ({@code trial.sp_high_use_share}) are enrolled; the treated arm is referred to a link
 *       worker (a community place, if one is free). GP consultations in year 1 and year 2.</li>
 * </ul>
 * With any design, reported year 1 also yields the held-out gradients (children on a plan or in
 * care by neighbourhood deprivation decile; adults in long-term support by age), in person-weeks.
 * Results are named counters ({@link #counts()}), summed over replications by {@link TrialRuns}.
 *
 * <p>The model holds no trial code: the study listens to the model's {@link CareEvent}s, limits
 * where practice happens through a {@link PracticeGate} (cluster), and acts on enrolled people
 * only through {@link Interventions}, the model's own mechanisms. Allocation draws come from
 * the model's allocation streams ({@link CommunityModel#allocationDraw}).
 */
public final class VirtualTrials implements CareListener, PracticeGate {
    public static final String NONE = "none", FGC = "fgc", CLUSTER = "cluster", SOCIAL_PRESCRIBING = "social-prescribing";
    private static final int FOLLOW_UP = Scenario.WEEKS_PER_YEAR;

    private final CommunityModel m;
    private final Population pop;
    private final Interventions act;
    final String design;
    final boolean on;
    private final int minAge;
    private final double armShare, preProceedings, highUseShare;
    private final int preProceedingsWeeks;
    private final Agency clusterAgency;
    private final SortedMap<String, long[]> counts = new TreeMap<>();
    private boolean[] hoodTreated;

    // fgc: enrolments in week order, and where each enrolled child's record is
    private final List<long[]> enrolled = new ArrayList<>();  // {id, slot, week, arm, careEntered}
    private final Map<Long, long[]> byId = new HashMap<>();
    private int followed;

    // social prescribing: consultations this year by slot (with the id they belong to), and the enrolled
    private int[] gpCount = new int[0];
    private long[] gpId = new long[0];
    private final List<long[]> cohort = new ArrayList<>();    // {id, slot, arm, consultations in year 1}

    /** The study of the model's scenario ({@code trial.design}), listening to the model; call before start. */
    public static VirtualTrials attach(CommunityModel m) {
        VirtualTrials t = new VirtualTrials(m, m.scenario().params());
        if (t.on) m.addCareListener(t);
        if (t.design.equals(CLUSTER)) m.setPracticeGate(t);
        return t;
    }

    private VirtualTrials(CommunityModel m, ParamSet p) {
        this.m = m;
        this.pop = m.population();
        this.act = m.interventions();
        design = p.has("trial.design") ? p.str("trial.design") : NONE;
        on = !design.equals(NONE);
        armShare = p.num("trial.arm_share");
        preProceedings = p.num("trial.pre_proceedings");
        preProceedingsWeeks = p.integer("trial.pre_proceedings_weeks");
        highUseShare = p.num("trial.sp_high_use_share");
        clusterAgency = Agency.byCode(p.str("trial.cluster_agency"));
        minAge = Math.max(18, p.integer("community.min_age"));
    }

    /** Named counters of this run's trial (person-weeks for the gradients); empty without a design. */
    public SortedMap<String, Long> counts() {
        SortedMap<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v[0]));
        return out;
    }

    private void add(String key, long n) { counts.computeIfAbsent(key, k -> new long[1])[0] += n; }

    private boolean treated(boolean byNeighbourhood, long key) { return m.allocationDraw(byNeighbourhood, key) < armShare; }

    private static String arm(boolean treated) { return treated ? "treated" : "control"; }

    // ------------------------------------------------------------ cluster

    /** Whether strengths-based practice may happen for person i at agency a: outside a cluster trial always. */
    @Override
    public boolean allows(Agency a, int i) {
        if (!design.equals(CLUSTER) || a != clusterAgency) return true;
        if (hoodTreated == null) {
            hoodTreated = new boolean[m.hoods()];
            for (int h = 0; h < hoodTreated.length; h++) hoodTreated[h] = treated(true, h);
        }
        return hoodTreated[pop.hood(i)];
    }

    private String period() {
        return m.weeksSinceSwitch() <= 0 ? "before" : "after";
    }

    @Override
    public void on(CareEvent e, Agency a, int i) {
        switch (e) {
            case REQUEST, RE_REFERRAL -> { if (a == clusterAgency) request(e, a, i); }
            case LONG_TERM_STARTED -> longTermStart(i);
            case CARE_ENTERED -> enteredCare(i);
            case CARE_PROCEEDINGS -> proceedingsIssued(i);
            case CONTACT -> { if (a == Agency.GP) gpConsultation(i); }
            default -> { }
        }
    }

    /** A new request at the cluster agency's front door (not a person already open or waiting), or a child's re-referral. */
    private void request(CareEvent e, Agency a, int i) {
        if (!design.equals(CLUSTER) || m.reportedWeek() < 1) return;
        String k = "cluster." + arm(allows(a, i)) + "." + period();
        if (e == CareEvent.RE_REFERRAL) add(k + ".re_referrals", 1);
        else if (a == Agency.ASC) {
            int st = pop.caseState(i, Agency.ASC);
            if (Services.longTermSupport(st)) return;  // not a new client
            add(k + ".requests", 1);
        } else add(k + ".referrals", 1);
    }

    /** An adult starts long-term support (home care or a care home). */
    private void longTermStart(int i) {
        if (!design.equals(CLUSTER) || clusterAgency != Agency.ASC || m.reportedWeek() < 1) return;
        add("cluster." + arm(allows(Agency.ASC, i)) + "." + period() + ".long_term_starts", 1);
    }

    // ------------------------------------------------------------ family group conference

    /** A child on a protection plan this week, with safety need {@code need} and the care threshold in force. */
    @Override
    public void childOnPlan(int i, double need, double careThreshold) {
        if (!design.equals(FGC) || need < preProceedings * careThreshold) return;
        int rw = m.reportedWeek();
        if (rw < 1 || rw > m.scenario().reportedWeeks() - FOLLOW_UP) return;  // enrol only where 52 weeks of follow-up remain
        long id = pop.id(i);
        if (byId.containsKey(id)) return;  // once per child
        boolean t = treated(false, id);
        long[] rec = {id, i, m.week(), t ? 1 : 0, 0, 0};
        enrolled.add(rec);
        byId.put(id, rec);
        add("fgc." + arm(t) + ".enrolled", 1);
        // both arms: the pre-proceedings stage (Public Law Outline), whose weeks give the family time before the decision on proceedings
        act.preProceedings(i, preProceedingsWeeks);
        // the treated arm: a family group conference convenes and mobilises the family network
        if (t) act.familyGroupConference(i);
    }

    /** Care proceedings issued for a child (ChildrenCases): the trial's second outcome. */
    private void proceedingsIssued(int i) {
        if (!design.equals(FGC)) return;
        long[] rec = byId.get(pop.id(i));
        if (rec != null && m.week() - rec[2] <= FOLLOW_UP) rec[5] = 1;
    }

    /** A child enters care. */
    private void enteredCare(int i) {
        if (!design.equals(FGC)) return;
        long[] rec = byId.get(pop.id(i));
        if (rec != null && m.week() - rec[2] <= FOLLOW_UP) rec[4] = 1;
    }

    // ------------------------------------------------------------ social prescribing

    /** A GP consultation (counted for the year's selection and the enrolled's follow-up). */
    private void gpConsultation(int i) {
        if (!design.equals(SOCIAL_PRESCRIBING)) return;
        int rw = m.reportedWeek();
        if (rw < 1 || rw > 2 * Scenario.WEEKS_PER_YEAR) return;
        if (gpCount.length <= i) {
            int n = Math.max(i + 1, pop.slots());
            gpCount = java.util.Arrays.copyOf(gpCount, n);
            gpId = java.util.Arrays.copyOf(gpId, n);
        }
        if (gpId[i] != pop.id(i)) { gpId[i] = pop.id(i); gpCount[i] = 0; }  // a reused slot starts again
        gpCount[i]++;
    }

    /** End of reported year 1: pick the highest GP users eligible for a link worker, allocate, refer the treated. */
    private void selectHighUsers() {
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < Math.min(pop.slots(), gpCount.length); i++)
            if (pop.alive(i) && gpId[i] == pop.id(i) && pop.age(i) >= minAge && pop.asset(i) == Population.NO_ASSET) eligible.add(i);
        int adults = 0;
        for (int i = 0; i < pop.slots(); i++) if (pop.alive(i) && pop.age(i) >= minAge) adults++;
        // the highest users: by consultations, ties by id, so the cut does not depend on slots
        eligible.sort((a, b) -> gpCount[a] != gpCount[b] ? Integer.compare(gpCount[b], gpCount[a]) : Long.compare(pop.id(a), pop.id(b)));
        int take = Math.min(eligible.size(), (int) Math.round(highUseShare * adults));
        for (int k = 0; k < take; k++) {
            int i = eligible.get(k);
            boolean t = treated(false, pop.id(i));
            cohort.add(new long[]{pop.id(i), i, t ? 1 : 0, gpCount[i]});
            add("sp." + arm(t) + ".enrolled", 1);
            if (t && act.referToLinkWorker(i)) add("sp.treated.connected", 1);
        }
        java.util.Arrays.fill(gpCount, 0);
    }

    /** End of reported year 2: consultations before and after, for those still here. */
    private void closeCohort() {
        for (long[] c : cohort) {
            int i = (int) c[1];
            if (!pop.alive(i) || pop.id(i) != c[0]) continue;  // died or moved away: lost to follow-up
            String k = "sp." + arm(c[2] == 1);
            add(k + ".followed", 1);
            add(k + ".gp_before", c[3]);
            add(k + ".gp_after", gpId.length > i && gpId[i] == c[0] ? gpCount[i] : 0);
        }
    }

    // ------------------------------------------------------------ weekly

    /** After the week's processes: follow-ups due, selections, and the held-out gradients in year 1. */
    @Override
    public void weekEnded(int rw) {
        if (!on) return;
        if (rw >= 1 && rw <= Scenario.WEEKS_PER_YEAR) gradients();
        if (design.equals(FGC)) followUp();
        if (design.equals(SOCIAL_PRESCRIBING)) {
            if (rw == Scenario.WEEKS_PER_YEAR) selectHighUsers();
            else if (rw == 2 * Scenario.WEEKS_PER_YEAR) closeCohort();
        }
    }

    private void followUp() {
        while (followed < enrolled.size() && enrolled.get(followed)[2] + FOLLOW_UP <= m.week()) {
            long[] r = enrolled.get(followed++);
            int i = (int) r[1];
            if (!pop.alive(i) || pop.id(i) != r[0]) continue;  // died or moved away: lost to follow-up
            String k = "fgc." + arm(r[3] == 1);
            add(k + ".followed", 1);
            int st = pop.caseState(i, Agency.CSC);
            if (st == Services.CLA || st == Services.CLA_RESIDENTIAL) add(k + ".in_care_12m", 1);
            if (r[4] == 1) add(k + ".care_entered_12m", 1);
            if (r[5] == 1) add(k + ".proceedings_12m", 1);
        }
    }

    /** Person-weeks of children (most and least deprived tenth) and adults (18-64, 65+), and of those with a case. */
    private void gradients() {
        long c1 = 0, c10 = 0, k1 = 0, k10 = 0, a = 0, o = 0, la = 0, lo = 0, ld = 0;
        for (int i = 0; i < pop.slots(); i++) {
            if (!pop.alive(i)) continue;
            int age = pop.age(i);
            if (age < 18) {
                int d = m.decile(pop.hood(i));
                int csc = pop.caseState(i, Agency.CSC);
                boolean onCase = csc == Services.CPP || csc == Services.CLA || csc == Services.CLA_RESIDENTIAL;
                if (d == 1) { c1++; if (onCase) k1++; }
                else if (d == 10) { c10++; if (onCase) k10++; }
            } else {
                int asc = pop.caseState(i, Agency.ASC);
                boolean lts = Services.longTermSupport(asc);
                if (age < 65) {
                    a++;
                    if (lts) { la++; if (Conditions.reasonOf(pop.condition(i)) == 1) ld++; }
                } else { o++; if (lts) lo++; }
            }
        }
        add("held_out.children.decile1", c1);
        add("held_out.children.decile10", c10);
        add("held_out.plan_or_care.decile1", k1);
        add("held_out.plan_or_care.decile10", k10);
        add("held_out.adults_18_64", a);
        add("held_out.adults_65_plus", o);
        add("held_out.long_term.18_64", la);
        add("held_out.long_term.65_plus", lo);
        add("held_out.long_term.18_64_learning_disability", ld);
        // the year's adult social care spending on people 18-64 and on all adults (this week's charges, in whole pounds)
        long spend18 = Math.round(m.ledger().weekAscByStage(1)), spend65 = Math.round(m.ledger().weekAscByStage(2));
        add("held_out.asc_cost.18_64", spend18);
        add("held_out.asc_cost.adults", spend18 + spend65);
        // households at mid-year (they change once a year): young adults at home, and one-person households
        if (m.reportedWeek() == Scenario.WEEKS_PER_YEAR / 2) {
            double[] row = m.lastRow();
            for (String s : new String[]{"with_parents_30_34", "population_30_34", "one_person_households", "households"})
                add("held_out.households." + s, Math.round(row[capsim.model.Measures.index(s)]));
        }
    }
}
