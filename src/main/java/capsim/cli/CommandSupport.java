package capsim.cli;

import capsim.analysis.InputError;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/**
 * Shared exit-code handling of the research commands: bad input is one line and exit 2, an
 * internal fault one line (plus the stack trace only with {@code CAPSIM_DEBUG=1}) and exit 1.
 */
final class CommandSupport {
    private CommandSupport() {}

    static int guarded(String command, Callable<Integer> body) {
        try {
            return body.call();
        } catch (InputError e) {
            System.err.println("capsim " + command + ": " + e.getMessage());
            return 2;
        } catch (Exception | Error e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage() != null && badInputLike(iae)) {
                System.err.println("capsim " + command + ": " + iae.getMessage());
                return 2;
            }
            System.err.println("capsim " + command + ": internal error: " + e);
            if ("1".equals(System.getenv("CAPSIM_DEBUG"))) e.printStackTrace();
            return 1;
        }
    }

    /** A scenario loader's own bad-input exception is reported as bad input, not as a fault. */
    private static boolean badInputLike(IllegalArgumentException e) {
        return e.getClass().getName().startsWith("capsim.scenario.");
    }

    /** Progress goes to stderr only when a person is watching a terminal. */
    static PrintStream progressStream() { return System.console() != null ? System.err : null; }
}
