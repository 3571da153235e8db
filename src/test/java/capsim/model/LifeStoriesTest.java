package capsim.model;

import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The life stories a classroom follows: they change nothing in the run, each person is followed
 * by id through deaths and reused slots, the week's record is the person as the model holds them,
 * the money follows the ledger, and the sample's groups are decided as the table says.
 */
class LifeStoriesTest {
    private static Scenario small() {
        return ScenarioLoader.load("strengths-based").withPopulation(1500).withYears(2).withBurnInYears(0);
    }

    private static List<double[]> rows(Scenario s, boolean follow) {
        CommunityModel m = new CommunityModel(s, 3);
        List<double[]> rows = new ArrayList<>();
        m.addWeekListener((w, row) -> rows.add(row.clone()));
        m.start();
        if (follow) {
            List<String> why = new ArrayList<>();
            long[] ids = LifeStories.sample(m, 3, why);
            new LifeStories(m, ids, why.toArray(String[]::new));
        }
        for (int w = 0; w < s.reportedWeeks(); w++) m.schedule.step(m);
        return rows;
    }

    @Test
    void aRunFollowedIsTheRunUnfollowed() {
        List<double[]> plain = rows(small(), false), followed = rows(small(), true);
        assertEquals(plain.size(), followed.size());
        for (int w = 0; w < plain.size(); w++) assertArrayEquals(plain.get(w), followed.get(w), "week " + (w + 1));
    }

    @Test
    void everyoneFollowedTheirRecordIsTheModelsAndTheirMoneyIsTheLedgers() {
        Scenario s = small();
        CommunityModel m = new CommunityModel(s, 5);
        m.start();
        Population pop = m.pop;
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < pop.size; i++) if (pop.live[i]) all.add(pop.id[i]);
        long[] ids = all.stream().mapToLong(Long::longValue).toArray();
        String[] why = new String[ids.length];
        Arrays.fill(why, "everyone");
        LifeStories stories = new LifeStories(m, ids, why);
        // what the ledger charges on people at the start, counted by a listener of its own
        double[] onThem = new double[Agency.values().length];
        java.util.Set<Long> start = new java.util.HashSet<>(all);
        m.ledger.addChargeListener((payer, c, amount, person) -> { if (start.contains(pop.id[person])) onThem[payer.ordinal()] += amount; });
        for (int w = 0; w < s.reportedWeeks(); w++) m.schedule.step(m);

