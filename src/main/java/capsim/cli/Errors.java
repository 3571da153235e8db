package capsim.cli;

import capsim.scenario.BadInputException;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Turns failures into exit codes: bad input (a {@link BadInputException} or a picocli usage
 * error) is one line on stderr and exit code 2; anything else is an internal fault, reported
 * with its stack trace, exit code 1.
 */
final class Errors {
    static final int BAD_INPUT = 2, FAULT = 1;

    private Errors() {}

    static int usage(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("error: " + oneLine(ex.getMessage()) + " (see: " + cl.getCommandSpec().qualifiedName() + " --help)");
        err.flush();
        return BAD_INPUT;
    }

    static int fault(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (ex instanceof BadInputException) {
            err.println("error: " + oneLine(ex.getMessage()));
            err.flush();
            return BAD_INPUT;
        }
        err.println("internal error (please report it): " + ex);
        ex.printStackTrace(err);
        err.flush();
        return FAULT;
    }

    private static String oneLine(String s) { return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " "); }
}
