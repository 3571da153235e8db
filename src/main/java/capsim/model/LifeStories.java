package capsim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A few people's lives, followed week by week for a view (a classroom's life stories): each
 * event that happens to them, as the mechanism raises it; what is spent on them, by agency, as
 * the ledger charges it; and, at each week's end, their age, need by domain, strengths,
 * wellbeing, carer strain and the services they are in. People are followed by id, so a reused
 * slot, a household relayout or a death cannot hand their story to someone else. It draws no
 * random number and changes nothing: a run with stories is the run without them.
 */
public final class LifeStories implements CareListener, Ledger.ChargeListener {
    /** Something that happened to the person: the week (reported; 0 or below in burn-in), the event, the agency (or null). */
    public record Happening(int week, CareEvent event, Agency agency) {}

    /** The person at a week's end, and what was spent on them that week by agency (indexed by {@link Agency#ordinal}). */
    public record State(int week, int age, float[] need, float strengths, float wellbeing, float strain, String services, double[] cost) {}

    /** One person's story so far. {@code why}: the group they were sampled from. */
    public record Story(long id, String why, boolean female, int ageAtStart, boolean present, List<Happening> happenings, List<State> weeks) {}

    private final CommunityModel m;
    private final long[] ids;
    private final String[] why;
    private final int[] slot;
    private final boolean[] present;
    private final int[] ageAtStart;
    private final boolean[] female;
    private final List<List<Happening>> happenings = new ArrayList<>();
    private final List<List<State>> weeks = new ArrayList<>();
    private final double[][] weekCost;

    /** Follows {@code ids} in {@code m} from now (a person not in this model has an empty story). */
    public LifeStories(CommunityModel m, long[] ids, String[] why) {
        this.m = m;
        this.ids = ids.clone();
        this.why = why.clone();
        int n = ids.length;
        slot = new int[n];
        present = new boolean[n];
        ageAtStart = new int[n];
        female = new boolean[n];
        weekCost = new double[n][Agency.values().length];
        for (int k = 0; k < n; k++) {
            happenings.add(new ArrayList<>());
            weeks.add(new ArrayList<>());
            slot[k] = find(ids[k]);
            present[k] = slot[k] >= 0;
            if (present[k]) { ageAtStart[k] = m.pop.age[slot[k]]; female[k] = m.pop.female[slot[k]]; }
        }
        m.addCareListener(this);
        m.ledger.addChargeListener(this);
    }

    /** The groups a sample is drawn from, in order: a classroom sees one or two of each. */
    public static final List<String> GROUPS = List.of(
            "waiting for an adult social care assessment", "in long-term adult social care", "in reablement or short-term support",
            "a child known to children's social care", "a carer of 20+ hours a week", "aged 80+, not known to services",
            "aged 18-64 with a lifelong condition");

