package capsim.scenario;

/**
 * Bad input from the user (a scenario file, an option, an output folder): the command line
 * reports {@link #getMessage()} as one line, with no stack trace, and exits with code 2.
 * Any other exception is an internal fault (exit code 1).
 */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) { super(message); }
}
