package capsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SensitivityCommandTest {
    static final String SOBOL = """
            name: sens
            base: defaults
            population: 1000
            years: 1
            burn_in_years: 0
            seed: 3
            parameters:
              population: {range: [1000, 2000]}
              costs.gp_consultation: {range: [20, 80]}
            method: sobol
            base_points: 8
            bootstrap: 100
            outputs:
              population: final
              total_cost: mean
            """;

    @Test
    void sobolWritesIndicesPerOutputAndParameterWithChartsDeterministically(@TempDir Path tmp) throws IOException {
        Path f = SweepCommandTest.write(tmp, "s.yaml", SOBOL);
        CliRun a = CliRun.of("sensitivity", f.toString(), "--out", tmp.resolve("a").toString(), "--threads", "1");
        assertEquals(0, a.code(), a.err());
        CliRun b = CliRun.of("sensitivity", f.toString(), "--out", tmp.resolve("b").toString(), "--threads", "2");
        assertEquals(0, b.code(), b.err());
        String csv = Files.readString(tmp.resolve("a/sobol.csv"), StandardCharsets.UTF_8);
        assertEquals(csv, Files.readString(tmp.resolve("b/sobol.csv"), StandardCharsets.UTF_8));
        List<String> lines = csv.lines().toList();
        assertEquals("output,parameter,S1,S1_low,S1_high,ST,ST_low,ST_high", lines.get(0));
        assertEquals(5, lines.size(), "2 outputs x 2 parameters");
        // population size drives the final population; a unit cost cannot touch it (same seeds at every point)
        String[] pop = lines.get(1).split(","), gp = lines.get(2).split(",");
        assertEquals("population_final,population", pop[0] + "," + pop[1]);
        assertTrue(Double.parseDouble(pop[2]) > 0.8 && Double.parseDouble(pop[5]) > 0.8, lines.get(1));
        assertEquals("population_final,costs.gp_consultation", gp[0] + "," + gp[1]);
        assertEquals(0.0, Double.parseDouble(gp[2]), lines.get(2));
        assertEquals(0.0, Double.parseDouble(gp[5]), lines.get(2));
        assertTrue(Double.parseDouble(lines.get(4).split(",")[5]) > 0, "the GP unit cost moves total cost: " + lines.get(4));
        // Saltelli design: n (k + 2) points, one replication each
        assertEquals(8 * 4 + 1, Files.readString(tmp.resolve("a/runs.csv")).lines().count());
        assertPermissionsAsRun(tmp, tmp.resolve("a"), "sobol.csv", "runs.csv");
        assertPermissionsAsRun(tmp, tmp.resolve("a/charts"), "sobol-population_final.png");
        for (String png : List.of("sobol-population_final.png", "sobol-total_cost_mean.png")) {
            byte[] head = Files.readAllBytes(tmp.resolve("a/charts").resolve(png));
            assertEquals((byte) 0x89, head[0]);
            assertEquals('P', head[1], png + " is a PNG");
        }
    }

    @Test
    void morrisWritesMuStarAndSigma(@TempDir Path tmp) throws IOException {
        Path f = SweepCommandTest.write(tmp, "m.yaml", SOBOL.replace("method: sobol", "method: morris")
                .replace("base_points: 8", "trajectories: 4\nlevels: 4"));
        CliRun r = CliRun.of("sensitivity", f.toString(), "--out", tmp.resolve("m").toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readString(tmp.resolve("m/morris.csv")).lines().toList();
        assertEquals("output,parameter,mu,mu_star,sigma", lines.get(0));
        assertEquals(5, lines.size());
        assertTrue(Files.exists(tmp.resolve("m/charts/morris-population_final.png")));
        assertTrue(Double.parseDouble(lines.get(1).split(",")[3]) > 0, "population moves population: " + lines.get(1));
        assertEquals(0.0, Double.parseDouble(lines.get(2).split(",")[3]), "a unit cost does not: " + lines.get(2));
        assertEquals(4 * 3 + 1, Files.readString(tmp.resolve("m/runs.csv")).lines().count());
    }

    @Test
    void choiceParametersAndMissingMethodAreBadInput(@TempDir Path tmp) throws IOException {
        Path f = SweepCommandTest.write(tmp, "c.yaml", SOBOL.replace("costs.gp_consultation: {range: [20, 80]}", "eligibility.regime: {values: [needs-led, resource-led]}"));
        CliRun r = CliRun.of("sensitivity", f.toString(), "--out", tmp.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("parameters.eligibility.regime: a numeric range"), r.err());
        Path g = SweepCommandTest.write(tmp, "g.yaml", SOBOL.replace("method: sobol\n", ""));
        CliRun s = CliRun.of("sensitivity", g.toString(), "--out", tmp.resolve("y").toString());
        assertEquals(2, s.code());
        assertTrue(s.err().contains("base_points") || s.err().contains("method"), s.err());
        assertFalse(Files.exists(tmp.resolve("x")) || Files.exists(tmp.resolve("y")));
    }

    /**
     * An output folder and its files have the permissions of a folder and file created plainly
     * (as {@code run}'s are), not the owner-only ones of {@code Files.createTemp*}.
     */
    static void assertPermissionsAsRun(Path tmp, Path dir, String... files) throws IOException {
        Path plainDir = Files.createDirectory(tmp.resolve("plain-" + System.nanoTime()));
        Path plainFile = Files.createFile(plainDir.resolve("f"));
        assertEquals(Files.getPosixFilePermissions(plainDir), Files.getPosixFilePermissions(dir), dir.toString());
        for (String f : files)
            assertEquals(Files.getPosixFilePermissions(plainFile), Files.getPosixFilePermissions(dir.resolve(f)), f);
    }
}
