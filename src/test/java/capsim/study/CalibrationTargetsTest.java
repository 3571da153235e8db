package capsim.study;

import capsim.experiment.RunResult;
import capsim.model.Measures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CalibrationTargetsTest {
    /** Two years of weeks with constant levels and flows, so every target has a hand-computed value. */
    private static RunResult run() {
        double[][] rows = new double[104][Measures.count()];
        for (int w = 0; w < 104; w++) {
            double[] r = rows[w];
            set(r, "population", 10_000);
            set(r, "children", 2_000);
            set(r, "adults", 6_000);
            set(r, "older", 2_000);
            set(r, "csc_referrals", 2);            // 104 a year
            set(r, "csc_re_referrals", 0.5);
            set(r, "csc_no_further_action", 0.8);
            set(r, "children_in_need", 66);
            set(r, "child_protection_plans", 9);
            set(r, "children_looked_after", w < 52 ? 14 : 16);
            set(r, "asc_contacts", 7);             // 364 a year
            set(r, "asc_long_term_starts", 0.25);  // 13 a year
            set(r, "adults_long_term_support", w < 52 ? 110 : 120);
            set(r, "asc_reablement_starts", 1);
            set(r, "carers", 900);
        }
        return new RunResult("t", 0, 1, rows);
    }

    private static void set(double[] r, String m, double v) { r[Measures.index(m)] = v; }

    @Test
    void everyTargetFollowsItsDocumentedFormula() {
        RunResult r = run();
        String c = "childrens_social_care.", a = "adult_social_care.";
        assertEquals(104 / 2000.0 * 1e4, CalibrationTargets.value(c + "referrals_per_10k_children_per_year", r, 1), 1e-9);
        assertEquals(0.25, CalibrationTargets.value(c + "re_referral_within_12_months_share", r, 1), 1e-12);
        assertEquals(0.4, CalibrationTargets.value(c + "no_further_action_or_not_in_need_share_of_referrals", r, 1), 1e-12);
        assertEquals(330, CalibrationTargets.value(c + "children_in_need_per_10k_at_31_march", r, 1), 1e-9);
        assertEquals(45, CalibrationTargets.value(c + "child_protection_plans_per_10k_at_31_march", r, 1), 1e-9);
        assertEquals(70, CalibrationTargets.value(c + "children_looked_after_per_10k_at_31_march", r, 1), 1e-9);
        assertEquals(80, CalibrationTargets.value(c + "children_looked_after_per_10k_at_31_march", r, 2), 1e-9);
        assertEquals(364 / 8000.0 * 1e4, CalibrationTargets.value(a + "requests_from_new_clients_per_10k_adults_per_year", r, 1), 1e-9);
        // year 2 starts with year 1's closing 110 in support, plus 13 starts during the year
        assertEquals((110 + 13) / 8000.0 * 1e4, CalibrationTargets.value(a + "long_term_support_during_year_per_10k_adults", r, 2), 1e-9);
        assertEquals(150, CalibrationTargets.value(a + "long_term_support_at_31_march_per_10k_adults", r, 2), 1e-9);
        assertEquals(52 / 8000.0 * 1e4, CalibrationTargets.value(a + "reablement_episodes_per_10k_adults_per_year", r, 1), 1e-9);
        assertEquals(0.09, CalibrationTargets.value("carers.unpaid_carers_share_aged_5_plus", r, 1), 1e-12);
        assertEquals(75, CalibrationTargets.meanOverYears(c + "children_looked_after_per_10k_at_31_march", r), 1e-9);
    }

    @Test
    void everyTargetInTheEnglandFileHasADefinitionAndTheTableListsThemAll() {
        assertEquals(30, CalibrationTargets.all().size());
        String md = CalibrationTargets.describe();
        for (CalibrationTargets.Definition d : CalibrationTargets.all()) assertTrue(md.contains("`" + d.name() + "`"));
    }

    @Test
    void docsResearchMdShowsTheFormulasAsCoded() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/RESEARCH.md"));
        for (String line : CalibrationTargets.describe().lines().skip(2).toList())
            assertTrue(doc.contains(line), "docs/RESEARCH.md is missing or differs: " + line);
    }
}
