package capsim.report;

import capsim.study.MorrisScreening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Morris chart reads when points crowd: numbers at the points, a key of plain names below, most influential first. */
class SensitivityChartsTest {
    @TempDir Path tmp;

    @Test
    void theMorrisChartNumbersItsPointsAndNamesThemInAKey() throws Exception {
        List<String> keys = List.of("sba.fidelity", "sba.trained_share", "sba.network_mobilise", "agencies.asc.threshold", "area.deprivation_skew");
        List<MorrisScreening.Effect> effects = new ArrayList<>();
        for (int k = 0; k < 20; k++) effects.add(new MorrisScreening.Effect(k < keys.size() ? keys.get(k) : "sba.fidelity_load_penalty", 1, 20 - k, 0.5));
        String key = SensitivityCharts.morrisKey(effects);
        assertTrue(key.startsWith("1: " + Glance.plain("sba.fidelity") + ";  2: " + Glance.plain("sba.trained_share")), key);
        assertTrue(key.contains("15: ") && !key.contains("16: ") && key.endsWith("unnumbered: the 5 least influential"), key);
        for (String k : keys) assertFalse(key.contains(k), "plain names, not keys: " + key);
        Path png = tmp.resolve("morris.png");
        SensitivityCharts.morris("total_cost", effects, png);
        assertTrue(Files.size(png) > 10_000, "a chart was drawn");
    }
}
