package leadsim.demo;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import leadsim.demo.lesson.LessonScript;
import sim.display.Console;
import sim.display.Display2D;

/**
 * The three ways to show a demo: live in MASON's Console, as pictures drawn without a window,
 * and as pictures of the live windows (what the GUI test runs under Xvfb).
 */
public final class Demo {
    private Demo() {}

    /** True when windows can be opened (a display, not headless). */
    public static boolean canOpenWindows() {
        return !GraphicsEnvironment.isHeadless();
    }

    /** Opens the Console and the windows, paused on day 0, and returns when the Console closes. */
    public static void open(DemoSetup setup) throws InterruptedException, DemoException {
        requireWindows();
        CountDownLatch closed = new CountDownLatch(1);
        Console console = startConsole(setup, closed);
        SwingUtilities.invokeLater(() -> {
            // pausing a stopped Console starts the run paused: the school shows before play
            console.pressPause();
        });
        closed.await();
    }

    /**
     * Runs {@code days} school days without any window and writes the pictures of each run:
     * the display, each chart, and both side by side. Works headless.
     */
    public static List<Path> snapshot(DemoSetup setup, Path dir, double days) throws IOException {
        DemoGUI gui = new DemoGUI(setup);
        gui.start();
        gui.clock().runUntil(days);
        return SnapshotImages.write(gui, dir, "day" + (int) Math.round(days));
    }

    /**
     * Opens the real Console and windows, plays {@code days} school days, then saves what the
     * windows show: MASON's own display snapshot, the whole window, and the charts.
     */
    public static List<Path> snapshotInWindow(DemoSetup setup, Path dir, double days)
            throws IOException, InterruptedException, DemoException {
        requireWindows();
        Console console = startConsole(setup, new CountDownLatch(1));
        DemoGUI gui = (DemoGUI) console.getSimulation();
        console.setPlaySleep(0);
        console.setWhenShouldPauseTime(days);
        onSwing(console::pressPlay);
        long deadline = System.currentTimeMillis() + 600_000;
        while (gui.clock().schedule.getTime() < days - 1e-9 && console.getPlayState() != Console.PS_STOPPED
                && System.currentTimeMillis() < deadline) {
            if (console.getPlayState() == Console.PS_PAUSED && gui.clock().schedule.getTime() < days - 1e-9) {
                onSwing(console::pressPause); // a lesson's pause is for a class: a snapshot plays on
            }
            Thread.sleep(50);
        }
        if (console.getPlayState() == Console.PS_PLAYING) {
            onSwing(console::pressPause);
        }
        Files.createDirectories(dir);
        String suffix = "day" + (int) Math.round(days);
        List<Path> written = new ArrayList<>();
        IOException[] failure = new IOException[1];
        onSwing(() -> {
            try {
                gui.refreshCharts();
                for (RunWindow window : gui.windows()) {
                    String stem = SnapshotImages.slug(window.view().run().label());
                    Path display = dir.resolve(stem + "-display2d-" + suffix + ".png");
                    window.display().takeSnapshot(display.toFile(), Display2D.TYPE_PNG);
                    written.add(display);
                    written.add(SnapshotImages.save(paint(window), dir.resolve(stem + "-window-" + suffix + ".png")));
                }
                // the whole screen as the instructor sees it, the Console included
                java.awt.Rectangle screen = new java.awt.Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize());
                BufferedImage shot = new java.awt.Robot().createScreenCapture(screen);
                written.add(SnapshotImages.save(shot, dir.resolve("screen-" + suffix + ".png")));
            } catch (IOException e) {
                failure[0] = e;
            } catch (java.awt.AWTException e) {
                failure[0] = new IOException("cannot capture the screen", e);
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return written;
    }

    private static BufferedImage paint(RunWindow window) {
        var content = window.frame().getContentPane();
        BufferedImage image = new BufferedImage(content.getWidth(), content.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        content.paint(g);
        g.dispose();
        return image;
    }

    private static Console startConsole(DemoSetup setup, CountDownLatch closed) throws InterruptedException {
        Console[] made = new Console[1];
        onSwing(() -> {
            DemoGUI gui = new DemoGUI(setup);
            Console console = new Console(gui);
            // the pace of a lesson: a tick is TICK days, so sleep TICK / (days per second) seconds
            console.setPlaySleep(Math.round(1000 * LockstepClock.TICK / setup.daysPerSecond()));
            console.setWhenShouldPauseTime(setup.days());
            LessonScript script = gui.clock().script();
            if (script != null) {
                script.onPause(() -> SwingUtilities.invokeLater(() -> {
                    if (console.getPlayState() == Console.PS_PLAYING) {
                        console.pressPause();
                    }
                }));
            }
            console.addWindowListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowClosed(java.awt.event.WindowEvent e) {
                    closed.countDown();
                }
            });
            placeBesideWindows(console, gui);
            // tucked away on a short screen (the windows' Console button shows it): hidden rather
            // than iconified, because without a window manager an iconified frame stays in view
            console.setVisible(!gui.plan().consoleTucked);
            made[0] = console;
        });
        return made[0];
    }

    /** The Console where the plan leaves it room: a column right of the windows, or a strip under them. */
    private static void placeBesideWindows(Console console, DemoGUI gui) {
        console.setBounds(gui.plan().console());
    }

    private static void requireWindows() throws DemoException {
        if (!canOpenWindows()) {
            throw new DemoException("cannot open a window: no display (DISPLAY unset or headless); run on a desktop "
                    + "or under `xvfb-run -a`, or use --snapshot DIR --days N for pictures without a window");
        }
    }

    private static void onSwing(Runnable task) throws InterruptedException {
        if (SwingUtilities.isEventDispatchThread()) {
            task.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(task);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
    }
}
