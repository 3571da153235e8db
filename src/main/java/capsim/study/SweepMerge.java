package capsim.study;

import capsim.scenario.BadInputException;
import capsim.output.AtomicFiles;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Joins the output folders of the shards {@code 0/n .. n-1/n} of one sweep into the folder an
 * unsharded run would have written: shard i holds runs i, i + n, ..., so taking one row from
 * each shard in turn restores run order, byte for byte. The merged folder is written beside
 * the target and moved into place only when complete.
 */
public final class SweepMerge {
    private SweepMerge() {}

    public static long merge(List<Path> shards, Path out) throws IOException {
        if (shards.isEmpty()) throw new BadInputException("sweep-merge: name the shard output folders");
        if (Files.exists(out)) throw new BadInputException(out + ": already exists; sweep-merge writes a new folder");
        record Part(Path dir, Map<String, String> id, Shard shard) {}
        List<Part> parts = new ArrayList<>();
        for (Path d : shards) {
            if (!Files.isRegularFile(d.resolve(RunsFile.ID)) || !Files.isRegularFile(d.resolve(RunsFile.RUNS)))
                throw new BadInputException(d + ": not a sweep output folder (needs " + RunsFile.ID + " and " + RunsFile.RUNS + ")");
            Map<String, String> id = RunsFile.readId(d);
            Shard s;
            try {
                s = Shard.parse(id.getOrDefault("shard", ""));
            } catch (BadInputException e) {
                throw new BadInputException(d.resolve(RunsFile.ID) + ": shard: " + e.getMessage());
            }
            parts.add(new Part(d, id, s));
        }
        parts.sort(Comparator.comparingInt(p -> p.shard().index()));
        Part first = parts.get(0);
        int n = first.shard().count();
        if (parts.size() != n) throw new BadInputException("sweep-merge: the sweep has " + n + " shards, " + parts.size() + " folders given");
        for (int i = 0; i < n; i++) {
            Part p = parts.get(i);
            if (!p.id().get("fingerprint").equals(first.id().get("fingerprint")) || p.shard().count() != n)
                throw new BadInputException(p.dir() + ": a shard of a different sweep than " + first.dir());
            if (p.shard().index() != i) throw new BadInputException("sweep-merge: shard " + i + "/" + n + " is missing (or given twice)");
        }
        long total = Long.parseLong(first.id().get("runs"));
        List<BufferedReader> readers = new ArrayList<>();
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = AtomicFiles.tempDirBeside(out);   // not createTempDirectory: it would leave the folder owner-only
        try {
            String header = null;
            for (Part p : parts) {
                BufferedReader r = Files.newBufferedReader(p.dir().resolve(RunsFile.RUNS), StandardCharsets.UTF_8);
                readers.add(r);
                String h = r.readLine();
                if (header == null) header = h;
                else if (!header.equals(h)) throw new BadInputException(p.dir().resolve(RunsFile.RUNS) + ":1: header differs from the other shards");
            }
            try (BufferedWriter w = Files.newBufferedWriter(tmp.resolve(RunsFile.RUNS), StandardCharsets.UTF_8)) {
                w.write(header);
                w.write('\n');
                for (long run = 0; run < total; run++) {
                    int s = (int) (run % n);
                    String line = readers.get(s).readLine();
                    if (line == null) throw new BadInputException(parts.get(s).dir().resolve(RunsFile.RUNS) + ": incomplete (run " + run
                            + " missing); finish that shard by running it again");
                    w.write(line);
                    w.write('\n');
                }
            }
            for (int s = 0; s < n; s++)
                if (readers.get(s).readLine() != null) throw new BadInputException(parts.get(s).dir().resolve(RunsFile.RUNS) + ": more rows than its shard holds");
            String id = "fingerprint " + first.id().get("fingerprint") + "\nname " + first.id().get("name") + "\nshard 0/1\nruns " + total
                    + "\nparameters " + first.id().get("parameters") + "\n"
                    + (first.id().containsKey("overrides") ? "overrides " + first.id().get("overrides") + "\n" : "");
            Files.writeString(tmp.resolve(RunsFile.ID), id, StandardCharsets.UTF_8);
            PointSummary.write(tmp, Integer.parseInt(first.id().get("parameters")));
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
            return total;
        } finally {
            for (BufferedReader r : readers) r.close();
            AtomicFiles.delete(tmp);
        }
    }
}
