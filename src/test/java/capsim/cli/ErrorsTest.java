package capsim.cli;

import capsim.scenario.BadInputException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.*;

/** The exit code contract, for any command: 2 and one line for bad input, 1 and a stack trace for a fault. */
class ErrorsTest {
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        final RuntimeException toThrow;

        Boom(RuntimeException toThrow) { this.toThrow = toThrow; }

        @Override public Integer call() { throw toThrow; }
    }

    static int run(RuntimeException ex, StringWriter err) {
        CommandLine cl = new CommandLine(new Boom(ex));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler(Errors::usage);
        cl.setExecutionExceptionHandler(Errors::fault);
        return cl.execute();
    }

    @Test
    void internalFaultIsExitOneWithStackTrace() {
        StringWriter err = new StringWriter();
        assertEquals(1, run(new IllegalStateException("model lost a person"), err));
        assertTrue(err.toString().startsWith("internal error (please report it): java.lang.IllegalStateException: model lost a person"), err.toString());
        assertTrue(err.toString().contains("\tat "), "stack trace: " + err);
    }

    @Test
    void badInputIsExitTwoOneLine() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new BadInputException("x.yaml:3: years: expected\na whole number"), err));
        assertEquals("error: x.yaml:3: years: expected a whole number" + System.lineSeparator(), err.toString());
    }
}
