package capsim.model;

import capsim.experiment.Replications;
import capsim.experiment.RunResult;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Constants that were in the code are parameters the model reads: raising each moves its outcome the expected way (same seed). */
class OutcomeParametersTest {

    private static double total(String set, String measure, int population) {
        Scenario s = ScenarioLoader.load("baseline-deficit", List.of(set)).withPopulation(population).withYears(2).withBurnInYears(1);
        RunResult r = Replications.run(s, 1, 1, null).get(0);
        return Measures.kind(measure) == Measures.Kind.FLOW ? r.total(measure) : r.total(measure) / r.weeks();
    }

    /** Mental health crises are rare (about one in 250 crises), so that row needs more people to see any. */
    @ParameterizedTest(name = "{0}: {1} -> {2} raises {3} ({4} people)")
    @CsvSource({
            "crisis.mental_ae_share, 0, 1, acute_crises, 30000",
            "events.child_spill, 0, 1, csc_referrals, 4000",
            "events.mix.adult.domestic_abuse, 0, 0.5, police_contacts, 4000",
            "agencies.csc.early_help_places_per_10k, 0, 100, csc_new_packages, 4000",
            "measures.wellbeing.support, 0, 1, wellbeing, 4000",
            "community.join_chance_base, 0, 1, places_filled, 4000",
    })
    void raisingTheParameterRaisesItsOutcome(String key, String low, String high, String measure, int population) {
        double lo = total(key + "=" + low, measure, population), hi = total(key + "=" + high, measure, population);
        assertTrue(hi > lo, key + " " + low + " -> " + high + ": " + measure + " " + lo + " -> " + hi);
    }
}
