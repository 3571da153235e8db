package capsim.report;

import capsim.analysis.Interval;
import capsim.analysis.PairedComparison;
import capsim.analysis.SyntheticRuns;
import capsim.experiment.RunResult;
import capsim.model.Agency;
import capsim.model.Measures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The societal view: a scenario that saves the budgets by moving care onto families. The budgets
 * fall by 50 + r a week, unpaid care rises by 40 a week and carers lose 30 + 2r a week, so
 * society pays 20 + r more a week, though the budgets save: the sum is paired by replication.
 */
class SocietalViewTest {

    private static List<RunResult> runs(String name, boolean shift) {
        List<RunResult> rs = SyntheticRuns.runs(name, 6, 3, 7L,
                (r, a, w) -> ReportFixtures.base(r, a, w) - (shift && a == Agency.ASC ? 50 + r : 0));
        int unpaid = Measures.index("unpaid_care_value"), lost = Measures.index("carers_lost_earnings");
        for (RunResult run : rs)
            for (int w = 0; w < run.weeks(); w++) {
                double[] row = run.rows()[w];
                row[unpaid] = 500 + (shift ? 40 : 0);
                row[lost] = 200 + (shift ? 30 + 2 * run.replication() : 0);
            }
        return rs;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSavingThatShiftsCareOntoFamiliesShowsAsACostToSociety(@TempDir Path dir) throws Exception {
        PairedComparison c = PairedComparison.analyse(ReportFixtures.named("baseline", "b"), ReportFixtures.named("sba", "s"),
                runs("b", false), runs("s", true), 0.035, true);
        int weeks = 3 * 52;
        List<PairedComparison.Change> soc = c.societal();
        assertEquals(PairedComparison.SOCIETAL, soc.stream().map(PairedComparison.Change::measure).toList());
        Interval budgets = soc.get(0).change(), unpaid = soc.get(1).change(), lost = soc.get(2).change(), total = soc.get(3).change();
        assertEquals(-weeks * 52.5, budgets.mean(), 1e-6, "the budgets save 50 + r a week, r = 0..5");
        assertEquals(c.netCostChange().mean(), budgets.mean(), 1e-9, "the budgets' part is the net cost change");
        assertEquals(weeks * 40, unpaid.mean(), 1e-6);
        assertEquals(weeks * 35, lost.mean(), 1e-6);
        assertEquals(budgets.mean() + unpaid.mean() + lost.mean(), total.mean(), 1e-6, "the sum of its parts");
        assertEquals(weeks * 22.5, total.mean(), 1e-6);
        // paired: the sum's sd is that of its replications' sums (r a week), not the parts' added
        assertEquals(weeks * Math.sqrt(3.5), total.sd(), 1e-6);
        assertTrue(budgets.high() < 0 && total.low() > 0, "a clear saving to the budgets is a clear cost to society");

        ComparisonReport.write(dir, c, new ComparisonFiles.Settings("test", 0.035));
        Map<String, Object> s = (Map<String, Object>) new org.yaml.snakeyaml.Yaml().load(Files.readString(dir.resolve("summary.json")));
        Map<String, Object> view = (Map<String, Object>) s.get("societal_view");
        double sum = 0;
        for (String k : List.of("budgets", "unpaid_care", "carers_lost_earnings")) {
            Map<String, Object> part = (Map<String, Object>) view.get(k);
            sum += ((Number) ((Map<String, Object>) part.get("change")).get("mean")).doubleValue();
        }
        Map<String, Object> t = (Map<String, Object>) view.get("total");
        assertEquals(sum, ((Number) ((Map<String, Object>) t.get("change")).get("mean")).doubleValue(), 1e-6, "summary.json's total sums its parts");
        List<Object> agencies = (List<Object>) s.get("agencies");
        assertTrue(agencies.stream().anyMatch(a -> "benefits".equals(((Map<String, Object>) a).get("agency"))), "benefits among the agencies");
        String page = Files.readString(dir.resolve("report.html"));
        assertTrue(page.contains("Carers' lost earnings") || page.contains("Carers&#39; lost earnings") || page.contains("Carers&#x27; lost earnings"));
        assertTrue(page.contains("The societal view"), "the finding when the budgets save and society does not");
    }
}
