package leadsim.demo.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Each viewer's stream of server-sent events, on its own thread: {@code info}, the
 * {@code layout} after every (re)start, then every frame with the chart points that viewer has
 * not had. A slow viewer slows only its own stream, never the model.
 */
final class ViewerStreams {
    /** More viewers than this are refused (503): each holds a thread. */
    static final int MAX_VIEWERS = 64;

    private final ModelLoop loop;
    private final Api api;
    private final AtomicInteger viewers = new AtomicInteger();

    ViewerStreams(ModelLoop loop, Api api) {
        this.loop = loop;
        this.api = api;
    }

    /** A viewer's stream: the layout, then every frame, as server-sent events, until the viewer leaves. */
    void serve(HttpExchange ex) throws IOException, InterruptedException {
        if (viewers.incrementAndGet() > MAX_VIEWERS) {
            viewers.decrementAndGet();
            Http.answer(ex, 503, Map.of("error", "already " + MAX_VIEWERS + " viewers"));
            return;
        }
        try {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            write(out, "info", Json.write(api.info()));
            long layoutSent = -1;
            long frameSent = -1;
            int[] daysSent = new int[0];
            while (loop.running()) {
                Frame frame = loop.awaitFrame(frameSent, 15_000);
                if (frame == null || frame.number() == frameSent) {
                    out.write(": still here\n\n".getBytes(StandardCharsets.UTF_8)); // finds viewers that left
                    out.flush();
                    continue;
                }
                if (frame.layoutNumber() != layoutSent) {
                    write(out, "layout", frame.layoutJson());
                    layoutSent = frame.layoutNumber();
                    daysSent = new int[frame.charts().size()];
                }
                int[] days = frame.days();
                for (int r = 0; r < days.length; r++) {
                    daysSent[r] = Math.min(daysSent[r], days[r]); // a restart's charts start again at day 0
                }
                write(out, "frame", frame.json(daysSent));
                daysSent = days;
                frameSent = frame.number();
            }
        } finally {
            viewers.decrementAndGet();
        }
    }

    private static void write(OutputStream out, String event, String data) throws IOException {
        out.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
