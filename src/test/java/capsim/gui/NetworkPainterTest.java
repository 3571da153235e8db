package capsim.gui;

import capsim.view.ColourMode;
import capsim.view.CommunityView;
import capsim.view.FakeCommunity;
import capsim.view.Layout;
import capsim.view.Palette;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

class NetworkPainterTest {

    private static BufferedImage draw(CommunityView v, NetworkPainter p, int selected) {
        BufferedImage img = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        p.paint(g, v, new Layout(), 1200, 800, selected);
        g.dispose();
        return img;
    }

    private static int count(BufferedImage img, int rgb) {
        int k = 0;
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++) if (img.getRGB(x, y) == (0xFF000000 | rgb)) k++;
        return k;
    }

    @Test
    void samePictureTwiceAndPeopleColouredByMode() {
        FakeCommunity v = new FakeCommunity(1500, 6, 3);
        BufferedImage a = draw(v, new NetworkPainter().quality(false), -1);
        BufferedImage b = draw(v, new NetworkPainter().quality(false), -1);
        assertArrayEquals(a.getRGB(0, 0, 1200, 800, null, 0, 1200), b.getRGB(0, 0, 1200, 800, null, 0, 1200));
        BufferedImage pathway = draw(v, new NetworkPainter().quality(false).colourMode(ColourMode.PATHWAY), -1);
        assertTrue(count(pathway, ColourMode.STRENGTHS_BASED) > 200, "strengths-based people drawn in their colour");
        assertTrue(count(pathway, ColourMode.DEFICIT) > 200, "deficit people drawn in their colour");
        assertEquals(0, count(a, ColourMode.DEFICIT) > 5000 ? 1 : 0, "need mode does not use pathway colours for people");
    }

    @Test
    void drawsAtMostTheTieBudgetButAlwaysTheSelectedPersonsTies() {
        FakeCommunity v = new FakeCommunity(3000, 4, 5);
        NetworkPainter p = new NetworkPainter().quality(false).edgeBudget(1000);
        draw(v, p, -1);
        assertTrue(p.lastEdges() > 3000, "fixture has many ties: " + p.lastEdges());
        assertTrue(p.lastDrawnEdges() <= 1300 && p.lastDrawnEdges() >= 700, "about the budget drawn: " + p.lastDrawnEdges());
        NetworkPainter all = new NetworkPainter().quality(false).edgeBudget(1_000_000);
        draw(v, all, -1);
        assertEquals(all.lastEdges(), all.lastDrawnEdges());
    }

    @Test
    void clickFindsTheNearestPerson() {
        FakeCommunity v = new FakeCommunity(500, 4, 7);
        NetworkPainter p = new NetworkPainter().quality(false);
        Layout layout = new Layout();
        BufferedImage img = new BufferedImage(1000, 700, BufferedImage.TYPE_INT_RGB);
        p.paint(img.createGraphics(), v, layout, 1000, 700, -1);
        int[] at = {p.scene().x(123), p.scene().y(123)};
        int hit = p.personAt(at[0], at[1]);
        assertTrue(hit >= 0);
        int[] there = {p.scene().x(hit), p.scene().y(hit)};
        assertArrayEquals(at, there, "the hit person is drawn at the clicked point");
        assertEquals(-1, p.personAt(-500, -500));
    }

    @Test
    void assetsFillWithTheirPlaces() {
        FakeCommunity v = new FakeCommunity(300, 2, 9);
        Arrays.fill(v.filled, 0);
        int kind0 = Palette.asset(0);
        int empty = count(draw(v, new NetworkPainter().quality(false), -1), kind0);
        for (int a = 0; a < v.assets(); a++) v.filled[a] = v.places[a];
        int full = count(draw(v, new NetworkPainter().quality(false), -1), kind0);
        assertTrue(full > empty + 500, "full assets show more colour: empty " + empty + ", full " + full);
    }
}
