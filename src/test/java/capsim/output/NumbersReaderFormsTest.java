package capsim.output;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumbersReaderFormsTest {
    @Test
    void moneyIsShortSignedAndNeverMinusZero() {
        assertEquals("£1.23m", Numbers.money(1_234_567));
        assertEquals("\u2212£45.6k", Numbers.money(-45_600));
        assertEquals("£0", Numbers.money(-0.3), "no minus on a zero that rounding made");
        assertEquals("+£2.00bn", Numbers.signedMoney(2e9));
        assertEquals("£0", Numbers.signedMoney(0));
    }

    @Test
    void dataNumbersAreLocaleFreeAndExact() {
        assertEquals("0", Numbers.data(-0.0));
        assertEquals("1234567.25", Numbers.data(1234567.25));
        assertEquals("", Numbers.data(Double.NaN));
    }

    @Test
    void smallChangesKeepThreeSignificantFigures() {
        assertEquals("0.00229", Numbers.number(0.0022874));
        assertEquals("\u22120.0024", Numbers.number(-0.0024));
        assertEquals("1,235", Numbers.number(1234.6));
    }
}
