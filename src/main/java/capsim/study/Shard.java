package capsim.study;

import capsim.scenario.BadInputException;

/**
 * Slice {@code index} of {@code count} (0-based) of a sweep's runs: run {@code r} belongs to
 * shard {@code r % count}, so slow and fast regions of a design spread over every shard.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) throw new IllegalArgumentException("shard must be i/n with 0 <= i < n");
    }

    /** Parses {@code i/n}; bad text is an {@link capsim.scenario.BadInputException}. */
    public static Shard parse(String s) {
        String[] p = s.split("/");
        try {
            if (p.length == 2) return new Shard(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw new BadInputException("--shard: expected i/n with 0 <= i < n (e.g. 0/4), got '" + s + "'");
    }

    public boolean contains(long run) { return run % count == index; }

    /** How many of {@code total} runs fall in this shard. */
    public long size(long total) { return total <= index ? 0 : (total - index + count - 1) / count; }

    /** The k-th run of this shard. */
    public long run(long k) { return index + k * count; }

    @Override public String toString() { return index + "/" + count; }
}
