package capsim.view;

import capsim.model.Measures;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** What a view shows, with no toolkit: positions, colours, ties, assets, stocks and flows, a person's record. */
class ViewLayerTest {
    private static final int W = 1200, H = 800;

    private static Scene arranged(CommunityView v) {
        Scene s = new Scene();
        assertTrue(s.arrange(v, new Layout(), W, H, true, 3000));
        return s;
    }

    @Test
    void positionsLieInTheirNeighbourhoodsCellAndRepeat() {
        FakeCommunity v = new FakeCommunity(1500, 6, 3);
        Scene a = arranged(v), b = arranged(v);
        assertTrue(a.withLegend());
        int placed = 0;
        for (int i = 0; i < v.n; i++) {
            assertTrue(a.placed(i), "everyone alive is placed");
            placed++;
            int h = v.hood[i];
            double x0 = a.cellX(h), y0 = a.cellY(h);
            assertTrue(a.x(i) >= x0 && a.x(i) <= x0 + a.cellWidth(), "x in the cell of N" + (h + 1));
            assertTrue(a.y(i) >= y0 && a.y(i) <= y0 + a.cellHeight() * (1 - Layout.ASSET_STRIP), "y above the asset strip");
            assertTrue(a.x(i) >= Scene.MARGIN && a.x(i) < W - Scene.LEGEND - Scene.MARGIN);
            assertTrue(a.y(i) >= Scene.TITLE + Scene.MARGIN && a.y(i) < H - Scene.MARGIN);
            assertTrue(a.radius(i) >= 1 && a.radius(i) <= 14);
            assertEquals(a.x(i), b.x(i), "same position from a fresh layout");
            assertEquals(a.y(i), b.y(i));
        }
        assertEquals(1500, placed);
        int hit = a.personAt(a.x(7), a.y(7));
        assertTrue(hit >= 0, "a click at a person finds someone");
        assertArrayEquals(new int[]{a.x(7), a.y(7)}, new int[]{a.x(hit), a.y(hit)}, "drawn at the clicked point");
        assertEquals(-1, a.personAt(-500, -500));
        v.alive[7] = false;
        Scene c = new Scene();
        c.arrange(v, new Layout(), 500, 400, true, 3000);
        assertFalse(c.placed(7), "the dead are not placed");
        assertFalse(c.withLegend(), "no legend on a narrow picture");
    }

    @Test
    void notStartedShowsOnlyTheWaitingTitle() {
        FakeCommunity v = new FakeCommunity(10, 1, 1);
        v.started = false;
        assertFalse(new Scene().arrange(v, new Layout(), W, H, true, 10));
        assertEquals("fake — press play to start", Scene.waitingTitle(v));
    }

    @Test
    void neighbourhoodGridFillsThePicture() {
        assertEquals(1, Scene.columns(1, 1200, 800), "one neighbourhood takes the whole area");
        assertEquals(2, Scene.columns(4, 1200, 800));
        int c = Scene.columns(34, 1200, 800), r = (34 + c - 1) / c;
        assertTrue(c * r - 34 < c, "at most one row part empty: " + c + "x" + r);
    }

    @Test
    void colourFollowsThePersonsStateInEachMode() {
        FakeCommunity v = new FakeCommunity(20, 2, 4);
        v.need[0] = new double[]{0, 0, 0, 0};
        v.need[1] = new double[]{0.2, 1.0, 0.1, 0};
        v.strengths[2] = 0;           // wellbeing 14: the poor end
        v.strengths[3] = 1;           // wellbeing 70: the good end
        assertEquals(0x31A354, ColourMode.NEED.rgb(v, 0), "no need: green");
        assertEquals(0xDE2D26, ColourMode.NEED.rgb(v, 1), "highest need 1: red");
        assertEquals(ColourMode.NEED.shade(v.maxNeed(5)), ColourMode.NEED.rgb(v, 5));
        assertEquals(0xDEEBF7, ColourMode.STRENGTHS.rgb(v, 2));
        assertEquals(0x08306B, ColourMode.STRENGTHS.rgb(v, 3));
        assertEquals(0xD7301F, ColourMode.WELLBEING.rgb(v, 2));
        assertEquals(0x2C7BB6, ColourMode.WELLBEING.rgb(v, 3));
        int[] expected = {ColourMode.NO_CONTACT, ColourMode.DEFICIT, ColourMode.STRENGTHS_BASED, ColourMode.AS_CUTS};
        for (int p = 0; p < 4; p++) {
            v.pathway[4] = p;
            assertEquals(expected[p], ColourMode.PATHWAY.rgb(v, 4), "pathway " + p);
            assertEquals(expected[p], ColourMode.PATHWAY_SWATCHES.get(p).rgb(), "legend in palette order");
        }
        assertEquals(ColourMode.LEVELS, ColourMode.NEED.paletteSize());
        assertEquals(0, ColourMode.NEED.shadeLevel(Double.NaN));
        assertEquals(Palette.rgb(253, 232, 226), Palette.decileTint(1));
        assertEquals("#1b9e77", Palette.css(ColourMode.STRENGTHS_BASED));
        assertSame(ColourMode.PATHWAY, ColourMode.parse("Pathway"));
    }

