package capsim.model;

import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Households that change (issue 20): the decision rules on tiny hand-built households, and the
 * invariants a run keeps (partners share a home, every person sits in the household they name,
 * children in kinship care live with kin and are counted).
 */
class FamilyLifeTest {

    /** A started model of a few people, to which the tests add hand-built households. */
    private static CommunityModel tiny(String... overrides) {
        List<String> o = new ArrayList<>(List.of("demography.spin_up_years=0"));
        o.addAll(List.of(overrides));
        Scenario s = ScenarioLoader.load("baseline-deficit", o).withPopulation(600).withYears(1).withBurnInYears(0);
        CommunityModel m = new CommunityModel(s, 7);
        m.start();
        return m;
    }

    private static long nextId = 1L << 40;

    /** A household of people of the given ages, in neighbourhood 0; their slots. */
    private static int[] household(CommunityModel m, int... ages) {
        PopulationBuilder b = new PopulationBuilder(m);
        int h = m.households.add();
        int[] who = new int[ages.length];
        for (int k = 0; k < ages.length; k++) who[k] = b.person(h, 0, ages[k], nextId++);
        return who;
    }

    @ParameterizedTest(name = "ages {0}: person {1} lives with a parent {2}, has a child at home {3}")
    @CsvSource({
            "45 20, 1, true, false",
            "45 20, 0, false, false",   // a child 18 or over is not a child at home
            "30 25, 1, false, false",
            "40 10, 0, false, true",
            "40 10, 1, true, false",
            "60 50 10, 0, false, true", // a grandparent with a grandchild at home, in the model's terms
            "70, 0, false, false"})
    void whoIsAParentAtHome(String ages, int who, boolean withParent, boolean withChild) {
        CommunityModel m = tiny();
        int[] h = household(m, java.util.Arrays.stream(ages.split(" ")).mapToInt(Integer::parseInt).toArray());
        assertEquals(withParent, m.family.livesWithParent(h[who]));
        assertEquals(withChild, m.family.hasChildAtHome(h[who]));
    }

    /**
     * Where a new couple lives: one with a child at home stays; else one living alone stays;
     * else both set up a new home; two with children at home do not pair this year.
     */
    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource({
            "lone parent, alone, b moves to a",
            "alone, lone parent, a moves to b",
            "alone, alone, b moves to a",
            "with parents, alone, a moves to b",
            "with parents, with parents, new home",
            "lone parent, lone parent, no pair"})
    void whereANewCoupleLives(String a, String b, String outcome) {
        CommunityModel m = tiny();
        int pa = person(m, a), pb = person(m, b);
        Population pop = m.population();
        int ha = pop.household(pa), hb = pop.household(pb);
        boolean paired = m.family.pair(pa, pb, 1, true);
        switch (outcome) {
            case "no pair" -> { assertFalse(paired); assertEquals(ha, pop.household(pa)); assertEquals(hb, pop.household(pb)); return; }
            case "b moves to a" -> { assertEquals(ha, pop.household(pb)); assertEquals(ha, pop.household(pa)); }
            case "a moves to b" -> { assertEquals(hb, pop.household(pa)); assertEquals(hb, pop.household(pb)); }
            default -> { assertEquals(pop.household(pa), pop.household(pb)); assertNotEquals(ha, pop.household(pa)); assertNotEquals(hb, pop.household(pa)); }
        }
        assertTrue(paired);
        assertEquals(pb, pop.partner(pa));
        assertEquals(pa, pop.partner(pb));
        assertEquals(SocialNetwork.HOUSEHOLD, kindOf(m, pa, pb));
    }

    private static int person(CommunityModel m, String kind) {
        return switch (kind) {
            case "lone parent" -> household(m, 35, 8)[0];
            case "alone" -> household(m, 33)[0];
            default -> household(m, 58, 30)[1];  // with parents
        };
    }

    private static int kindOf(CommunityModel m, int a, int b) {
        SocialNetwork net = m.network();
        for (int k = 0; k < net.degree(a); k++) if (net.neighbour(a, k) == b) return net.kind(a, k);
        return -1;
    }

    @Test
    void aMoveTurnsHousematesIntoKinAndNewHousematesIntoHousehold() {
        CommunityModel m = tiny();
        int[] family = household(m, 50, 48, 22);
        m.network().tie(family[2], family[0], SocialNetwork.HOUSEHOLD, 1f);
        int[] other = household(m, 24);
        m.family.move(family[2], m.population().household(other[0]), 0, true);
        assertEquals(SocialNetwork.KIN, kindOf(m, family[2], family[0]), "the parent left behind is kin");
        assertEquals(SocialNetwork.KIN, kindOf(m, family[2], family[1]), "a housemate with no tie before becomes kin too");
        assertEquals(SocialNetwork.HOUSEHOLD, kindOf(m, family[2], other[0]));
        assertEquals(2, m.households.size[m.population().household(other[0])]);
        assertEquals(2, m.households.size[m.population().household(family[0])]);
    }

