package capsim.web;

import capsim.experiment.PairedExperiment;
import capsim.output.JsonWriter;
import capsim.output.OutputFolder;
import capsim.output.Progress;
import capsim.report.ComparisonFiles;
import capsim.report.ComparisonRun;
import capsim.scenario.BadInputException;
import capsim.scenario.Scenario;
import capsim.study.DrawLayout;
import capsim.study.ParameterDraws;
import capsim.study.ProbabilisticAnswer;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;

/**
 * A commissioner's comparison run in the background ({@code POST /api/comparisons}): the
 * comparison {@code capsim compare} makes (paired replications over parameter draws of the effects'
 * assumptions, a fifth of them repeated from new seeds as compare does, values asked about held), written to a new folder under the server's
 * output root with its {@code report.html}; its progress in weeks simulated, and when done the
 * answer in plain words with the net saving and the probability of one.
 */
final class Exploration {
    enum State { RUNNING, DONE, FAILED, CANCELLED }

    /** The Green Book's rate, {@code capsim compare}'s default. */
    static final double DISCOUNT_RATE = 0.035;

    final String id;
    private final ExploreRequest request;
    private final String body;
    private final Progress progress;
    private final long started = System.nanoTime();
    private volatile State state = State.RUNNING;
    private volatile String error;
    /** What the answer needs, kept instead of the runs (a comparison's weekly rows are tens of megabytes). */
    private record Answer(List<String> words, ProbabilisticAnswer.Saving net, List<ProbabilisticAnswer.Saving> agencies) {}
    private volatile Answer result;
    private volatile Path folder;
    private volatile boolean cancelled;
    private volatile long finished;

    Exploration(String id, ExploreRequest request, String body) {
        this.id = id;
        this.request = request;
        this.body = body;
        this.progress = Progress.to(null, "explore", PairedExperiment.totalWeeks(request.baseline(), request.scenario(), request.replications()));
    }

    void cancel() { cancelled = true; }

    State state() { return state; }

    /** The folder written, once done (null before). */
    Path folder() { return folder; }

    /** Runs the comparison on this thread with {@code threads} workers, writing under {@code root}. */
    void run(int threads, Path root, String version) {
        Instant at = Instant.now();
        Scenario b = request.baseline(), s = request.scenario();
        try {
            ParameterDraws draws = ParameterDraws.of(ParameterDraws.Scope.EFFECTS, b, s, null, b.seed(), new TreeSet<>(request.held()));
            Path target = OutputFolder.defaultTarget(root, OutputFolder.safeName("explore-" + b.name() + "-vs-" + s.name()), LocalDateTime.now());
            try (OutputFolder out = OutputFolder.open(target, true)) {
                ComparisonRun r = ComparisonRun.of(b, s, draws.isEmpty() ? DrawLayout.none(request.replications())
                        : DrawLayout.forReplications(request.replications()), draws, DISCOUNT_RATE, threads, n -> {
                    if (cancelled) throw new CancellationException("cancelled");
                    progress.accept(n);
                });
                r.write(out.dir(), null, version, "serve", List.of("capsim", "serve", "POST /api/comparisons", body), threads, at,
                        ComparisonFiles.outputs(!draws.isEmpty(), false));
                folder = out.commit();
                result = new Answer(r.words(), r.answer().net(), r.answer().agencies());
                state = State.DONE;
            }
        } catch (RuntimeException e) {
            state = cancelled ? State.CANCELLED : State.FAILED;
            error = cancelled ? "cancelled" : e instanceof BadInputException ? e.getMessage() : "comparison failed: " + e;
        } catch (java.io.IOException e) {
            state = State.FAILED;
            error = "cannot write the comparison's folder: " + e.getMessage();
        } finally {
            finished = System.nanoTime();
        }
    }

    /**
     * {@code {"id", "state", "baseline", "scenario", "population", "years", "replications",
     * "weeks_done", "weeks_total", "elapsed_seconds"}}, and when done {@code "answer"} (the plain
     * words, sentence by sentence), {@code "net_saving"} (mean, low, high over the horizon, £),
     * {@code "probability_of_net_saving"}, {@code "by_agency"} and {@code "report"} (its address
     * here); when failed, {@code "error"}.
     */
    String json() {
        JsonWriter j = new JsonWriter().beginObject();
        j.field("id", id).field("state", state.name().toLowerCase(java.util.Locale.ROOT));
        j.field("baseline", request.baseline().name()).field("scenario", request.scenario().name());
        j.field("population", request.baseline().population()).field("years", request.baseline().years()).field("replications", request.replications());
        j.field("weeks_done", progress.done()).field("weeks_total", progress.total());
        j.field("elapsed_seconds", Math.round(((state == State.RUNNING ? System.nanoTime() : finished) - started) / 1e8) / 10.0);
        if (error != null) j.field("error", error);
        Answer r = result;
        if (r != null) {
            j.name("answer").beginArray();
            for (String sentence : r.words()) j.value(sentence);
            j.endArray();
            ProbabilisticAnswer.Saving net = r.net();
            j.name("net_saving").beginObject().field("mean", net.mean()).field("low", net.low()).field("high", net.high())
                    .field("chance_low", net.chanceLow()).field("chance_high", net.chanceHigh()).endObject();
            j.field("probability_of_net_saving", net.probability());
            j.name("by_agency").beginArray();
            for (ProbabilisticAnswer.Saving a : r.agencies())
                j.beginObject().field("agency", a.group()).field("mean", a.mean()).field("low", a.low()).field("high", a.high()).endObject();
            j.endArray();
            j.field("folder", folder.toString());
            j.field("report", "/api/comparisons/" + id + "/files/report.html");
        }
        return j.endObject().toString();
    }
}
