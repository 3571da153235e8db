package capsim.model;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trip wire: every agency's case states have codes of their own, none 0 (no case), all below the width of a table by state. */
class CaseStatesTest {
    @Test
    void caseStateCodesAreDistinctAcrossAgencies() {
        byte[] all = {Services.CIN, Services.CPP, Services.CLA, Services.EARLY_HELP, Services.CLA_RESIDENTIAL,
                Services.REABLEMENT, Services.HOME_CARE, Services.CARE_HOME, Services.SHORT_TERM,
                Services.MH_OPEN, Services.PREVENTION, Services.TEMPORARY_ACCOMMODATION};
        Set<Byte> seen = new HashSet<>();
        for (byte b : all) {
            assertTrue(seen.add(b), "case state " + b + " used twice");
            assertTrue(b > 0 && b < Services.STATES, "case state " + b + " outside 1.." + (Services.STATES - 1));
        }
    }
}