        double[] told = new double[Agency.values().length];
        int died = 0, checked = 0;
        for (LifeStories.Story st : stories.stories()) {
            for (LifeStories.State x : st.weeks()) for (Agency a : Agency.values()) told[a.ordinal()] += x.cost()[a.ordinal()];
            List<LifeStories.Happening> h = st.happenings();
            if (!st.present()) {
                LifeStories.Happening last = h.get(h.size() - 1);
                assertTrue(last.event() == CareEvent.DEATH || last.event() == CareEvent.MIGRANT_OUT, "a story ends with its death or move: " + last);
                assertTrue(st.weeks().isEmpty() || st.weeks().get(st.weeks().size() - 1).week() < last.week(), "no week after it");
                died++;
                continue;
            }
            assertEquals(s.reportedWeeks(), st.weeks().size(), "every week of a person still here");
            int i = -1;
            for (int k = 0; k < pop.size; k++) if (pop.live[k] && pop.id[k] == st.id()) i = k;
            assertTrue(i >= 0, "a present person is in the model");
            LifeStories.State now = st.weeks().get(st.weeks().size() - 1);
            assertEquals(pop.age[i], now.age());
            assertEquals(pop.need[Population.HEALTH][i], now.need()[Population.HEALTH]);
            assertEquals(pop.strengths[i], now.strengths());
            assertEquals(LifeStories.services(m, i), now.services());
            checked++;
        }
        assertTrue(died > 0 && checked > 1000, "deaths " + died + ", people checked " + checked);
        for (Agency a : Agency.values())
            assertTrue(told[a.ordinal()] <= onThem[a.ordinal()] * (1 + 1e-9) + 1e-6,
                    a + ": the stories tell no more than the ledger charged on them (" + told[a.ordinal()] + " against " + onThem[a.ordinal()] + ")");
        double t = Arrays.stream(told).sum(), o = Arrays.stream(onThem).sum();
        assertTrue(t > 0.98 * o && t <= o * (1 + 1e-9), "all but the week of a death is told: " + t + " of " + o);
    }

    /** group: the first of LifeStories.GROUPS a person is in, on a person set by hand. */
    @ParameterizedTest(name = "age {0}, asc {1}, csc {2}, waiting asc {3}, condition {4}, caring {5} -> group {6}")
    @CsvSource({
            "70, 0, 0, true, 0, false, 0",
            "70, 7, 0, true, 0, false, 0",     // waiting comes first
            "70, 7, 0, false, 0, false, 1",    // home care
            "85, 8, 0, false, 0, false, 1",    // care home
            "40, 13, 0, false, 3, false, 1",   // supported living
            "75, 6, 0, false, 0, false, 2",    // reablement
            "60, 9, 0, false, 0, false, 2",    // short-term support
            "9, 0, 1, false, 0, false, 3",     // a child in need
            "16, 0, 3, false, 0, false, 3",    // looked after
            "45, 0, 0, false, 0, true, 4",     // a carer
            "82, 0, 0, false, 0, false, 5",    // 80+, not known
            "82, 0, 1, false, 0, false, -1",   // 80+ with a case elsewhere is not 'not known'
            "30, 0, 0, false, 2, false, 6",    // working age, lifelong condition
            "70, 0, 0, false, 2, false, -1",   // 65+ with a condition, not known: none of the groups
            "30, 0, 0, false, 0, false, -1",
    })
    void theSamplesGroupsAreDecidedAsTheTableSays(int age, int asc, int csc, boolean waitingAsc, int condition, boolean caring, int group) {
        CommunityModel m = new CommunityModel(small(), 1);
        m.start();
        Population pop = m.pop;
        int i = 0;
        while (!pop.live[i]) i++;
        for (byte[] states : pop.caseState) states[i] = 0;
        pop.age[i] = age;
        pop.caseState[Agency.ASC.ordinal()][i] = (byte) asc;
        pop.caseState[Agency.CSC.ordinal()][i] = (byte) csc;
        pop.waiting[i] = waitingAsc ? 1 << Agency.ASC.ordinal() : 0;
        pop.condition[i] = (byte) condition;
        pop.givenAvg[i] = caring ? 1000f : 0f;
        assertEquals(group, LifeStories.group(m, i));
    }

    @Test
    void theSampleIsFixedByTheRunAndSpreadOverItsGroups() {
        List<String> a = new ArrayList<>(), b = new ArrayList<>();
        CommunityModel m1 = new CommunityModel(small(), 9), m2 = new CommunityModel(small(), 9);
        m1.start();
        m2.start();
        for (int w = 0; w < 104; w++) { m1.schedule.step(m1); m2.schedule.step(m2); }  // two years in: services and carers have filled
        long[] ids1 = LifeStories.sample(m1, 2, a), ids2 = LifeStories.sample(m2, 2, b);
        assertArrayEquals(ids1, ids2, "the same run, the same people");
        assertEquals(a, b);
        assertEquals(ids1.length, Arrays.stream(ids1).distinct().count(), "each person once");
        assertTrue(new java.util.HashSet<>(a).size() >= 5, "most groups are met in 1,500 people two years in: " + new java.util.TreeSet<>(a));
        for (int k = 0; k < ids1.length; k++) {
            int i = -1;
            for (int s = 0; s < m1.pop.size; s++) if (m1.pop.live[s] && m1.pop.id[s] == ids1[k]) i = s;
            assertEquals(LifeStories.GROUPS.get(LifeStories.group(m1, i)), a.get(k), "each is in the group given");
        }
        assertFalse(a.isEmpty());
    }
}