    /**
     * Up to {@code perGroup} people of each of {@link #GROUPS}, as the model stands now, each
     * person in one group: within a group, those whose id hashes lowest (a fixed order that draws
     * no random number). Returns ids and, in {@code whyOut}, each one's group.
     */
    public static long[] sample(CommunityModel m, int perGroup, List<String> whyOut) {
        Population pop = m.pop;
        int g = GROUPS.size();
        long[][] best = new long[g][perGroup];
        long[][] bestId = new long[g][perGroup];
        int[] have = new int[g];
        for (int i = 0; i < pop.size; i++) {
            if (!pop.live[i]) continue;
            int group = group(m, i);
            if (group < 0) continue;
            long h = mix(pop.id[i]);
            // keep the perGroup lowest hashes, sorted
            int k = have[group];
            if (k == perGroup && h >= best[group][k - 1]) continue;
            if (k < perGroup) have[group] = ++k;
            int at = k - 1;
            while (at > 0 && best[group][at - 1] > h) { best[group][at] = best[group][at - 1]; bestId[group][at] = bestId[group][at - 1]; at--; }
            best[group][at] = h;
            bestId[group][at] = pop.id[i];
        }
        List<Long> out = new ArrayList<>();
        for (int group = 0; group < g; group++)
            for (int k = 0; k < have[group]; k++) { out.add(bestId[group][k]); whyOut.add(GROUPS.get(group)); }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** The first of {@link #GROUPS} person {@code i} is in, or -1. */
    static int group(CommunityModel m, int i) {
        Population pop = m.pop;
        int asc = pop.caseState[Agency.ASC.ordinal()][i];
        boolean known = pop.waiting[i] != 0;
        for (byte[] states : pop.caseState) known |= states[i] != 0;
        if ((pop.waiting[i] & (1 << Agency.ASC.ordinal())) != 0) return 0;
        if (asc == Services.HOME_CARE || asc == Services.CARE_HOME || asc == Services.SUPPORTED_LIVING || asc == Services.SHARED_LIVES) return 1;
        if (asc == Services.REABLEMENT || asc == Services.SHORT_TERM) return 2;
        if (pop.age[i] < 18 && pop.caseState[Agency.CSC.ordinal()][i] != 0) return 3;
        if (m.carers.caringBand(pop.givenAvg[i]) >= 1) return 4;
        if (pop.age[i] >= 80 && !known) return 5;
        if (pop.age[i] >= 18 && pop.age[i] < 65 && pop.condition[i] != 0) return 6;
        return -1;
    }

    /** A fixed scramble of an id (SplitMix64's finaliser), so the sample is spread over the population. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return (z ^ (z >>> 31)) >>> 1;
    }

    private int find(long id) {
        Population pop = m.pop;
        for (int i = 0; i < pop.size; i++) if (pop.live[i] && pop.id[i] == id) return i;
        return -1;
    }

    /** Which followed person is in slot {@code i} now, or -1. */
    private int followed(int i) {
        if (i < 0) return -1;
        long id = m.pop.id[i];
        for (int k = 0; k < ids.length; k++) if (ids[k] == id && present[k]) return k;
        return -1;
    }

    @Override
    public void on(CareEvent event, Agency agency, int person) {
        int k = followed(person);
        if (k < 0) return;
        synchronized (this) { happenings.get(k).add(new Happening(m.reportedWeek(), event, agency)); }
        if (event == CareEvent.DEATH || event == CareEvent.MIGRANT_OUT) present[k] = false;
    }

    @Override
    public void charged(Agency payer, Ledger.Category category, double amount, int person) {
        int k = followed(person);
        if (k >= 0) weekCost[k][payer.ordinal()] += amount;
    }

    @Override
    public void weekEnded(int reportedWeek) {
        Population pop = m.pop;
        for (int k = 0; k < ids.length; k++) {
            double[] cost = weekCost[k].clone();
            java.util.Arrays.fill(weekCost[k], 0);
            if (!present[k]) continue;
            int i = slot[k];
            if (i < 0 || !pop.live[i] || pop.id[i] != ids[k]) i = slot[k] = find(ids[k]);  // moved by a relayout
            if (i < 0) { present[k] = false; continue; }
            float[] need = {pop.need[0][i], pop.need[1][i], pop.need[2][i], pop.need[3][i]};
            State s = new State(reportedWeek, pop.age[i], need, pop.strengths[i], (float) pop.wellbeing(i), pop.strain[i], services(m, i), cost);
            synchronized (this) { weeks.get(k).add(s); }
        }
    }

    /** The people followed, with their stories so far (a copy: safe to read while the run goes on). */
    public synchronized List<Story> stories() {
        List<Story> out = new ArrayList<>();
        for (int k = 0; k < ids.length; k++)
            out.add(new Story(ids[k], why[k], female[k], ageAtStart[k], present[k], List.copyOf(happenings.get(k)), List.copyOf(weeks.get(k))));
        return out;
    }

    /** The services person {@code i} is in, in words ("" if none). */
    static String services(CommunityModel m, int i) {
        Population pop = m.pop;
        List<String> s = new ArrayList<>();
        for (Agency a : Agency.values()) {
            int state = pop.caseState[a.ordinal()][i];
            if (state != 0) s.add(a.code + ": " + stateName(state));
            if ((pop.waiting[i] & (1 << a.ordinal())) != 0) s.add(a.code + ": waiting");
        }
        if (pop.kinship[i] != 0) s.add("living with kin");
        int band = m.carers.caringBand(pop.givenAvg[i]);
        if (band > 0) s.add(band == 2 ? "caring 50+ hours a week" : "caring 20+ hours a week");
        return String.join("; ", s);
    }

    /** A case state ({@link Services}' codes) in words. */
    static String stateName(int state) {
        return switch (state) {
            case Services.CIN -> "child in need";
            case Services.CPP -> "protection plan";
            case Services.CLA -> "looked after";
            case Services.CLA_RESIDENTIAL -> "looked after (residential)";
            case Services.EARLY_HELP -> "early help";
            case Services.REABLEMENT -> "reablement";
            case Services.HOME_CARE -> "home care";
            case Services.CARE_HOME -> "care home";
            case Services.SHORT_TERM -> "short-term support";
            case Services.SUPPORTED_LIVING -> "supported living";
            case Services.SHARED_LIVES -> "shared lives";
            case Services.MH_OPEN -> "open case";
            case Services.PREVENTION -> "prevention";
            case Services.TEMPORARY_ACCOMMODATION -> "temporary accommodation";
            default -> "state " + state;
        };
    }
}
