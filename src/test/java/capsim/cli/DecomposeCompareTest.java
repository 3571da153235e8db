package capsim.cli;

import capsim.output.Csv;
import capsim.study.PracticeMechanisms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static capsim.cli.ProbabilisticCompareTest.json;
import static capsim.cli.ProbabilisticCompareTest.map;
import static capsim.cli.ProbabilisticCompareTest.num;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code capsim compare --decompose}: one paired, chance-alone comparison per practice mechanism, at a tiny size. */
class DecomposeCompareTest {
    static final List<String> MECHANISMS = List.of("conversation_and_strengths", "dependency", "network", "community", "coproduced_package",
            "shared_lives", "conversation_time", "primary_care", "all_practice_effects");

    @TempDir Path tmp;

    static Cli.Result compare(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("compare", "baseline-deficit", "strengths-based", "--population", "1500",
                "--years", "2", "--set", "burn_in_years=1", "--replications", "2", "--decompose",
                // a scenario value the conversation_time switch must read (the csc assessment is 20 hours by default)
                "--set", "agencies.csc.assessment_hours=21"));
        args.addAll(List.of(extra));
        args.addAll(List.of("--out", out.toString()));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void writesOneRowPerMechanismByteIdenticalWhateverTheThreads() throws IOException {
        Path one = tmp.resolve("one"), two = tmp.resolve("two"), drawn = tmp.resolve("drawn");
        Cli.Result r1 = compare(one, "--uncertainty", "none", "--threads", "1");
        assertEquals(0, r1.code(), r1.toString());
        Cli.Result r2 = compare(two, "--uncertainty", "none", "--threads", "2");
        assertEquals(0, r2.code(), r2.toString());
        for (String f : List.of("decomposition.csv", "summary.json", "report.html", "deltas.csv"))
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f + ": 1 vs 2 threads");

        // one progress line per extra comparison
        assertEquals(PracticeMechanisms.get().size(), r1.out().lines().filter(l -> l.startsWith("decompose ")).count(), r1.out());
        assertTrue(r1.out().contains("decompose 1/9: conversation_and_strengths off: sba.strengths_gain=0"), r1.out());

        List<String> lines = Files.readAllLines(one.resolve("decomposition.csv"));
        assertEquals("mechanism,keys_switched,net_saving_with_it_off_gbp,net_saving_with_it_off_ci95_low,"
                + "net_saving_with_it_off_ci95_high,saving_it_carries_gbp,saving_it_carries_ci95_low,saving_it_carries_ci95_high,"
                + "full_net_saving_gbp,share_of_full_saving,replications", lines.get(0));
        List<List<String>> rows = lines.subList(1, lines.size()).stream().map(Csv::split).toList();
        assertEquals(MECHANISMS, rows.stream().map(f -> f.get(0)).toList(), "one row per mechanism, then all of them at once");
        assertEquals(PracticeMechanisms.get().stream().map(PracticeMechanisms.Mechanism::name).toList(),
                rows.stream().map(f -> f.get(0)).toList(), "in the data list's order");

        // the full saving is the comparison's own (nothing drawn, the same runs)
        Map<String, Object> s = json(one.resolve("summary.json"));
        double full = num(map(s.get("net_saving_gbp")).get("mean"));
        Map<String, Object> block = map(s.get("decomposition"));
        assertEquals(full, num(map(block.get("full_net_saving_gbp")).get("mean")));
        assertEquals(MECHANISMS.size(), ((List<?>) block.get("mechanisms")).size());
        assertTrue(((List<?>) s.get("outputs")).contains("decomposition.csv"));

        LinkedHashSet<String> union = new LinkedHashSet<>();
        boolean someoneMatters = false;
        for (List<String> f : rows) {
            assertEquals(11, f.size(), f.toString());
            double off = Double.parseDouble(f.get(2)), low = Double.parseDouble(f.get(3)), high = Double.parseDouble(f.get(4));
            assertTrue(low <= off && off <= high, f.toString());
            assertEquals(full, Double.parseDouble(f.get(8)), f.toString());
            assertEquals((full - off) / full, Double.parseDouble(f.get(9)), 1e-9, "share = (full - off) / full: " + f);
            // what it carries is the same difference, paired replication by replication
            assertEquals(full - off, Double.parseDouble(f.get(5)), 1e-6 * Math.abs(full) + 1e-6, f.toString());
            assertEquals("2", f.get(10));
            if (off != full) someoneMatters = true;
            if (!f.get(0).equals("all_practice_effects")) union.addAll(List.of(f.get(1).split("; ")));
        }
        assertTrue(someoneMatters, "switching mechanisms off changes the saving");
        List<String> all = rows.get(rows.size() - 1);
        assertEquals(List.copyOf(union), List.of(all.get(1).split("; ")), "all_practice_effects is every switch above");
        assertNotEquals(full, Double.parseDouble(all.get(2)), "with every practice effect off the saving moves");
        assertEquals("sba.network_tie_boost=0; sba.network_mobilise=0", rows.get(2).get(1));
        assertEquals("sba.community_connection=0", rows.get(3).get(1));
        assertEquals("sba.shared_lives_share=0.1", rows.get(5).get(1), "Shared Lives as often as after the usual assessment");
        assertEquals("agencies.gp.pathway=deficit", rows.get(7).get(1));
        // conversation time set to the scenario's own assessment hours, not the registry default
        assertTrue(rows.get(6).get(1).startsWith("agencies.csc.conversation_hours=21; agencies.asc.conversation_hours=6; "
                + "agencies.mh.conversation_hours=3"), rows.get(6).get(1));

        String html = Files.readString(one.resolve("report.html"));
        assertTrue(html.contains("<section id=\"decomposition\">"));
        for (String m : MECHANISMS) assertTrue(html.contains("<tr><td>" + m.replace('_', ' ') + "<br>"), m);

        // with parameters drawn the decomposition is still chance alone at the files' values: the same file
        Cli.Result r3 = compare(drawn, "--threads", "2");
        assertEquals(0, r3.code(), r3.toString());
        assertEquals(PracticeMechanisms.get().size() + 1, r3.out().lines().filter(l -> l.startsWith("decompose ")).count(), r3.out());
        assertArrayEquals(Files.readAllBytes(one.resolve("decomposition.csv")), Files.readAllBytes(drawn.resolve("decomposition.csv")),
                "decomposition.csv does not depend on the parameter draws of the main comparison");
        assertNotEquals(Files.readString(one.resolve("deltas.csv")), Files.readString(drawn.resolve("deltas.csv")),
                "while the main comparison did draw parameters");
    }

    @Test
    void withoutTheFlagNothingIsDecomposed() throws IOException {
        Path out = tmp.resolve("plain");
        Cli.Result r = Cli.run("compare", "baseline-deficit", "strengths-based", "--population", "1500", "--years", "1", "--set",
                "burn_in_years=0", "--replications", "2", "--uncertainty", "none", "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        assertFalse(Files.exists(out.resolve("decomposition.csv")));
        assertFalse(Files.readString(out.resolve("summary.json")).contains("\"decomposition\""));
        assertFalse(Files.readString(out.resolve("report.html")).contains("id=\"decomposition\""));
        assertFalse(r.out().contains("decompose"), r.out());
    }
}
