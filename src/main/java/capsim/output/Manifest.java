package capsim.output;

import capsim.scenario.Scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code manifest.json}: how a run was made, for provenance. Unlike the other outputs it holds
 * times and the machine's Java, so it differs between otherwise identical runs.
 */
public final class Manifest {
    private Manifest() {}

    public static String write(String capsimVersion, String command, List<String> commandLine, Scenario s,
                               int replications, int threads, Instant started, Instant finished, List<String> files) {
        JsonWriter j = new JsonWriter().beginObject();
        j.field("capsim_version", capsimVersion).field("command", command);
        j.name("command_line").beginArray();
        for (String a : commandLine) j.value(a);
        j.endArray();
        j.field("scenario", s.name()).field("scenario_source", s.source() == null ? null : s.source().toString());
        j.field("seed", s.seed()).field("population", s.population()).field("years", s.years())
                .field("burn_in_years", s.burnInYears()).field("replications", replications).field("threads", threads);
        j.field("started", started.toString()).field("finished", finished.toString())
                .field("elapsed_seconds", Duration.between(started, finished).toMillis() / 1000.0);
        j.field("java_version", System.getProperty("java.version")).field("java_vendor", System.getProperty("java.vendor"))
                .field("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"))
                .field("processors", Runtime.getRuntime().availableProcessors());
        j.name("files").beginArray();
        for (String f : files) j.value(f);
        j.endArray();
        return j.endObject().toString();
    }
}
