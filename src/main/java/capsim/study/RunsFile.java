package capsim.study;

import capsim.scenario.BadInputException;
import capsim.output.Csv;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep's output folder: {@code runs.csv}, append-only, one row per run in run order, each
 * row flushed to disk before the next is written; and {@code sweep.id}, naming the plan's
 * fingerprint, the shard and the run count, so only the same sweep can resume into it, and the
 * command line's overrides when there were any.
 * Opening an existing folder cuts a torn last line (a kill during a write), checks the rows
 * present are exactly the shard's first runs, and continues after them.
 */
public final class RunsFile implements AutoCloseable {
    public static final String RUNS = "runs.csv";
    public static final String ID = "sweep.id";

    private final FileChannel channel;
    private final long done;
    private final long expected;

    private RunsFile(FileChannel channel, long done, long expected) {
        this.channel = channel;
        this.done = done;
        this.expected = expected;
    }

    /** Runs already in the file when it was opened. */
    public long done() { return done; }

    /** Runs this shard holds when complete. */
    public long expected() { return expected; }

    static String idText(SweepPlan plan, Shard shard) {
        return "fingerprint " + plan.fingerprint() + "\nname " + plan.name() + "\nshard " + shard + "\nruns " + plan.runs()
                + "\nparameters " + plan.parameters().size() + "\n"
                // the command line's overrides, so the folder says how to run the study again; no line without any (older folders still resume)
                + (plan.overrides().isEmpty() ? "" : "overrides " + plan.overrides() + "\n");
    }

    static Map<String, String> readId(Path dir) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve(ID), StandardCharsets.UTF_8)) {
            int sp = line.indexOf(' ');
            if (sp > 0) m.put(line.substring(0, sp), line.substring(sp + 1));
        }
        return m;
    }

    public static RunsFile open(Path dir, SweepPlan plan, Shard shard) throws IOException {
        long expected = shard.size(plan.runs());
        Path id = dir.resolve(ID), runs = dir.resolve(RUNS);
        String header = plan.headerLine();
        if (Files.exists(id)) {
            String have = Files.readString(id, StandardCharsets.UTF_8);
            if (!have.equals(idText(plan, shard)))
                throw new BadInputException(dir + ": holds the output of a different sweep or shard (" + ID
                        + " does not match); use another --out or remove the folder");
        } else {
            if (Files.isDirectory(dir)) {
                try (var s = Files.list(dir)) {
                    if (s.findAny().isPresent()) throw new BadInputException(dir + ": exists and is not a sweep output folder (no " + ID + "); use another --out");
                }
            }
            Files.createDirectories(dir);
            writeDurably(id, idText(plan, shard));
        }
        FileChannel ch = FileChannel.open(runs, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            long done = recover(ch, runs, header, plan, shard);
            if (done > expected) throw new BadInputException(runs + ": holds more rows than the sweep has runs");
            ch.position(ch.size());
            return new RunsFile(ch, done, expected);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /**
     * Cuts a torn last line, writes the header of a new file, and returns the complete rows
     * present, checking each is the next run of the shard. Reads line by line: a large
     * runs.csv is never held in memory.
     */
    private static long recover(FileChannel ch, Path runs, String header, SweepPlan plan, Shard shard) throws IOException {
        long end = lastNewline(ch) + 1;
        if (end < ch.size()) ch.truncate(end);
        if (end == 0) {
            ch.write(ByteBuffer.wrap((header + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(true);
            return 0;
        }
        try (BufferedReader r = Files.newBufferedReader(runs, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (!header.equals(first)) throw new BadInputException(runs + ":1: header does not match this sweep; use another --out");
            long k = 0;
            for (String line = r.readLine(); line != null; line = r.readLine(), k++) {
                List<String> f = Csv.split(line);
                long run = shard.run(k);
                if (f.size() != plan.header().size() || !f.get(0).equals(Integer.toString(plan.point(run)))
                        || !f.get(1).equals(Integer.toString(plan.replication(run))))
                    throw new BadInputException(runs + ":" + (k + 2) + ": row is not run " + run + " of this sweep; use another --out");
            }
            return k;
        }
    }

    /** Offset of the file's last newline, or -1; scans backwards from the end in blocks. */
    private static long lastNewline(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        long pos = ch.size();
        while (pos > 0) {
            int n = (int) Math.min(buf.capacity(), pos);
            pos -= n;
            buf.clear().limit(n);
            while (buf.hasRemaining() && ch.read(buf, pos + buf.position()) >= 0) { /* fill */ }
            for (int i = n - 1; i >= 0; i--) if (buf.get(i) == '\n') return pos + i;
        }
        return -1;
    }

    /** Appends one run's row and forces it to disk, so a kill never loses a row it reported. */
    public void append(String line) throws IOException {
        ByteBuffer b = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) channel.write(b);
        channel.force(false);
    }

    @Override public void close() throws IOException { channel.close(); }

    static void writeDurably(Path file, String text) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
    }
}
