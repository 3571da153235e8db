package capsim.output;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

class ProgressTest {
    @Test
    void drawsABarThatEndsFull() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (Progress p = Progress.to(new PrintStream(b, true, StandardCharsets.UTF_8), "run x", 200)) {
            for (int i = 0; i < 200; i++) p.accept(1);
            assertEquals(200, p.done());
        }
        String s = b.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("\rrun x [" + "-".repeat(30) + "]   0%"), "drawn from the first unit: " + s);
        String last = s.substring(s.lastIndexOf('\r'));
        assertTrue(last.contains("[" + "#".repeat(30) + "] 100%"), last);
        assertTrue(s.endsWith("\n"));
    }

    @Test
    void silentWithoutATerminalButStillCounts() {
        try (Progress p = Progress.to(null, "run x", 10)) {
            p.accept(4);
            assertEquals(4, p.done());
        }
        // under the test runner stderr is not a console
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream err = System.err;
        try {
            System.setErr(new PrintStream(b, true, StandardCharsets.UTF_8));
            try (Progress p = Progress.onTerminal("run x", 10)) { p.accept(10); }
        } finally {
            System.setErr(err);
        }
        assertEquals("", b.toString(StandardCharsets.UTF_8));
    }
}
