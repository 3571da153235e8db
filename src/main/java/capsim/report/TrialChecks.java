package capsim.report;

import capsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a comparison rests on a mechanism a study checks, the row of the evidence table
 * ({@code capsim evidence}, docs/EVIDENCE.md) that checks it; and, plainly, what goes beyond any
 * study. Decided from which agencies the scenario switches to strengths-based practice that the
 * baseline does not.
 */
final class TrialChecks {
    private TrialChecks() {}

    static List<String[]> of(Scenario baseline, Scenario scenario) {
        List<String[]> out = new ArrayList<>();
        boolean any = false;
        if (switched(baseline, scenario, "csc")) {
            any = true;
            out.add(new String[]{"Children's practice against the trials",
                    "The family network mobilisation this practice uses is run as the family group conferencing trial inside the "
                    + "model (children randomised at pre-proceedings, both arms given the pre-proceedings weeks before a decision on "
                    + "proceedings, the treated arm a conference; in care 12 months later and care entered: rows fgc_in_care_12m and "
                    + "fgc_proceedings; network mobilisation fitted to it and to Community Led Support), and children's strengths-based practice at the fidelity Signs of Safety's evaluation saw "
                    + "as its difference in differences on re-referral (row sos_re_referral); run capsim evidence for the table. Beyond "
                    + "any trial: the strengths a conversation builds, effects after the first year, and every cost outside children's services."});
        }
        if (switched(baseline, scenario, "asc")) {
            any = true;
            out.add(new String[]{"Adults' practice against the trials",
                    "Adult social care's strengths-based front door (its talking points: the conversation when people first ask) is "
                    + "run as Community Led Support's difference in differences inside the model (share of new clients going on to "
                    + "funded long-term support: row cls_long_term_share) and held to Three Conversations' self-reported halving of "
                    + "long-term packages as an upper bound (row three_conversations_long_term). Beyond any trial: the conversation's "
                    + "own effect on strengths and dependency (sba.strengths_gain, sba.dependency_cut), and effects after four years."});
        }
        if (switched(baseline, scenario, "gp")) {
            any = true;
            out.add(new String[]{"Social prescribing against the trials",
                    "Extra link worker referrals are checked on the controlled studies' estimand (GP use of referred against unreferred "
                    + "high users: row sp_controlled); the uncontrolled 28% fall is reproduced largely by regression to the mean, which "
                    + "the unreferred arm shows too (row sp_uncontrolled_unreferred), so it is not counted as an effect."});
        }
        if (any)
            out.add(new String[]{"Where the model goes beyond any trial",
                    "No study measured a whole authority moving to strengths-based practice over ten years: the totals, who pays and "
                    + "who saves, the costs to police, housing, mental health and acute care, the community's response (places and "
                    + "volunteers) and the deprivation gap are the model's own, resting on the assumptions listed above, not on a trial."});
        return out;
    }

    private static boolean switched(Scenario baseline, Scenario scenario, String agency) {
        String key = "agencies." + agency + ".pathway";
        return strengths(scenario, key) && !strengths(baseline, key);
    }

    private static boolean strengths(Scenario s, String key) { return s.params().has(key) && s.params().str(key).equals("strengths"); }
}
