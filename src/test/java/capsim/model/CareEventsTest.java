package capsim.model;

import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model's events: the measures counted from them agree with what a listener hears, a
 * listener changes nothing, long-term support ends only for someone who had it, and the model's
 * mechanisms hold no trial code (a study listens, and acts through {@link Interventions}).
 */
class CareEventsTest {
    private final Scenario s = ScenarioLoader.load("strengths-based").withPopulation(3000).withYears(2).withBurnInYears(1);

    /** Tallies every event of a week, by event and agency; checks long-term ends against the state it ends. */
    static final class Tally implements CareListener {
        final Map<CareEvent, int[]> week = new EnumMap<>(CareEvent.class);
        final List<Map<CareEvent, int[]>> weeks = new ArrayList<>();
        int endsWithoutSupport, ends, weekEnds;
        final CommunityModel m;

        Tally(CommunityModel m) { this.m = m; }

        @Override
        public void on(CareEvent e, Agency a, int person) {
            if (m.week() == 0) return;  // the cases seeded as the model is built are no week's
            week.computeIfAbsent(e, k -> new int[Agency.values().length + 1])[a == null ? Agency.values().length : a.ordinal()]++;
            if (e == CareEvent.LONG_TERM_ENDED) {
                ends++;
                // raised once the state has changed: the person no longer has long-term support
                int st = m.population().caseState(person, Agency.ASC);
                if (st == Services.HOME_CARE || st == Services.CARE_HOME) endsWithoutSupport++;
            }
        }

        @Override
        public void weekEnded(int reportedWeek) {
            weekEnds++;
            weeks.add(new EnumMap<>(week));
            week.clear();
        }

        int count(int w, CareEvent e, Agency a) {
            int[] c = weeks.get(w).get(e);
            return c == null ? 0 : c[a == null ? Agency.values().length : a.ordinal()];
        }
    }

    private static List<double[]> run(CommunityModel m, int weeks) {
        List<double[]> rows = new ArrayList<>();
        m.addWeekListener((w, row) -> rows.add(row.clone()));
        m.start();
        for (int w = 0; w < weeks; w++) m.schedule.step(m);
        return rows;
    }

    @Test
    void countedMeasuresAreWhatAListenerHears() {
        CommunityModel m = new CommunityModel(s, 7);
        Tally t = new Tally(m);
        m.addCareListener(t);
        int weeks = s.burnInWeeks() + s.reportedWeeks();
        List<double[]> rows = run(m, weeks);
        assertEquals(weeks, t.weekEnds);
        long total = 0;
        for (int w = 0; w < weeks; w++) {
            for (Measures.Counted c : Measures.counted()) {
                int heard = t.count(w, c.event(), c.agency());
                assertEquals(heard, rows.get(w)[c.column()], 0.0, Measures.columns().get(c.column()) + " in week " + (w + 1));
                total += heard;
            }
        }
        assertTrue(total > 10_000, "the run raises events: " + total);
        assertTrue(t.ends > 0, "long-term support ends in two years");
        assertEquals(0, t.endsWithoutSupport, "LONG_TERM_ENDED raised while the support is still held");
    }

    @Test
    void aListenerChangesNothing() {
        int weeks = s.burnInWeeks() + 20;
        List<double[]> plain = run(new CommunityModel(s, 11), weeks);
        CommunityModel heard = new CommunityModel(s, 11);
        heard.addCareListener(new Tally(heard));
        List<double[]> withListener = run(heard, weeks);
        for (int w = 0; w < weeks; w++) assertArrayEquals(plain.get(w), withListener.get(w), 0.0, "week " + (w + 1));
    }

    /** Trials live in capsim.evidence: the model's sources name no trial, study design or arm in code. */
    @Test
    void theModelHoldsNoTrialCode() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src", "main", "java", "capsim", "model"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int k = 0; k < lines.size(); k++) {
                    String code = lines.get(k).replaceAll("//.*", "").trim();
                    if (code.startsWith("*") || code.startsWith("/*")) continue;  // javadoc and block comments
                    if (code.matches("(?i).*(trial|VirtualStud|\\bdesign\\b).*")) found.add(f.getFileName() + ":" + (k + 1) + ": " + code);
                }
            }
        }
        assertEquals(List.of(), found, "trial code in capsim.model (it belongs in capsim.evidence)");
    }
}
