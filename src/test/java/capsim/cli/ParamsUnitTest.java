package capsim.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code capsim params} shows a unit with a comma in full (issue 18: it was cut at the comma), and
 * each parameter's plain label and description (issue 22).
 */
class ParamsUnitTest {
    @Test
    void unitsWithACommaAreShownInFull() {
        Cli.Result r = Cli.run("params", "baseline-deficit");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("FTE per 10,000 people"), r.out());
        assertTrue(r.out().contains("per 10,000"), r.out());
    }

    @Test
    void eachRowShowsItsLabelUnitAndDescription() {
        Cli.Result r = Cli.run("params", "baseline-deficit");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("key +label +value +default +range or values +unit +source +description")), r.out());
        String row = r.out().lines().filter(l -> l.startsWith("agencies.csc.practitioners_per_10k ")).findFirst().orElseThrow();
        assertTrue(row.matches("agencies\\.csc\\.practitioners_per_10k +children's social workers +.*"), row);
        assertTrue(row.contains(" FTE per 10,000 people "), row);
        assertTrue(row.endsWith(" Social workers"), row);   // the doc, last
        String trained = r.out().lines().filter(l -> l.startsWith("sba.trained_share ")).findFirst().orElseThrow();
        assertTrue(trained.contains("share of practitioners trained"), trained);
        assertTrue(trained.endsWith("Share of practitioners trained at the end of the ramp"), trained);
    }
}
