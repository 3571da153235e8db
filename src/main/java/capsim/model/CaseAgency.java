package capsim.model;

import capsim.scenario.ParamSet;

/**
 * A case-holding agency: practitioners, caseload, waiting list, and the reviews of long-term
 * support that practitioners' time also goes to (both pathways alike).
 */
final class CaseAgency implements java.io.Serializable {
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

    /**
     * One agency's parameters, the keys named only here (SettingsTest checks no other read).
     * Places of the lower tier are per 10,000 people, 0 where the agency has none.
     */
    record Settings(boolean enabled, double practitionersPer10k, double caseload, double intakePer, double threshold,
            double discharge, double effect, double assessHours, double conversationHours, double lowerTierPlacesPer10k) {
        static Settings read(ParamSet p, Agency a) {
            String k = "agencies." + a.code + ".";
            String placesKey = a == Agency.CSC ? "early_help_places_per_10k" : a == Agency.ASC ? "short_term_places_per_10k" : null;
            return new Settings(
                    p.bool(k + "enabled"),
                    p.num(k + "practitioners_per_10k"),
                    p.num(k + "caseload"),
                    p.num(k + "intake_per_practitioner"),
                    p.num(k + "threshold"),
                    p.num(k + "discharge"),
                    p.num(k + "package_effect"),
                    p.num(k + "assessment_hours"),
                    p.num(k + "conversation_hours"),
                    placesKey == null ? 0 : p.num(k + placesKey));
        }
    }

    CaseAgency(Agency a, int domain, Settings c, double scale10k, double hourly) {
        this.agency = a;
        this.domain = domain;
        enabled = c.enabled();
        practitioners = c.practitionersPer10k() * scale10k;
        caseload = c.caseload();
        intakePer = c.intakePer();
        threshold = c.threshold();
        discharge = c.discharge();
        effect = c.effect();
        assessHours = c.assessHours();
        conversationHours = c.conversationHours();
        this.hourly = hourly;
        lowerTierPlaces = c.lowerTierPlacesPer10k() * scale10k;  // 0 times the scale where there are no places
    }

    double load() { return practitioners <= 0 ? 10 : open / (practitioners * caseload); }

    boolean lowerTierPlace() { return lowerTier < lowerTierPlaces; }
}
