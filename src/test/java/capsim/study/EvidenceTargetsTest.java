package capsim.study;

import capsim.scenario.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A calibration target file may name rows of the evidence table: the study's estimate, tolerance half its interval. */
class EvidenceTargetsTest {
    @TempDir Path tmp;

    @Test
    void evidenceRowTakesTheStudysEstimateAndInterval() throws IOException {
        Path f = tmp.resolve("t.yaml");
        Files.writeString(f, "fgc:\n  difference: {evidence_row: fgc_in_care_12m}\n  mine: {evidence_row: cls_long_term_share, tolerance: 0.2}\n");
        List<TargetFile.Target> t = TargetFile.load(f);
        assertEquals("evidence.fgc_in_care_12m", t.get(0).name());
        assertTrue(t.get(0).evidence());
        assertEquals(-8.6, t.get(0).value(), 1e-12);
        assertEquals((-3.7 - -13.6) / 2 / 8.6, t.get(0).tolerance(), 1e-12);
        assertEquals(0.2, t.get(1).tolerance(), 1e-12);
    }

    @Test
    void unknownOrNullRowsAreRefusedWithTheKey() throws IOException {
        Path f = tmp.resolve("t.yaml");
        Files.writeString(f, "fgc:\n  difference: {evidence_row: no_such_row}\n");
        BadInputException e = assertThrows(BadInputException.class, () -> TargetFile.load(f));
        assertTrue(e.getMessage().contains("fgc.difference.evidence_row") && e.getMessage().contains("fgc_in_care_12m"), e.getMessage());
        Files.writeString(f, "sos:\n  null_result: {evidence_row: sos_re_referral}\n");
        e = assertThrows(BadInputException.class, () -> TargetFile.load(f));
        assertTrue(e.getMessage().contains("non-zero"), e.getMessage());
    }
}
