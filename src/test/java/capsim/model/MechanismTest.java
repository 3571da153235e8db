package capsim.model;

import capsim.experiment.Replications;
import capsim.experiment.RunResult;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mechanisms a user relies on, each against a paired run with the same seed (common random
 * numbers: both arms meet the same life events), so a difference is the mechanism's, not chance's.
 */
class MechanismTest {
    private static final int POPULATION = 8000, YEARS = 3, REPLICATIONS = 2;

    private static Scenario load(String name, String... sets) {
        return ScenarioLoader.load(name, List.of(sets)).withPopulation(POPULATION).withYears(YEARS).withBurnInYears(1);
    }

    /** Mean over replications of a measure summed (flows) or averaged (stocks) over the reported weeks. */
    private static double measure(Scenario s, String name) { return measure(s, name, REPLICATIONS); }

    private static double measure(Scenario s, String name, int replications) {
        double v = 0;
        for (RunResult r : Replications.run(s, replications, 2, null)) {
            double t = r.total(name);
            v += Measures.kind(name) == Measures.Kind.FLOW ? t : t / r.weeks();
        }
        return v / replications;
    }

    private static double crises(Scenario s) {
        double v = 0;
        for (RunResult r : Replications.run(s, REPLICATIONS, 2, null))
            for (Agency a : Agency.values()) v += r.total(a.code + "_crises");
        return v / REPLICATIONS;
    }

    @Test
    void askingWomenFirstMovesWhoCaresNotHowMuchIsGiven() {
        Scenario even = load("baseline-deficit", "informal.women_asked_factor=1"), women = load("baseline-deficit", "informal.women_asked_factor=2");
        double shareEven = measure(even, "carers_female") / measure(even, "carers");
        double shareWomen = measure(women, "carers_female") / measure(women, "carers");
        double hoursEven = measure(even, "support_hours"), hoursWomen = measure(women, "support_hours");
        System.out.printf("female share of carers: even %.3f, women asked twice %.3f; support hours %.0f, %.0f%n",
                shareEven, shareWomen, hoursEven, hoursWomen);
        assertTrue(shareWomen > shareEven + 0.05, "women asked more -> more of the carers are women");
        assertEquals(hoursEven, hoursWomen, 0.1 * hoursEven, "the hours asked are shared differently, not cut");
    }

    @Test
    void moreCommunityPlacesMeanFewerCrises() {
        double few = crises(load("baseline-deficit", "community.assets_per_1000=0.2"));
        double many = crises(load("baseline-deficit", "community.assets_per_1000=6"));
        System.out.printf("crises: few places %.1f, many places %.1f%n", few, many);
        assertTrue(many < few, "more community places -> fewer crises: " + many + " vs " + few);
    }

    @Test
    void higherThresholdsMeanMoreUnmetNeed() {
        double base = measure(load("baseline-deficit"), "unmet_need");
        double high = measure(load("baseline-deficit", "agencies.csc.threshold=0.45", "agencies.asc.threshold=0.75",
                "agencies.mh.threshold=0.55", "agencies.housing.threshold=0.7"), "unmet_need");
        System.out.printf("unmet need: baseline %.5f, higher thresholds %.5f%n", base, high);
        assertTrue(high > base, "higher thresholds -> more unmet need");
    }

    @Test
    void sbaAsCutsMeansMoreUnmetNeedAndCarerStrain() {
        Scenario base = load("baseline-deficit"), cuts = load("sba-as-cuts");
        double u0 = measure(base, "unmet_need"), u1 = measure(cuts, "unmet_need");
        double s0 = measure(base, "carer_strain"), s1 = measure(cuts, "carer_strain");
        System.out.printf("unmet %.5f -> %.5f; strain %.5f -> %.5f%n", u0, u1, s0, s1);
        assertTrue(u1 > u0, "SBA as cuts -> more unmet need than the baseline");
        assertTrue(s1 > s0, "SBA as cuts -> more carer strain than the baseline");
    }

