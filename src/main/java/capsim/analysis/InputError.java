package capsim.analysis;

/**
 * Bad input in a sweep, sensitivity or calibration file, or in their command-line arguments:
 * one line naming the file, line and key and what was expected. Commands report it and exit
 * with code 2.
 */
public final class InputError extends RuntimeException {
    public InputError(String message) { super(message, null, false, false); }

    public static InputError at(Object file, int line, String key, String expected) {
        return new InputError(file + ":" + line + ": " + key + ": " + expected);
    }
}