    @Test
    void tiesAreASampleWithinBudgetAndTheSelectedPersonsAreAll() {
        FakeCommunity v = new FakeCommunity(3000, 4, 5);
        Scene s = new Scene();
        s.arrange(v, new Layout(), W, H, true, 1000);
        int[] count = new int[1];
        s.sampledTies((i, j, kind) -> { assertTrue(i < j); count[0]++; });
        assertEquals(count[0], s.drawnEdges());
        assertTrue(s.edges() > 3000 && count[0] >= 700 && count[0] <= 1300, "about the budget: " + count[0] + " of " + s.edges());
        int[] mine = new int[1];
        s.tiesOf(10, (i, j, kind) -> { assertEquals(10, i); mine[0]++; });
        assertEquals(v.degree(10), mine[0]);
        assertTrue(s.title().startsWith("fake — week 10 (year 1)"));
        assertTrue(s.stats("A").startsWith("A · 3,000 people · " + String.format("%,d", s.edges()) + " ties"), s.stats("A"));
    }

    @Test
    void assetBoxesSitAtTheFootOfTheirCellAndFill() {
        FakeCommunity v = new FakeCommunity(300, 2, 9);
        for (int a = 0; a < v.assets(); a++) v.filled[a] = v.places[a];
        Scene s = arranged(v);
        for (int a = 0; a < s.assets(); a++) {
            assertTrue(s.boxShown(a));
            int h = v.assetHood[a];
            assertTrue(s.boxY(a) >= s.cellY(h) + s.cellHeight() * (1 - Layout.ASSET_STRIP) - 1);
            assertTrue(s.boxX(a) >= s.cellX(h) && s.boxX(a) + s.boxWidth(a) <= s.cellX(h) + s.cellWidth());
            assertEquals(s.boxHeight(a), s.boxFilled(a), "full asset: box filled");
        }
    }

    @Test
    void aPersonsRecordHoldsTheInspectorsFields() {
        FakeCommunity v = new FakeCommunity(50, 3, 2);
        int i = 5;
        v.pathway[i] = CommunityView.PATHWAY_STRENGTHS;
        PersonRecord r = PersonRecord.of(v, i);
        assertEquals(i, r.index());
        assertTrue(r.alive());
        assertEquals(v.age[i], r.age());
        assertEquals(v.hood[i] + 1, r.neighbourhood());
        assertEquals(1 + v.hood[i] % 10, r.deprivationDecile());
        assertEquals(v.need[i][2], r.needMental());
        assertEquals(v.strengths[i], r.strengths());
        assertEquals(0.1, r.carerStrain());
        assertEquals(14 + 56 * v.strengths[i], r.wellbeing());
        assertEquals("strengths-based", r.lastPathway());
        assertEquals(0.5 * v.degree(i), r.tieWeight(), 1e-12);
        int sum = Arrays.stream(r.ties().split(", ")).mapToInt(t -> Integer.parseInt(t.substring(t.lastIndexOf(' ') + 1))).sum();
        assertEquals(v.degree(i), sum, r.ties());
        assertTrue(r.ties().startsWith("household "));
        List<String> labels = r.fields().stream().map(PersonRecord.Field::label).toList();
        assertEquals(List.of("alive", "age", "neighbourhood", "deprivation decile", "need: safety", "need: health",
                "need: mental", "need: living", "strengths", "dependency", "carer strain", "wellbeing", "last pathway",
                "ties", "tie weight"), labels);
        assertEquals(v.age[i], r.fields().get(1).value());
        assertEquals("Person 5 (age " + v.age[i] + ", N" + (v.hood[i] + 1) + ")", r.title());
    }