    @Test
    void kinInAnotherNeighbourhoodAreKinElsewhereWithTheirOwnWeight() {
        CommunityModel m = tiny("area.neighbourhood_size=200");
        assertTrue(m.hoods() >= 2);
        int[] family = household(m, 50, 22);
        int[] other = household(m, 24);
        m.family.move(family[1], m.population().household(other[0]), 1, true);
        assertEquals(SocialNetwork.KIN_AWAY, kindOf(m, family[1], family[0]), "a parent in another neighbourhood");
        SocialNetwork net = m.network();
        for (int k = 0; k < net.degree(family[0]); k++)
            if (net.neighbour(family[0], k) == family[1]) assertEquals(m.p.num("network.kin_away_weight"), net.weight(family[0], k), 1e-6);
        m.family.move(family[1], m.population().household(family[0]), 0, true);
        assertEquals(SocialNetwork.HOUSEHOLD, kindOf(m, family[1], family[0]), "moving back home");
    }

    @Test
    void everyCoupleSeparatesAtRateOneAndNoneAtZero() {
        for (String rate : new String[]{"1", "0"}) {
            CommunityModel m = tiny("households.separation_rate=" + rate, "households.partnering_rate=0",
                    "households.partnering_rate_under_25=0", "households.partnering_rate_35_plus=0");
            Population p = m.population();
            List<long[]> pairs = new ArrayList<>();
            for (int i = 0; i < p.slots(); i++) if (p.alive(i) && p.partner(i) > i) pairs.add(new long[]{i, p.partner(i), p.id(i), p.id(p.partner(i))});
            assertTrue(pairs.size() > 10, "the build makes couples");
            for (int w = 0; w < 52; w++) m.schedule.step(m);
            int together = 0, both = 0;
            for (long[] c : pairs) {
                int a = (int) c[0], b = (int) c[1];
                if (!p.alive(a) || !p.alive(b) || p.id(a) != c[2] || p.id(b) != c[3]) continue;  // a death or a move ends it anyway
                both++;
                if (p.partner(a) == b) { together++; assertEquals(p.household(a), p.household(b)); }
                else assertNotEquals(p.household(a), p.household(b), "one partner moved out");
            }
            assertTrue(both > 10);
            assertEquals(rate.equals("1") ? 0 : both, together, "couples still together at separation rate " + rate);
        }
    }

    private static int couples(CommunityModel m) {
        Population p = m.population();
        int n = 0;
        for (int i = 0; i < p.slots(); i++) if (p.alive(i) && p.partner(i) > i) n++;
        return n;
    }

    /** Over years of a run: partners are each other's and live together; each person is in the household they name; kinship counted. */
    @Test
    void aRunKeepsHouseholdsAndPartnersConsistent() {
        Scenario s = ScenarioLoader.load("baseline-deficit").withPopulation(3000).withYears(4).withBurnInYears(1);
        CommunityModel m = new CommunityModel(s, Seeds.replicationSeed(s.seed(), 0));
        int[] checked = {0};
        m.addWeekListener((week, row) -> {
            if (m.week() % 52 != 1) return;  // just after the year's changes
            Population p = m.population();
            int inHouseholds = 0, kin = 0;
            for (int h = 0; h < m.households.count; h++) {
                for (int k = 0; k < m.households.size[h]; k++) {
                    int i = m.households.members[h][k];
                    assertTrue(p.alive(i), "a household holds only the living");
                    assertEquals(h, p.household(i), "person in the household they name");
                    inHouseholds++;
                }
            }
            for (int i = 0; i < p.slots(); i++) {
                if (!p.alive(i)) continue;
                int j = p.partner(i);
                if (j >= 0) {
                    assertTrue(p.alive(j) && p.partner(j) == i, "partners are each other's");
                    assertEquals(p.household(i), p.household(j), "partners live together");
                    assertNotEquals(p.female(i), p.female(j));
                    assertTrue(p.age(i) >= 18 && p.age(j) >= 18);
                }
                if (p.kinship(i) != 0) { kin++; assertTrue(p.age(i) < 18, "kinship care ends at 18"); }
            }
            assertEquals(p.count(), inHouseholds, "everyone alive is in exactly one household");
            assertEquals(kin, row[Measures.index("kinship_care_children")], 0.0);
            checked[0]++;
        });
        m.start();
        while (m.week() < s.burnInWeeks() + s.reportedWeeks()) m.schedule.step(m);
        assertTrue(checked[0] >= 4);
        double[] last = m.lastRow();
        assertTrue(last[Measures.index("adults_in_couples")] > 0 && last[Measures.index("households")] > 0);
        assertTrue(last[Measures.index("kinship_care_children")] > 0, "some children live with kin");
    }
}
