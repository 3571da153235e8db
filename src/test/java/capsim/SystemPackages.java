package capsim;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test does when a system package it needs (Chromium, Xvfb, an X11-capable JDK) is
 * missing: skips with the reason on stderr, so a developer sees why; under {@code CI=true} it
 * fails instead, because CI installs them and a skip there would hide a test that never ran.
 */
public final class SystemPackages {
    private SystemPackages() {}

    /** Skips the calling test (fails it under {@code CI=true}) when {@code present} is false. */
    public static void require(boolean present, String why) {
        if (present) return;
        if ("true".equalsIgnoreCase(System.getenv("CI")))
            Assertions.fail(why + " (CI=true: a skipped system test fails the run)");
        System.err.println("SKIPPED: " + why);
        Assumptions.assumeTrue(false, why);
    }
}
