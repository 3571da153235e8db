package capsim.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatTest {
    @Test
    void moneyIsShortSignedAndNeverMinusZero() {
        assertEquals("£1.23m", Format.money(1_234_567));
        assertEquals("\u2212£45.6k", Format.money(-45_600));
        assertEquals("£0", Format.money(-0.3), "no minus on a zero that rounding made");
        assertEquals("+£2.00bn", Format.signedMoney(2e9));
        assertEquals("£0", Format.signedMoney(0));
    }

    @Test
    void dataNumbersAreLocaleFreeAndExact() {
        assertEquals("0", Format.data(-0.0));
        assertEquals("1234567.25", Format.data(1234567.25));
        assertEquals("", Format.data(Double.NaN));
    }

    @Test
    void smallChangesKeepThreeSignificantFigures() {
        assertEquals("0.00229", Format.number(0.0022874));
        assertEquals("\u22120.0024", Format.number(-0.0024));
        assertEquals("1,235", Format.number(1234.6));
    }
}