    @Test
    void liveMeasuresNameStocksAndFlowsOfTheModel() {
        double[] row = new double[Measures.count()];
        for (int k = 0; k < row.length; k++) row[k] = k;
        List<LiveMeasures.Reading> rs = LiveMeasures.readings(row);
        assertFalse(rs.isEmpty());
        double people = Measures.index("population");
        for (LiveMeasures.Reading r : rs)
            assertEquals(r.measure().endsWith("_cost") ? Measures.index(r.measure()) * 10_000 / people : Measures.index(r.measure()), r.value(), 1e-9,
                    r.measure() + ": an agency's cost per 10,000 people, the rest as recorded");
        assertEquals(Measures.Kind.STOCK, rs.stream().filter(r -> r.measure().equals("unmet_need")).findFirst().orElseThrow().kind());
        assertEquals(Measures.Kind.FLOW, rs.stream().filter(r -> r.measure().endsWith("_cost")).findFirst().orElseThrow().kind());
        assertEquals(capsim.model.Agency.values().length + 4, LiveMeasures.charts().size(), "a chart per agency, then four of people and places");
        LiveMeasures.Chart places = LiveMeasures.charts().get(LiveMeasures.charts().size() - 1);
        assertArrayEquals(new double[]{Measures.index("places_filled"), Measures.index("places")}, places.values(row));
    }

    @Test
    void aWatchedRunShowsTheModelsPeopleAndMeasures() {
        WatchedRun run = new WatchedRun(ScenarioLoader.load("strengths-based").withPopulation(300).withYears(1));
        try {
            run.stepTo(2);
            LiveMeasures.Week w = run.measures();
            assertEquals(2, w.week());
            double pop = w.readings().stream().filter(r -> r.measure().equals("places")).findFirst().orElseThrow().value();
            assertTrue(pop >= 0);
            int i = 0;
            while (!run.view().alive(i)) i++;
            PersonRecord r = run.person(i);
            assertEquals(run.model().population().age(i), r.age());
            assertEquals(run.model().population().hood(i) + 1, r.neighbourhood());
            Scene s = new Scene();
            assertTrue(s.arrange(run.view(), run.layout(), 800, 500, true, 2000));
            assertTrue(s.placed(i));
        } finally {
            run.finish();
        }
    }

    @Test
    void relativesHouseholdsAreLaidOutSideBySide() {
        WatchedRun run = new WatchedRun(ScenarioLoader.load("baseline-deficit").withPopulation(3000).withYears(1).withBurnInYears(0));
        try {
            CommunityView v = run.view();
            Layout l = run.layout();
            double kin = 0, strangers = 0;
            int nk = 0, ns = 0;
            for (int i = 0; i < v.slots(); i++) {
                if (!l.placed(i)) continue;
                for (int k = 0; k < v.degree(i); k++) {
                    int j = v.neighbour(i, k);
                    if (v.tieKind(i, k) == CommunityView.TIE_KIN && l.placed(j) && l.hood(j) == l.hood(i)) { kin += Math.hypot(l.u(i) - l.u(j), l.v(i) - l.v(j)); nk++; }
                }
                int j = (i * 7919 + 13) % v.slots();  // a fixed "stranger" in the same neighbourhood
                if (l.placed(j) && l.hood(j) == l.hood(i) && run.model().population().household(j) != run.model().population().household(i)) { strangers += Math.hypot(l.u(i) - l.u(j), l.v(i) - l.v(j)); ns++; }
            }
            assertTrue(nk > 100 && ns > 100, nk + " kin pairs, " + ns + " strangers");
            assertTrue(kin / nk < 0.6 * strangers / ns, "kin sit closer than strangers: " + kin / nk + " against " + strangers / ns);
        } finally {
            run.finish();
        }
    }
}
