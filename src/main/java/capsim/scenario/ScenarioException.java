package capsim.scenario;

/**
 * A scenario that cannot be loaded: which file (or {@code --set}), which line (1-based; 0 when
 * there is none), which key (dotted; null when none applies) and what was expected. Its message
 * is one line, {@code file:line: key: problem}, the way compilers report, so editors can jump.
 */
public final class ScenarioException extends BadInputException {
    private final String file;
    private final int line;
    private final String key;
    private final String problem;

    public ScenarioException(String file, int line, String key, String problem) {
        super(format(file, line, key, problem));
        this.file = file;
        this.line = line;
        this.key = key;
        this.problem = problem;
    }

    public String file() { return file; }

    public int line() { return line; }

    public String key() { return key; }

    /** The message without file, line and key. */
    public String problem() { return problem; }

    private static String format(String file, int line, String key, String problem) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) b.append(':').append(line);
        b.append(": ");
        if (key != null && !file.equals("--" + key.replace('_', '-'))) b.append(key).append(": ");   // not "--seed: seed: ..."
        // one line, whatever SnakeYAML or a value put in it
        return b.append(problem).toString().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
