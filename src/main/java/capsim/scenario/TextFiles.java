package capsim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reading a user's input file (scenario, sweep, sensitivity, calibration or target file) whole,
 * after checking its size: a file far larger than any real one would otherwise take seconds and
 * much memory to parse before a line of it could be refused.
 */
public final class TextFiles {
    /** The largest input file read: the largest shipped one is under 20 KB. */
    public static final long MAX_BYTES = 1 << 20;

    private TextFiles() {}

    /**
     * The file's bytes; a file over {@link #MAX_BYTES} is refused, unread, with a
     * {@link ScenarioException} naming {@code display} and the limit.
     *
     * @param what what the file should be, for the message ("a scenario file")
     */
    public static byte[] readBytes(Path file, String display, String what) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES)
            throw new ScenarioException(display, 0, null, String.format(Locale.ROOT,
                    "too large (%,d bytes); expected %s of at most 1 MiB (%,d bytes)", size, what, MAX_BYTES));
        return Files.readAllBytes(file);
    }
}
