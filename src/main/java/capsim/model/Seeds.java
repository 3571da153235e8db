package capsim.model;

/**
 * Seeds derived from a base seed, so every replication (and every sweep point) has its own
 * reproducible generator. Replication i of two scenarios run with the same base seed gets the
 * same seed: that is what makes a comparison paired (common random numbers).
 */
public final class Seeds {
    private Seeds() {}

    /** SplitMix64's finaliser: a good bijective mix of 64 bits. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    public static long replicationSeed(long baseSeed, int replication) {
        return mix(baseSeed * 0x9E3779B97F4A7C15L + replication + 1) & Long.MAX_VALUE;
    }

    /** Seed of one stream (life events, help seeking, ...) within a run. */
    public static long streamSeed(long runSeed, int stream) {
        return mix(runSeed ^ mix(0xC0FFEE + stream)) & Long.MAX_VALUE;
    }
}
