package capsim.output;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class NumbersTest {
    @Test
    void compactAndPlain() {
        assertEquals("0", Numbers.format(0.0));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("3", Numbers.format(3.0));
        assertEquals("-42", Numbers.format(-42));
        assertEquals("0.1", Numbers.format(0.1));
        assertEquals("12345678.5", Numbers.format(12345678.5));
        assertEquals("0.0000001", Numbers.format(1e-7));
        assertEquals("100000000000000000000", Numbers.format(1e20));
        assertEquals("NaN", Numbers.format(Double.NaN));
    }

    @Test
    void exactAndTheSameThroughBothPaths() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 20_000; i++) {
            double x = switch (i % 4) {
                case 0 -> r.nextDouble();
                case 1 -> r.nextDouble() * 1e9;
                case 2 -> Math.scalb(r.nextDouble() - 0.5, r.nextInt(-60, 60));
                default -> Math.rint(r.nextDouble() * 1e6);
            };
            String s = Numbers.format(x);
            assertEquals(x, Double.parseDouble(s), s);
            assertFalse(s.contains("E") || s.endsWith(".0"), s);
            assertEquals(s, Numbers.append(new StringBuilder(), x).toString());
        }
    }
}
