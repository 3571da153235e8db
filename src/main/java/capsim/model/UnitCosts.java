package capsim.model;

import capsim.scenario.ParamSet;

/**
 * Unit costs in one price year. Each cost parameter is in its own price year (unit-costs.yaml);
 * it is uplifted by {@code (1 + costs.inflation)^(costs.price_year - its year)}. The derived
 * costs (an assessment = hours x hourly rate) are computed once here.
 */
final class UnitCosts implements java.io.Serializable {
    final double cscHour, ascHour, gp, ae, ambulance, admitShort, admitLong, mhContact, mhCrisis, homeCareHour,
            careHome, reablement, socialPrescribing, residentialWeek, fosterWeek, policeOrder, policeViolence,
            policeInjury, tempAccommodation, housingCase, housingHour, unpaidCareHour, communityPlace, excessBedDay,
            careHomeWorkingAge, supportedLiving, sharedLives;

    /** Prices, each in its own price year, and the year and inflation that uplift them; keys named only here. */
    record Settings(int priceYear, double inflation, double cscHour, int childrensSocialWorkerHourYear, double fosterWeek,
            int fosterCareWeekYear, int policeYear, double policeOrder, double policeViolence, double policeInjury,
            double ascHour, double gp, double ae, double ambulance, double admitShort, double admitLong, double mhContact,
            double mhCrisis, double homeCareHour, double careHome, double reablement, double socialPrescribing,
            double residentialYear, double tempAccommodation, double housingCase, double housingHour,
            double unpaidCareHour, double communityPlace, double excessBedDay, double careHomeWorkingAge,
            double supportedLiving, double sharedLives) {
        static Settings read(ParamSet p) {
            return new Settings(
                    p.integer("costs.price_year"),
                    p.num("costs.inflation"),
                    p.num("costs.childrens_social_worker_hour"),
                    p.integer("costs.childrens_social_worker_hour_year"),
                    p.num("costs.foster_care_week"),
                    p.integer("costs.foster_care_week_year"),
                    p.integer("costs.police_year"),
                    p.num("costs.police_incident_public_order"),
                    p.num("costs.police_incident_violence_no_injury"),
                    p.num("costs.police_incident_violence_injury"),
                    p.num("costs.adult_social_worker_hour"),
                    p.num("costs.gp_consultation"),
                    p.num("costs.ae_attendance"),
                    p.num("costs.ambulance_see_and_convey"),
                    p.num("costs.non_elective_admission_short"),
                    p.num("costs.non_elective_admission_long"),
                    p.num("costs.community_mental_health_contact"),
                    p.num("costs.mental_health_crisis_contact"),
                    p.num("costs.home_care_hour"),
                    p.num("costs.care_home_week_residential"),
                    p.num("costs.reablement_episode"),
                    p.num("costs.social_prescribing_person_year"),
                    p.num("costs.childrens_home_place_year"),
                    p.num("costs.temporary_accommodation_week"),
                    p.num("agencies.housing.case_cost"),
                    p.num("agencies.housing.officer_hour"),
                    p.num("costs.unpaid_care_hour"),
                    p.num("costs.community_place"),
                    p.num("costs.excess_bed_day"),
                    p.num("costs.care_home_week_18_64"),
                    p.num("costs.supported_living_week"),
                    p.num("costs.shared_lives_week"));
        }
    }

    UnitCosts(Settings c) {
        int target = c.priceYear();
        double infl = c.inflation();
        java.util.function.IntToDoubleFunction up = year -> Math.pow(1 + infl, target - year);
        double base = up.applyAsDouble(2023);
        cscHour = c.cscHour() * up.applyAsDouble(c.childrensSocialWorkerHourYear());
        fosterWeek = c.fosterWeek() * up.applyAsDouble(c.fosterCareWeekYear());
        double police = up.applyAsDouble(c.policeYear());
        policeOrder = c.policeOrder() * police;
        policeViolence = c.policeViolence() * police;
        policeInjury = c.policeInjury() * police;
        ascHour = c.ascHour() * base;
        gp = c.gp() * base;
        ae = c.ae() * base;
        ambulance = c.ambulance() * base;
        admitShort = c.admitShort() * base;
        admitLong = c.admitLong() * base;
        mhContact = c.mhContact() * base;
        mhCrisis = c.mhCrisis() * base;
        homeCareHour = c.homeCareHour() * base;
        careHome = c.careHome() * base;
        reablement = c.reablement() * base;
        socialPrescribing = c.socialPrescribing() * base;
        residentialWeek = c.residentialYear() * base / 52.0;
        tempAccommodation = c.tempAccommodation() * base;
        housingCase = c.housingCase() * base;
        housingHour = c.housingHour() * base;
        unpaidCareHour = c.unpaidCareHour() * base;
        communityPlace = c.communityPlace() * base;
        excessBedDay = c.excessBedDay() * base;
        careHomeWorkingAge = c.careHomeWorkingAge() * base;
        supportedLiving = c.supportedLiving() * base;
        sharedLives = c.sharedLives() * base;
    }
}
