package leadsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import leadsim.demo.DemoException;
import leadsim.demo.DemoSetup;
import leadsim.demo.LiveSession;
import leadsim.demo.web.LessonExport;
import leadsim.demo.web.WebDemo;

/** The browser side of {@code leadsim demo}: {@code --web} serves the live demo, {@code --export} writes a lesson's replay. */
final class WebCommands {
    static final int DEFAULT_PORT = 8080;

    private WebCommands() {}

    /** Serves the demo until the process is stopped (Ctrl-C). */
    static int serve(DemoSetup setup, String bind, Integer port, PrintWriter out) throws InputException, IOException, InterruptedException {
        int p = port == null ? DEFAULT_PORT : port;
        if (p < 0 || p > 65535) {
            throw new InputException("--port: " + p + " is not a port; allowed: 0 to 65535 (0 picks a free one)");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind == null ? "127.0.0.1" : bind);
        } catch (UnknownHostException e) {
            throw new InputException("--bind: cannot resolve `" + bind + "`; give an address of this machine, e.g. 127.0.0.1 or 0.0.0.0");
        }
        WebDemo demo;
        try {
            demo = WebDemo.start(LiveSession.of(setup), new InetSocketAddress(address, p));
        } catch (BindException e) {
            throw new InputException("cannot listen on " + address.getHostAddress() + ":" + p + " (" + e.getMessage()
                    + "); choose another --port, or 0 for any free one");
        }
        out.println("leadsim demo: open " + demo.url() + " in a browser (Ctrl-C stops)");
        if (address.isAnyLocalAddress()) {
            out.println("listening on every network interface: anyone who can reach this machine on port "
                    + p + " can watch and steer the run");
        } else if (!address.isLoopbackAddress()) {
            out.println("listening on " + address.getHostAddress() + ": others on that network can watch and steer the run");
        }
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            demo.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    static int export(Path lesson, Long seed, Path file, PrintWriter out) throws InputException, IOException, leadsim.scenario.ScenarioException {
        try {
            LessonExport.Written w = LessonExport.write(lesson, seed, file);
            out.printf("wrote %s (%.1f MB): %d days, branches: %s%n", w.file(), w.bytes() / 1e6, w.days(),
                    String.join("; ", w.branches()));
            out.flush();
            return 0;
        } catch (DemoException e) {
            throw new InputException(e.getMessage());
        }
    }
}