    /**
     * Strengths-based practice has less to work with where people have no kin, friends or
     * neighbours to mobilise: over the default ten years, the saving, each arm against its own
     * deficit baseline with the same seeds, is smaller there than in the default authority. (An
     * authority with no community places and high deprivation no longer saves less: places found
     * by practice now cost the voluntary sector, and carry almost none of the saving.)
     */
    @Test
    void strengthsBasedSavesLessWhereThereIsLessToMobilise() {
        // the network is what practice mobilises (compare --decompose: the network mechanisms carry most of the saving)
        String[] thin = {"network.kin_mean=0", "network.friends_mean=0", "network.neighbours_mean=0"};
        double rich = saving(new String[0]), alone = saving(thin);
        System.out.printf("saving over ten years: default networks %.0f, no kin, friends or neighbours %.0f%n", rich, alone);
        assertTrue(rich > 0, "strengths-based saves in the default authority");
        assertTrue(alone < rich, "less to mobilise -> a smaller saving: " + alone + " vs " + rich);
    }

    /** Baseline minus strengths-based total cost over the default ten years after eight of burn-in, 10,000 people, paired. */
    private static double saving(String[] sets) {
        double v = 0;
        for (String name : new String[]{"baseline-deficit", "strengths-based"}) {
            Scenario s = ScenarioLoader.load(name, List.of(sets)).withPopulation(10_000);
            double total = 0;
            for (RunResult r : Replications.run(s, 6, 2, null)) total += r.total("total_cost");
            v += name.equals("baseline-deficit") ? total : -total;
        }
        return v / 6;
    }

    /**
     * Repeat referrals about one concern (agencies.csc.repeat_referral_rate): with them on, the
     * same children meet more referrals, and a larger share of referrals comes within 12 months
     * of the last one, than with them off (same seed, same life events).
     */
    @Test
    void repeatReferralsRaiseTheReReferralShare() {
        Scenario on = load("baseline-deficit"), off = load("baseline-deficit", "agencies.csc.repeat_referral_rate=0");
        double refOn = measure(on, "csc_referrals"), refOff = measure(off, "csc_referrals");
        double shareOn = measure(on, "csc_re_referrals") / refOn, shareOff = measure(off, "csc_re_referrals") / refOff;
        System.out.printf("re-referral share: repeat referrals off %.3f, on %.3f; referrals %.0f -> %.0f%n", shareOff, shareOn, refOff, refOn);
        assertTrue(refOn > refOff, "repeat referrals -> more referrals");
        assertTrue(shareOn > shareOff + 0.03, "repeat referrals -> a higher re-referral share: " + shareOn + " vs " + shareOff);
    }

    /**
     * Gain from network activation = outcome with family group conferences whose activation does
     * nothing (no tie boost, no mobilisation) minus outcome with real ones, as
     * a share of the former (thin networks leave more children at risk to start with), so the
     * difference is activation's alone; with thin networks there is less to activate.
     */
    @Test
    void fewerTiesMeanSmallerGainFromNetworkActivation() {
        String[] thin = {"network.kin_mean=0", "network.friends_mean=0", "network.neighbours_mean=0"};
        String[] inert = {"sba.network_tie_boost=0", "sba.network_mobilise=0"};
        double gainRich = activationGain(new String[0], inert);
        double gainThin = activationGain(thin, inert);
        System.out.printf("share of looked-after children avoided by network activation: rich networks %.3f, thin %.3f%n", gainRich, gainThin);
        assertTrue(gainRich > 0, "network activation helps where there is a network");
        assertTrue(gainThin < gainRich, "fewer ties -> smaller gain from network activation");
    }

    /**
     * At 20,000 people and 4 replications: after issue 19 the gain at the file's 8,000 and 2 was
     * inside the noise (-0.000 measured); at 20,000 and 4 it is 0.021 of children looked after,
     * and 0.000 with thin networks.
     */
    private static double activationGain(String[] network, String[] inert) {
        String[] without = java.util.stream.Stream.concat(java.util.Arrays.stream(network), java.util.Arrays.stream(inert)).toArray(String[]::new);
        double none = measure(load("family-group-conferencing", without).withPopulation(20_000), "children_looked_after", 4);
        return (none - measure(load("family-group-conferencing", network).withPopulation(20_000), "children_looked_after", 4)) / none;
    }
}
