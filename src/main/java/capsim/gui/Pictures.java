package capsim.gui;

import capsim.view.CommunityView;
import capsim.view.Layout;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Still and moving pictures of the community, drawn off screen (no display needed). Every file
 * is written beside its target under a temporary name and moved into place when complete, so
 * an interrupted run leaves no half-written picture.
 */
public final class Pictures {
    private Pictures() {}

    /** Draws one frame into a new RGB image. */
    public static BufferedImage render(CommunityView view, Layout layout, NetworkPainter painter, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            painter.paint(g, view, layout, w, h, -1);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Writes a PNG atomically (temporary file beside the target, then a move). */
    public static void writePng(BufferedImage img, Path out) throws IOException {
        Path tmp = tempBeside(out);
        try {
            if (!ImageIO.write(img, "png", tmp.toFile())) throw new IOException("no PNG writer");
            move(tmp, out);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A fresh name beside the target. Not {@code Files.createTempFile}: its owner-only
     * permissions would stay on the finished picture after the move.
     */
    static Path tempBeside(Path out) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return dir.resolve("." + out.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".part");
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A sequence of frames: an animated GIF, or a folder of numbered PNGs. */
    public interface Film extends Closeable {
        void add(BufferedImage frame) throws IOException;

        /** Finishes the film and moves it into place. */
        @Override void close() throws IOException;

        /** Throws away what was written. */
        void abort();

        static Film to(Path out, int delayMillis) throws IOException {
            return out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gif")
                    ? new Gif(out, delayMillis) : new PngFolder(out);
        }
    }

    /** Animated GIF, looping, written with the JDK's own GIF writer. */
    static final class Gif implements Film {
        private final Path out, tmp;
        private final int delayCentis;
        private final ImageWriter writer;
        private final ImageOutputStream stream;
        private boolean first = true;

        Gif(Path out, int delayMillis) throws IOException {
            this.out = out;
            this.delayCentis = Math.max(1, delayMillis / 10);
            this.tmp = tempBeside(out);
            this.writer = ImageIO.getImageWritersByFormatName("gif").next();
            this.stream = ImageIO.createImageOutputStream(tmp.toFile());
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
        }

        @Override public void add(BufferedImage frame) throws IOException {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata md = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
            String format = md.getNativeMetadataFormatName();
            IIOMetadataNode root = (IIOMetadataNode) md.getAsTree(format);
            IIOMetadataNode gce = child(root, "GraphicControlExtension");
            gce.setAttribute("disposalMethod", "none");
            gce.setAttribute("userInputFlag", "FALSE");
            gce.setAttribute("transparentColorFlag", "FALSE");
            gce.setAttribute("delayTime", Integer.toString(delayCentis));
            gce.setAttribute("transparentColorIndex", "0");
            if (first) {
                IIOMetadataNode apps = child(root, "ApplicationExtensions");
                IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
                app.setAttribute("applicationID", "NETSCAPE");
                app.setAttribute("authenticationCode", "2.0");
                app.setUserObject(new byte[]{1, 0, 0}); // loop for ever
                apps.appendChild(app);
                first = false;
            }
            md.setFromTree(format, root);
            writer.writeToSequence(new IIOImage(frame, null, md), param);
        }

        private static IIOMetadataNode child(IIOMetadataNode root, String name) {
            for (int i = 0; i < root.getLength(); i++)
                if (root.item(i).getNodeName().equalsIgnoreCase(name)) return (IIOMetadataNode) root.item(i);
            IIOMetadataNode n = new IIOMetadataNode(name);
            root.appendChild(n);
            return n;
        }

        @Override public void close() throws IOException {
            try {
                writer.endWriteSequence();
                stream.close();
                writer.dispose();
                move(tmp, out);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }

        @Override public void abort() {
            try { stream.close(); } catch (IOException ignored) { }
            writer.dispose();
            try { Files.deleteIfExists(tmp); } catch (IOException ignored) { }
        }
    }

    /** A folder of {@code frame-0001.png}, ... built beside the target and moved into place. */
    static final class PngFolder implements Film {
        private final Path out, tmp;
        private int frames;

        PngFolder(Path out) throws IOException {
            this.out = out;
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            if (Files.exists(out)) throw new IOException(out + " already exists (choose a new folder for the PNG frames)");
            this.tmp = Files.createDirectory(tempBeside(out));
        }

        @Override public void add(BufferedImage frame) throws IOException {
            Path f = tmp.resolve(String.format(Locale.ROOT, "frame-%04d.png", ++frames));
            if (!ImageIO.write(frame, "png", f.toFile())) throw new IOException("no PNG writer");
        }

        @Override public void close() throws IOException { Files.move(tmp, out); }

        @Override public void abort() { deleteTree(tmp); }
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(q -> { try { Files.delete(q); } catch (IOException ignored) { } });
        } catch (IOException ignored) { }
    }
}
