package capsim.cli;

import capsim.scenario.ParamRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CommandsTest {
    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "list", "params"})
    void everyCommandHasHelp(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("Usage: capsim " + command), r.out());
        assertEquals("", r.err(), "no picocli warnings (an unescaped % in a description)");
    }

    @Test
    void listShowsShippedScenariosWithDescriptions() {
        Cli.Result r = Cli.run("list");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("baseline-deficit ") && l.length() > "baseline-deficit  ".length() + 10), r.out());
    }

    @Test
    void paramsShowsEveryParameterWithItsSpec() {
        Cli.Result r = Cli.run("params", "src/test/resources/scenarios/child.yaml");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("key +label +value +default +range or values +unit +source +description")), r.out());
        for (String key : ParamRegistry.get().specs().keySet())
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(key + " ")), key);
        assertTrue(r.out().lines().anyMatch(l -> l.matches("eligibility\\.regime +how eligibility thresholds are set +\\*resource-led +needs-led +needs-led\\|resource-led .*")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("years +years reported +\\*2 +10 +\\[1, 100] +years +run setting +reported years after burn-in")), r.out());

        Cli.Result changed = Cli.run("params", "src/test/resources/scenarios/child.yaml", "--changed");
        assertTrue(changed.out().lines().count() < r.out().lines().count() || ParamRegistry.get().specs().size() == 1);
        assertTrue(changed.out().contains("*resource-led"));
    }

    @Test
    void validateChecksSeveralAndFailsIfAnyIsBad() {
        Cli.Result r = Cli.run("validate", "baseline-deficit", "src/test/resources/scenarios/wrong-type.yaml", "strengths-based");
        assertEquals(2, r.code(), r.toString());
        assertEquals(2, r.out().lines().filter(l -> l.startsWith("ok: ")).count(), r.toString());
        assertEquals(List.of("error: src/test/resources/scenarios/wrong-type.yaml:3: years: expected a whole number in [1, 100], got 'ten'"),
                r.err().lines().toList());
    }

    @Test
    void validateSaysOk() {
        Cli.Result r = Cli.run("validate", "baseline-deficit");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("ok: "), r.out());
    }
}
