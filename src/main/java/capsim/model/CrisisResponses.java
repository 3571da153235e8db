package capsim.model;

import capsim.scenario.ParamSet;

/**
 * Step 8's responses: what each agency does, and charges, when a crisis reaches it. A&E (perhaps
 * by ambulance, perhaps admitted; an admitted person 65+ is referred to adult social care), a
 * police incident (a household with children may be referred to children's social care), the
 * mental health crisis team, an emergency placement of a child, temporary accommodation, an
 * emergency care home admission. Crisis responses are the same under both pathways.
 */
final class CrisisResponses implements java.io.Serializable {
    private final Services s;
    private final CommunityModel m;
    private final Population pop;
    private final boolean acuteOn, policeOn;
    private final double admitShare, longShare, conveyShare, injuryShare, policeCscRef;

    /** The parameters, named only here (SettingsTest checks no other read). */
    record Settings(boolean acuteOn, boolean policeOn, double admitShare, double longShare, double conveyShare,
            double injuryShare, double policeCscRef) {
        static Settings read(ParamSet p) {
            return new Settings(
                    p.bool("agencies.acute.enabled"),
                    p.bool("agencies.police.enabled"),
                    p.num("agencies.acute.admission_share"),
                    p.num("agencies.acute.long_stay_share"),
                    p.num("agencies.acute.conveyed_share"),
                    p.num("agencies.police.injury_share"),
                    p.num("agencies.police.csc_referral"));
        }
    }

    CrisisResponses(Services s, Settings c) {
        this.s = s;
        this.m = s.m;
        this.pop = s.pop;
        acuteOn = c.acuteOn();
        policeOn = c.policeOn();
        admitShare = c.admitShare();
        longShare = c.longShare();
        conveyShare = c.conveyShare();
        injuryShare = c.injuryShare();
        policeCscRef = c.policeCscRef();
    }

    void acuteCrisis(int i) {
        if (!acuteOn) return;
        s.crisisResponse(Agency.ACUTE, i);
        double c = s.cost.ae;
        if (s.draw(Services.CONVEY, i) < conveyShare) c += s.cost.ambulance;
        if (s.draw(Services.ADMIT, i) < admitShare) {
            c += s.draw(Services.LONG_STAY, i) < longShare ? s.cost.admitLong : s.cost.admitShort;
            if (pop.age[i] >= 65) s.frontDoor.hospitalReferral(i);
        }
        m.ledger.charge(Agency.ACUTE, Ledger.Category.CRISIS, c, i);
    }

    /**
     * Days a person admitted to hospital waited there, fit to leave, for adult social care's
     * assessment (discharge to assess sends people home at once; only a wait on the list holds a bed).
     */
    void excessBedDays(int i, int weeks) {
        if (!acuteOn || weeks <= 0) return;
        m.ledger.charge(Agency.ACUTE, Ledger.Category.CRISIS, 7.0 * weeks * s.cost.excessBedDay, i);
    }

    void policeIncident(int i, boolean violence) {
        if (!policeOn) return;
        s.crisisResponse(Agency.POLICE, i);
        double c = !violence ? s.cost.policeOrder : s.draw(Services.INJURY, i) < injuryShare ? s.cost.policeInjury : s.cost.policeViolence;
        m.ledger.charge(Agency.POLICE, Ledger.Category.CRISIS, c, i);
        if (s.draw(Services.POLICE_REFERRAL, i) < policeCscRef) {
            int hh = pop.household[i];
            for (int j = 0; j < m.households.size[hh]; j++) {
                int c2 = m.households.members[hh][j];
                if (pop.age[c2] < 18) s.childReferral(c2);
            }
        }
    }

    void mentalHealthCrisis(int i) {
        if (!s.mh.enabled) return;
        int a = Agency.MH.ordinal();
        s.crisisResponse(Agency.MH, i);
        m.ledger.charge(Agency.MH, Ledger.Category.CRISIS, s.cost.mhCrisis, i);
        if (pop.caseState[a][i] == 0) {
            pop.lastPathway[i] = Services.DEFICIT;
            s.open(s.mh, i, Services.MH_OPEN);
        }
    }

    void emergencyPlacement(int i) {
        if (!s.csc.enabled) return;
        int a = Agency.CSC.ordinal();
        s.crisisResponse(Agency.CSC, i);
        byte st = pop.caseState[a][i];
        if (st != Services.CLA && st != Services.CLA_RESIDENTIAL) s.children.openCla(i);
    }

    void temporaryAccommodation(int i) {
        if (!s.housing.enabled) return;
        int a = Agency.HOUSING.ordinal();
        s.crisisResponse(Agency.HOUSING, i);
        if (pop.caseState[a][i] != Services.TEMPORARY_ACCOMMODATION) s.open(s.housing, i, Services.TEMPORARY_ACCOMMODATION);
    }

    void careHomeAdmission(int i) {
        if (!s.asc.enabled) return;
        int a = Agency.ASC.ordinal();
        s.crisisResponse(Agency.ASC, i);
        if (pop.caseState[a][i] != Services.CARE_HOME) s.adults.longTerm(i, Services.CARE_HOME);
    }
}
