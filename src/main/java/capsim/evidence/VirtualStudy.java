package capsim.evidence;

import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;

import java.util.List;

/**
 * The runs behind the evidence table: each a scenario built from the base by switching on one
 * virtual trial ({@code trial.*} in the registry), with the years the design needs. Both arms of
 * every trial live in the same run and meet the same services; only the trial's mechanism differs.
 */
public enum VirtualStudy {
    /** Children at pre-proceedings randomised to a family group conference; five years of enrolment and a year's follow-up. */
    FAMILY_GROUP_CONFERENCE(6, "trial.design=fgc"),
    /** Neighbourhoods randomised to a community-led adult front door (the conversation when people first ask, at a talking point); two years before the switch, four after. */
    COMMUNITY_LED_SUPPORT(6, "trial.design=cluster", "trial.cluster_agency=asc", "agencies.asc.pathway=strengths", "sba.start_year=2",
            "sba.front_door_conversation=true"),
    /** Neighbourhoods randomised to Signs of Safety (children's strengths-based practice at the fidelity seen). */
    SIGNS_OF_SAFETY(6, "trial.design=cluster", "trial.cluster_agency=csc", "agencies.csc.pathway=strengths", "sba.start_year=2"),
    /** High GP users at the end of year 1 randomised to a link worker; also the held-out gradients of year 1 (before any referral). */
    SOCIAL_PRESCRIBING(2, "trial.design=social-prescribing"),
    /** Children's and adults' practice switch after two years: before and after, for the claims treated as bounds. */
    BEFORE_AFTER(4, "agencies.csc.pathway=strengths", "agencies.asc.pathway=strengths", "sba.start_year=2");

    /** Reported years the design needs (after the base's burn-in). */
    public final int years;
    private final List<String> sets;

    VirtualStudy(int years, String... sets) {
        this.years = years;
        this.sets = List.of(sets);
    }

    /** The base with this study switched on. */
    public Scenario scenario(Scenario base) {
        Scenario s = ScenarioLoader.applySets(base.withYears(years), sets);
        if (this == SIGNS_OF_SAFETY)  // training-led change at the fidelity the evaluation saw
            s = ScenarioLoader.override(s, "sba.fidelity", Double.toString(s.params().num("trial.sos_fidelity")), "evidence");
        return s;
    }

    /** The study's name in file names and messages. */
    public String label() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
}
