package capsim.cli;

import capsim.scenario.BadInputException;
import capsim.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code capsim serve}: the model in a browser (docs/SERVE.md). */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the classroom view and its JSON interface on this machine.",
                "",
                "Starts a web server (loopback only unless --host says otherwise) with a page",
                "from the jar (nothing is fetched from the network) that streams live runs,",
                "one or two side by side from the same seed, week by week, with a few people's",
                "life stories; and a commissioner's explorer that runs a comparison in the",
                "background (written under --out, as capsim compare writes it). Stop it with Ctrl-C.",
                ""})
public final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = 7070;

    @Option(names = "--host", paramLabel = "H", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host = "127.0.0.1";

    @Option(names = "--max-runs", paramLabel = "N", description = "Live runs at once; more are refused with 429 (default: the number of processors)")
    int maxRuns = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", paramLabel = "DIR", description = "Where the explorer's comparisons are written, one folder each (default: ${DEFAULT-VALUE})")
    java.nio.file.Path out = java.nio.file.Path.of("output");

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw new BadInputException("--port: expected 0 to 65535, got " + port);
        if (maxRuns < 1) throw new BadInputException("--max-runs: expected at least 1, got " + maxRuns);
        WebServer server;
        try {
            server = new WebServer(maxRuns, out, Main.version()).start(host, port);
        } catch (RuntimeException e) {
            throw new BadInputException("--port " + port + " --host " + host + ": cannot listen there (" + e.getMessage() + ")");
        }
        spec.commandLine().getOut().println("capsim serve: open http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/ (Ctrl-C to stop)");
        spec.commandLine().getOut().flush();
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { server.close(); done.countDown(); }));
        done.await();
        return 0;
    }
}
