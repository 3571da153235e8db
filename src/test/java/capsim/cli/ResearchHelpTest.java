package capsim.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ResearchHelpTest {
    @Test
    void everyResearchCommandHasCleanHelp() {
        for (String c : new String[]{"sweep", "sweep-merge", "sensitivity", "calibrate"}) {
            CliRun r = CliRun.of(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().startsWith("Usage: capsim " + c), r.out());
            assertFalse(r.out().contains("WARN") || r.err().contains("WARN"), c + " help renders without picocli warnings: " + r.err());
        }
    }
}
