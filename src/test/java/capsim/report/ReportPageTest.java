package capsim.report;

import capsim.analysis.PairedComparison;
import capsim.analysis.Verdict;
import capsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportPageTest {

    @Test
    void scenarioTextIsEscapedInThePageAndCharts(@TempDir Path dir) throws Exception {
        String evil = "<script>alert('x')</script> & \"quotes\"";
        Scenario b = ReportFixtures.named("base<script>alert(1)</script>", evil);
        Scenario s = ReportFixtures.named("sba", "an <img src=x onerror=alert(2)> description");
        PairedComparison c = ReportFixtures.investThenSave(b, s);
        ComparisonReport.write(dir, c, new ComparisonFiles.Settings("test", 0.035));
        String html = Files.readString(dir.resolve("report.html"));
        assertFalse(html.toLowerCase().contains("<script"), "no script element, escaped or injected");
        assertFalse(html.contains("<img"), "markup in a description must not become an element");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"), "the description is shown, escaped");
        assertTrue(html.contains("an &lt;img src=x onerror=alert(2)&gt; description"));
        String svg = Files.readString(dir.resolve("charts/cost-all.svg"));
        assertFalse(svg.contains("<script"), "chart legends carry scenario names escaped too");
    }

    @Test
    void pageHasEveryChartInlineAndNoNetworkReferences(@TempDir Path dir) throws Exception {
        PairedComparison c = ReportFixtures.investThenSave(ReportFixtures.named("baseline", "b"), ReportFixtures.named("sba", "s"));
        ComparisonReport.write(dir, c, new ComparisonFiles.Settings("test", 0.035));
        String html = Files.readString(dir.resolve("report.html"));
        int charts = Charts.QUINTILE_CHART_MEASURES.length + PairedComparison.groups().size() + 2;
        assertEquals(charts, html.split("<svg", -1).length - 1, "every chart inline as SVG");
        for (String id : new String[]{"chart-cumulative-saving", "chart-invest-save-heatmap", "chart-cost-all", "chart-quintiles-wellbeing"})
            assertTrue(html.contains("id='" + id + "'"), id);
        for (String fetch : new String[]{"src=\"http", "src='http", "href=\"http", "href='http", "url(http", "@import", "<link", "<script"})
            assertFalse(html.contains(fetch), "nothing fetched from the network: " + fetch);
        try (var files = Files.list(dir.resolve("charts"))) {
            assertEquals(2L * charts, files.count(), "a PNG and an SVG per chart");
        }
        assertEquals(Verdict.SAVING, c.verdict());
        assertTrue(html.contains("saves "), "a saving reads as a saving");
    }
}
