package capsim.report;

import capsim.analysis.PairedComparison;
import capsim.analysis.ParameterDifferences;
import capsim.analysis.SyntheticRuns;
import capsim.analysis.Verdict;
import capsim.experiment.RunResult;
import capsim.model.Agency;
import capsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The answer's words follow the numbers: no saving reads as no saving. */
class WordsTest {
    static final Scenario B = ReportFixtures.named("baseline-deficit", "b");
    static final Scenario S = ReportFixtures.named("sba-as-cuts", "s");

    static PairedComparison compare(SyntheticRuns.WeeklyCost scenarioCost) {
        List<RunResult> b = SyntheticRuns.runs("b", 8, 3, 7, ReportFixtures::base);
        List<RunResult> s = SyntheticRuns.runs("s", 8, 3, 7, scenarioCost);
        return PairedComparison.analyse(B, S, b, s, 0.035, true);
    }

    static String answer(PairedComparison c) {
        return String.join(" ", new Words(c, ParameterDifferences.between(B, S)).answer());
    }

    @Test
    void extraCostReadsAsNoSaving() {
        // social care saves a little, acute spends more: net extra cost
        PairedComparison c = compare((r, a, w) -> ReportFixtures.base(r, a, w) - (a == Agency.ASC ? 20 : 0) + (a == Agency.ACUTE ? 35 + r : 0));
        assertEquals(Verdict.EXTRA_COST, c.verdict());
        String text = answer(c);
        assertTrue(text.startsWith("There is no saving: over 3 years, sba-as-cuts costs "), text);
        assertTrue(text.contains("falls clearly in Adult social care"), "the budget that does save is named: " + text);
        assertTrue(text.contains("none of the 8 replications breaks even"), text);
        assertFalse(text.contains(" saves "), text);
        assertTrue(new Words(c, List.of()).cumulativeSubtitle().contains("no saving"));
    }

    @Test
    void noisyNullReadsAsNoClearSaving() {
        // a change whose sign flips between replications: the interval includes zero
        PairedComparison c = compare((r, a, w) -> ReportFixtures.base(r, a, w) + (a == Agency.POLICE ? (r % 2 == 0 ? 9 : -10) : 0));
        assertEquals(Verdict.NO_CLEAR_DIFFERENCE, c.verdict());
        String text = answer(c);
        assertTrue(text.startsWith("There is no clear saving"), text);
        assertTrue(text.contains("includes zero"), text);
        assertTrue(text.contains("No single agency's budget changes clearly"), text);
    }

    @Test
    void identicalReadsAsIdentical() {
        PairedComparison c = compare(ReportFixtures::base);
        assertEquals(Verdict.IDENTICAL, c.verdict());
        String text = answer(c);
        assertTrue(text.contains("costs exactly the same"), text);
        assertTrue(text.contains("nothing to break even on"), text);
    }

    @Test
    void savingReadsAsSavingWithItsInterval() {
        PairedComparison c = compare((r, a, w) -> ReportFixtures.base(r, a, w) - (a == Agency.ACUTE ? 30 + r : 0));
        assertEquals(Verdict.SAVING, c.verdict());
        String text = answer(c);
        assertTrue(text.startsWith("Over 3 years, sba-as-cuts saves £"), text);
        assertTrue(text.contains("95% interval"), text);
        assertTrue(text.contains("100% of the 8 replications break even within 3 years (median year 1)"), text);
    }

    @Test
    void unpaidCareShiftedToFamiliesIsNamedBesideASaving() {
        List<RunResult> b = SyntheticRuns.runs("b", 8, 3, 7, ReportFixtures::base);
        List<RunResult> s = SyntheticRuns.runs("s", 8, 3, 7, (r, a, w) -> ReportFixtures.base(r, a, w) - (a == Agency.ASC ? 30 + r : 0));
        int col = capsim.model.Measures.index(PairedComparison.UNPAID_CARE);
        for (RunResult run : s) for (double[] row : run.rows()) row[col] += 12 + run.replication() % 3;
        PairedComparison c = PairedComparison.analyse(B, S, b, s, 0.035, true);
        assertEquals(Verdict.SAVING, c.verdict());
        String text = answer(c);
        assertTrue(text.contains("; but unpaid care worth £"), text);
        assertTrue(text.contains("falls on families and friends, outside every budget"), text);
        List<String[]> caveats = new Words(c, List.of()).computedCaveats();
        assertTrue(caveats.stream().anyMatch(cv -> cv[0].equals("Cost shifted onto families and friends")));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "share {0} reads {1}")
    @org.junit.jupiter.params.provider.CsvSource({"1.07, nearly all", "0.996, nearly all", "0.59, 59%", "0.004, almost none", "NaN, nearly all"})
    void aShareOfVarianceNeverReadsOver100Percent(double share, String words) {
        assertEquals(words, UncertaintyReport.share(share));
    }

    @Test
    void fewDrawsSayWhatChanceAloneReaches() {
        assertEquals(0.653, UncertaintyReport.chanceCorrelation(10), 0.001);
        assertEquals(1.0, UncertaintyReport.chanceCorrelation(3), 0.0, "with 3 draws any correlation could be chance");
        assertTrue(UncertaintyReport.chanceCorrelation(40) < 0.32);
    }
}
