package capsim.study;

import capsim.scenario.BadInputException;

/**
 * Bad input in a sweep, sensitivity or calibration file, or in their command-line arguments:
 * one line naming the file, line and key and what was expected. The command line reports it
 * like any {@link BadInputException}: one line, exit code 2.
 */
public final class InputError extends BadInputException {
    public InputError(String message) { super(message); }

    public static InputError at(Object file, int line, String key, String expected) {
        return new InputError(file + ":" + line + ": " + key + ": " + expected);
    }
}
