package capsim.model;

import capsim.scenario.ParamSet;

/**
 * A case-holding agency: practitioners, caseload, waiting list, and the reviews of long-term
 * support that practitioners' time also goes to (both pathways alike).
 */
final class CaseAgency {
    final Agency agency;
    final int domain;
    final boolean enabled;
    final double practitioners, caseload, intakePer, threshold, discharge, effect, assessHours, conversationHours, hourly;
    final WaitingList queue = new WaitingList();
    /**
     * Reviews of long-term support, tagged with the week each is due: first reviews and the
     * later ones apart, so each list stays in due order (each has one interval for all).
     */
    final WaitingList firstReviews = new WaitingList(), laterReviews = new WaitingList();
    /** Practitioner hours not yet spent: assessments and conversations take their hours, then reviews. */
    double credit;
    /** Cases practitioners hold (early help and short-term support are delivered by others). */
    int open;
    /** Open cases of the lower-tier service (early help, short-term support), against its places. */
    int lowerTier;
    final double lowerTierPlaces;
    double trained;

    CaseAgency(Agency a, int domain, ParamSet p, double scale10k, double hourly, String placesKey) {
        this.agency = a;
        this.domain = domain;
        String k = "agencies." + a.code + ".";
        enabled = p.bool(k + "enabled");
        practitioners = p.num(k + "practitioners_per_10k") * scale10k;
        caseload = p.num(k + "caseload");
        intakePer = p.num(k + "intake_per_practitioner");
        threshold = p.num(k + "threshold");
        discharge = p.num(k + "discharge");
        effect = p.num(k + "package_effect");
        assessHours = p.num(k + "assessment_hours");
        conversationHours = p.num(k + "conversation_hours");
        this.hourly = hourly;
        lowerTierPlaces = placesKey == null ? 0 : p.num(k + placesKey) * scale10k;
    }

    double load() { return practitioners <= 0 ? 10 : open / (practitioners * caseload); }

    boolean lowerTierPlace() { return lowerTier < lowerTierPlaces; }
}
