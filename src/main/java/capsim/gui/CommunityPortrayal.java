package capsim.gui;

import capsim.view.CommunityView;
import capsim.view.Layout;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.util.Bag;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * The community as one MASON field portrayal, drawn by {@link NetworkPainter} inside a
 * {@code Display2D} (which gives zoom, scrolling and MASON's inspectors). A click on a person
 * selects them: MASON opens an inspector on a {@link PersonInspection} that follows them week
 * by week, and their ties are drawn bold.
 */
public final class CommunityPortrayal extends FieldPortrayal2D {
    private final CommunityView view;
    private final Layout layout = new Layout();
    private final NetworkPainter painter;
    private volatile int selected = -1;
    private long frames;

    public CommunityPortrayal(CommunityView view, NetworkPainter painter) {
        this.view = view;
        this.painter = painter;
        setField(view);
    }

    public NetworkPainter painter() { return painter; }

    /** Frames painted so far (the bench compares it with steps). */
    public synchronized long frames() { return frames; }

    public int selected() { return selected; }

    /**
     * Paints off screen, then copies the picture in one go: thousands of lines drawn straight onto
     * an X11 window are several times slower than into an image in memory.
     */
    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        int w = Math.max(1, (int) info.draw.width), h = Math.max(1, (int) info.draw.height);
        synchronized (this) {
            if (buffer == null || buffer.getWidth() != w || buffer.getHeight() != h)
                buffer = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D gg = buffer.createGraphics();
            try {
                painter.paint(gg, view, layout, w, h, selected);
            } finally {
                gg.dispose();
            }
            g.drawImage(buffer, (int) info.draw.x, (int) info.draw.y, null);
            frames++;
        }
    }

    private BufferedImage buffer;

    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
        double x = range.clip.x + range.clip.width / 2 - range.draw.x;
        double y = range.clip.y + range.clip.height / 2 - range.draw.y;
        int i;
        synchronized (this) { i = painter.personAt(x, y); }
        if (i >= 0) putInHere.add(new LocationWrapper(new PersonInspection(view, i), i, this));
    }

    @Override
    public boolean setSelected(LocationWrapper wrapper, boolean on) {
        if (wrapper.getObject() instanceof PersonInspection p) {
            if (on) selected = p.index();
            else if (selected == p.index()) selected = -1;
        }
        return true;
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        return new SimpleInspector(wrapper.getObject(), state, "Person");
    }

    @Override
    public String getName(LocationWrapper wrapper) { return wrapper.getObject().toString(); }
}
