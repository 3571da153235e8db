package capsim.model;

import capsim.scenario.ParamSet;

/**
 * Unit costs in one price year. Each cost parameter is in its own price year (unit-costs.yaml);
 * it is uplifted by {@code (1 + costs.inflation)^(costs.price_year - its year)}. The derived
 * costs (an assessment = hours x hourly rate) are computed once here.
 */
final class UnitCosts {
    final double cscHour, ascHour, gp, ae, ambulance, admitShort, admitLong, mhContact, mhCrisis, homeCareHour,
            careHome, reablement, socialPrescribing, residentialWeek, fosterWeek, policeOrder, policeViolence,
            policeInjury, tempAccommodation, housingCase, housingHour, unpaidCareHour, communityPlace, excessBedDay;

    UnitCosts(ParamSet p) {
        int target = p.integer("costs.price_year");
        double infl = p.num("costs.inflation");
        java.util.function.IntToDoubleFunction up = year -> Math.pow(1 + infl, target - year);
        double base = up.applyAsDouble(2023);
        cscHour = p.num("costs.childrens_social_worker_hour") * up.applyAsDouble(p.integer("costs.childrens_social_worker_hour_year"));
        fosterWeek = p.num("costs.foster_care_week") * up.applyAsDouble(p.integer("costs.foster_care_week_year"));
        double police = up.applyAsDouble(p.integer("costs.police_year"));
        policeOrder = p.num("costs.police_incident_public_order") * police;
        policeViolence = p.num("costs.police_incident_violence_no_injury") * police;
        policeInjury = p.num("costs.police_incident_violence_injury") * police;
        ascHour = p.num("costs.adult_social_worker_hour") * base;
        gp = p.num("costs.gp_consultation") * base;
        ae = p.num("costs.ae_attendance") * base;
        ambulance = p.num("costs.ambulance_see_and_convey") * base;
        admitShort = p.num("costs.non_elective_admission_short") * base;
        admitLong = p.num("costs.non_elective_admission_long") * base;
        mhContact = p.num("costs.community_mental_health_contact") * base;
        mhCrisis = p.num("costs.mental_health_crisis_contact") * base;
        homeCareHour = p.num("costs.home_care_hour") * base;
        careHome = p.num("costs.care_home_week_residential") * base;
        reablement = p.num("costs.reablement_episode") * base;
        socialPrescribing = p.num("costs.social_prescribing_person_year") * base;
        residentialWeek = p.num("costs.childrens_home_place_year") * base / 52.0;
        tempAccommodation = p.num("costs.temporary_accommodation_week") * base;
        housingCase = p.num("agencies.housing.case_cost") * base;
        housingHour = p.num("agencies.housing.officer_hour") * base;
        unpaidCareHour = p.num("costs.unpaid_care_hour") * base;
        communityPlace = p.num("costs.community_place") * base;
        excessBedDay = p.num("costs.excess_bed_day") * base;
    }
}
