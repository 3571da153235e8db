package capsim.evidence;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Estimands on hand-built counters: the arithmetic each row relies on, and the jackknife interval. */
class EstimandsTest {
    private static Counts counts(Object... kv) {
        Map<String, Double> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
        return new Counts(new TreeMap<>(m));
    }

    @Test
    void familyGroupConferenceIsTheDifferenceOfProportionsInPoints() {
        String p = "family-group-conference/fgc.";
        Counts c = counts(p + "treated.followed", 100, p + "treated.in_care_12m", 36, p + "control.followed", 200, p + "control.in_care_12m", 90);
        assertEquals(36 - 45, Estimands.ALL.get("fgc_in_care_12m").applyAsDouble(c), 1e-9);
        assertEquals(45, Estimands.ALL.get("fgc_control_in_care_12m").applyAsDouble(c), 1e-9);
    }

    @Test
    void differenceInDifferencesTakesTheControlsChangeAway() {
        String p = "community-led-support/cluster.";
        // treated 20% -> 10%, control 20% -> 25%: (10 - 20) - (25 - 20) = -15 points
        Counts c = counts(p + "treated.before.requests", 100, p + "treated.before.long_term_starts", 20,
                p + "treated.after.requests", 200, p + "treated.after.long_term_starts", 20,
                p + "control.before.requests", 50, p + "control.before.long_term_starts", 10,
                p + "control.after.requests", 100, p + "control.after.long_term_starts", 25);
        assertEquals(-15, Estimands.ALL.get("cls_long_term_share").applyAsDouble(c), 1e-9);
    }

    @Test
    void gradientsAreRateRatios() {
        String h = "social-prescribing/held_out.";
        Counts c = counts(h + "children.decile1", 1000, h + "plan_or_care.decile1", 50, h + "children.decile10", 2000, h + "plan_or_care.decile10", 10,
                h + "adults_18_64", 3000, h + "long_term.18_64", 30, h + "adults_65_plus", 1000, h + "long_term.65_plus", 50);
        assertEquals(10, Estimands.ALL.get("held_out_deprivation").applyAsDouble(c), 1e-9);
    }

    @Test
    void sharesOfWorkingAgeSpendingAndLearningDisabilityAreSharesOfTheirWholes() {
        String h = "social-prescribing/held_out.";
        Counts c = counts(h + "asc_cost.18_64", 300, h + "asc_cost.adults", 1200,
                h + "long_term.18_64", 40, h + "long_term.18_64_learning_disability", 10);
        assertEquals(0.25, Estimands.ALL.get("held_out_asc_spend_18_64").applyAsDouble(c), 1e-9);
        assertEquals(0.25, Estimands.ALL.get("held_out_learning_disability_share_18_64").applyAsDouble(c), 1e-9);
        assertTrue(Double.isNaN(Estimands.ALL.get("held_out_asc_spend_18_64").applyAsDouble(counts())));
    }

    @Test
    void anEmptyArmGivesNoEstimateNotZero() {
        assertTrue(Double.isNaN(Estimands.ALL.get("fgc_in_care_12m").applyAsDouble(counts())));
    }

    @Test
    void jackknifeIntervalIsPooledEstimateWithSpreadOverReplications() {
        String p = "family-group-conference/fgc.";
        List<Counts> reps = List.of(
                counts(p + "treated.followed", 10, p + "treated.in_care_12m", 3, p + "control.followed", 10, p + "control.in_care_12m", 5),
                counts(p + "treated.followed", 10, p + "treated.in_care_12m", 4, p + "control.followed", 10, p + "control.in_care_12m", 4),
                counts(p + "treated.followed", 10, p + "treated.in_care_12m", 2, p + "control.followed", 10, p + "control.in_care_12m", 5));
        double[] e = Estimands.estimate(Estimands.ALL.get("fgc_in_care_12m"), reps);
        assertEquals(100 * (9 / 30.0 - 14 / 30.0), e[0], 1e-9);
        assertTrue(e[1] < e[0] && e[0] < e[2], "the interval surrounds the estimate");
        // identical replications: no spread, the interval shrinks to the estimate
        double[] same = Estimands.estimate(Estimands.ALL.get("fgc_in_care_12m"), List.of(reps.get(0), reps.get(0)));
        assertEquals(same[0], same[1], 1e-9);
        assertEquals(same[0], same[2], 1e-9);
    }

    @Test
    void everyPublishedRowHasAnEstimandAndEveryEstimandARow() {
        List<String> ids = Findings.load().rows().stream().map(Findings.Finding::id).toList();
        assertEquals(List.copyOf(Estimands.ALL.keySet()), ids);
    }
}
