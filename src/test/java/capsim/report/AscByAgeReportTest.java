package capsim.report;

import capsim.analysis.Interval;
import capsim.analysis.PairedComparison;
import capsim.analysis.SyntheticRuns;
import capsim.experiment.RunResult;
import capsim.model.Agency;
import capsim.model.Measures;
import capsim.output.Numbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adult social care's change by age (18-64, 65+): known by arithmetic, in summary.json and on the page. */
class AscByAgeReportTest {

    /** The baseline's 65+ share of adult social care's weekly cost; the scenario's extra spending is all on 18-64s. */
    private static final double OLDER_SHARE = 0.6;

    private static List<RunResult> runs(String name, boolean extra) {
        List<RunResult> rs = SyntheticRuns.runs(name, 6, 4, 7L,
                (r, a, w) -> ReportFixtures.base(r, a, w) + (extra && a == Agency.ASC && w < 104 ? 120 + r : 0));
        int asc = Measures.agency(Agency.ASC, "cost"), young = Measures.index("asc_cost_18_64"), old = Measures.index("asc_cost_65_plus");
        for (RunResult run : rs)
            for (int w = 0; w < run.weeks(); w++) {
                double[] row = run.rows()[w];
                row[old] = OLDER_SHARE * ReportFixtures.base(run.replication(), Agency.ASC, w);
                row[young] = row[asc] - row[old];
            }
        return rs;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAgeSplitIsPairedLikeAnAgency(@TempDir Path dir) throws Exception {
        PairedComparison c = PairedComparison.analyse(ReportFixtures.named("baseline", "b"), ReportFixtures.named("sba", "s"),
                runs("b", false), runs("s", true), 0.035, true);
        Interval young = c.ascByAge().get(0).change(), old = c.ascByAge().get(1).change();
        // 104 weeks of 120 + r extra, r = 0..5: mean 104 * 122.5, sd 104 * sd(0..5)
        assertEquals(104 * 122.5, young.mean(), 1e-6);
        assertEquals(104 * Math.sqrt(3.5), young.sd(), 1e-6);
        assertTrue(young.low() > 0, "the extra spending is clear");
        assertEquals(0.0, old.mean(), 0.0);
        assertEquals(0.0, old.sd(), 0.0);
        Interval asc = c.delta(Agency.ASC.code, "cost", 0).change();
        assertEquals(asc.mean(), young.mean() + old.mean(), 1e-6 * asc.mean(), "no charge on a child or no one here: the ages sum to the agency");

        ComparisonReport.write(dir, c, new ComparisonFiles.Settings("test", 0.035));
        Map<String, Object> s = (Map<String, Object>) new org.yaml.snakeyaml.Yaml().load(Files.readString(dir.resolve("summary.json")));
        Map<String, Object> byAge = (Map<String, Object>) s.get("asc_by_age");
        assertEquals(List.of("18_64", "65_plus"), List.copyOf(byAge.keySet()));
        Map<String, Object> y = (Map<String, Object>) byAge.get("18_64"), o = (Map<String, Object>) byAge.get("65_plus");
        assertEquals("invests", y.get("role"));
        assertEquals("no change", o.get("role"));
        Map<String, Object> yc = (Map<String, Object>) y.get("net_cost_change_gbp");
        assertEquals(young.mean(), ((Number) yc.get("mean")).doubleValue(), 1e-9);
        assertEquals(young.low(), ((Number) yc.get("ci95_low")).doubleValue(), 1e-9);
        Map<String, Object> agency = (Map<String, Object>) ((List<Object>) s.get("agencies")).get(Agency.ASC.ordinal());
        assertEquals(agency.keySet().stream().filter(k -> !k.equals("agency")).toList(), List.copyOf(y.keySet()), "shaped as an agency's entry");

        String html = Files.readString(dir.resolve("report.html"));
        int ascRow = html.indexOf("<tr><td>" + Agency.ASC.label + "</td>");
        int youngRow = html.indexOf("<tr class=\"sub\"><td>Adult social care, people aged 18-64</td><td>spends more</td><td>"
                + Numbers.signedMoney(young.mean()) + "</td>");
        int oldRow = html.indexOf("<tr class=\"sub\"><td>Adult social care, people aged 65+</td><td>no change</td>");
        assertTrue(ascRow >= 0 && youngRow > ascRow && oldRow > youngRow, "the age rows, with the 18-64 change, follow adult social care's row");
    }
}
