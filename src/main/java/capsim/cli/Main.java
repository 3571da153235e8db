package capsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar target/capsim.jar <command>}. */
@Command(name = "capsim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Community capacity simulator: deficit and strengths-based social care pathways.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code: 0 success, 2 bad input, 1 internal fault. */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        // subcommands, one class each (keep alphabetical)
        cl.addSubcommand(new AnimateCommand());
        cl.addSubcommand(new BenchCommand());
        cl.addSubcommand(new BenchCrnCommand());
        cl.addSubcommand(new CalibrateCommand());
        cl.addSubcommand(new CompareCommand());
        cl.addSubcommand(new EvidenceCommand());
        cl.addSubcommand(new GuiCommand());
        cl.addSubcommand(new ListCommand());
        cl.addSubcommand(new ParamsCommand());
        cl.addSubcommand(new RunCommand());
        cl.addSubcommand(new SensitivityCommand());
        cl.addSubcommand(new ServeCommand());
        cl.addSubcommand(new SnapshotCommand());
        cl.addSubcommand(new SweepCommand());
        cl.addSubcommand(new SweepMergeCommand());
        cl.addSubcommand(new ValidateCommand());
        // bad input: one line, exit 2; anything else: stack trace, exit 1
        cl.setParameterExceptionHandler(Errors::usage);
        cl.setExecutionExceptionHandler(Errors::fault);
        return cl.execute(args);
    }

    @Override public void run() { new CommandLine(this).usage(System.out); }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() { return new String[]{"capsim " + version()}; }
    }

    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-dev" : v;
    }

    /** The command line as typed, for manifests: {@code capsim} and the arguments. */
    static java.util.List<String> commandLine(picocli.CommandLine.Model.CommandSpec spec) {
        java.util.List<String> line = new java.util.ArrayList<>(java.util.List.of("capsim"));
        line.addAll(spec.commandLine().getParseResult().originalArgs());
        return line;
    }
}
