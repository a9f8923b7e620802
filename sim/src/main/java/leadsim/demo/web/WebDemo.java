package leadsim.demo.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import leadsim.demo.LiveSession;

/**
 * The live demo in a browser: the JDK's own HTTP server hands out the page, takes the
 * viewers' requests (play, pause, step, speed, colour, events, knobs) as small JSON POSTs, and
 * pushes the state to every open page with server-sent events. One model, any number of
 * viewers: they all see the same run, and any of them may steer it.
 */
public final class WebDemo implements AutoCloseable {
    /** More viewers than this are refused (503): each holds a thread. */
    static final int MAX_VIEWERS = 64;

    private final HttpServer server;
    private final ModelLoop loop;
    private final Thread modelThread;
    private final ExecutorService handlers;
    private final AtomicInteger viewers = new AtomicInteger();

    private WebDemo(HttpServer server, ModelLoop loop) {
        this.server = server;
        this.loop = loop;
        this.modelThread = new Thread(loop, "leadsim-web-model");
        this.modelThread.setDaemon(true);
        AtomicInteger n = new AtomicInteger();
        this.handlers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "leadsim-web-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the model thread and the server on {@code address} (port 0: any free port). */
    public static WebDemo start(LiveSession session, InetSocketAddress address) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        WebDemo demo = new WebDemo(server, new ModelLoop(session));
        server.setExecutor(demo.handlers);
        server.createContext("/", demo::serve);
        demo.modelThread.start();
        server.start();
        return demo;
    }

    /** The page's address, e.g. http://127.0.0.1:8080/. */
    public URI url() {
        InetSocketAddress at = server.getAddress();
        String host = at.getAddress().isAnyLocalAddress() ? "127.0.0.1" : at.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + at.getPort() + "/");
    }

    @Override
    public void close() {
        loop.stop();
        modelThread.interrupt();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void serve(HttpExchange ex) {
        try {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            checkHost(ex);
            if (path.startsWith("/api/")) {
                api(ex, path.substring("/api/".length()), method);
            } else if (path.equals("/events")) {
                requireMethod(method, "GET");
                events(ex);
            } else {
                requireMethod(method, "GET", "HEAD");
                String resource = path.equals("/") ? "live.html" : path.substring(1);
                page(ex, resource);
            }
        } catch (Requests.BadRequest e) {
            answer(ex, e.status, Map.of("error", e.getMessage()));
        } catch (IllegalArgumentException e) {
            answer(ex, 400, Map.of("error", e.getMessage()));
        } catch (IllegalStateException e) {
            answer(ex, 409, Map.of("error", e.getMessage()));
        } catch (IOException e) {
            // the viewer went away mid-answer: nothing to tell anyone
        } catch (Exception e) {
            answer(ex, 500, Map.of("error", "internal error: " + e));
        } finally {
            ex.close();
        }
    }

    /**
     * A server on the loopback address answers only to loopback names, so a web page elsewhere
     * cannot reach it through a name of its own that resolves to 127.0.0.1 (DNS rebinding).
     */
    private void checkHost(HttpExchange ex) throws Requests.BadRequest {
        if (!server.getAddress().getAddress().isLoopbackAddress()) {
            return;
        }
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null) {
            return;
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.replaceFirst(":\\d+$", "");
        if (!Set.of("127.0.0.1", "localhost", "[::1]").contains(name.toLowerCase(java.util.Locale.ROOT))) {
            throw new Requests.BadRequest(403, "this demo answers to localhost only (Host: " + host
                    + "); start it with --bind ADDR to serve other names");
        }
    }

    /** Steering requests come from this server's own page (or from a script, which sends no Origin), never from another site's page. */
    private static void checkOrigin(HttpExchange ex) throws Requests.BadRequest {
        String origin = ex.getRequestHeaders().getFirst("Origin");
        String host = ex.getRequestHeaders().getFirst("Host");
        if (origin != null && !origin.equals("http://" + host)) {
            throw new Requests.BadRequest(403, "requests from another page (Origin: " + origin + ") are refused");
        }
    }

    private static void requireMethod(String method, String... allowed) throws Requests.BadRequest {
        for (String a : allowed) {
            if (a.equals(method)) {
                return;
            }
        }
        throw new Requests.BadRequest(405, method + " not allowed here; use " + String.join(" or ", allowed));
    }

    private void api(HttpExchange ex, String name, String method) throws Exception {
        if (name.equals("state")) {
            requireMethod(method, "GET");
            Frame frame = loop.latest();
            String body = frame == null ? "{}" : "{\"layouts\":" + frame.layoutJson() + ",\"frame\":" + frame.json(new int[frame.charts().size()]) + "}";
            send(ex, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (name.equals("info")) {
            requireMethod(method, "GET");
            answer(ex, 200, info());
            return;
        }
        requireMethod(method, "POST");
        checkOrigin(ex);
        InputStream in = ex.getRequestBody();
        Object result = switch (name) {
            case "play" -> {
                Requests.body(in, Set.of());
                yield loop.call(() -> { loop.play(); return null; });
            }
            case "pause" -> {
                Requests.body(in, Set.of());
                yield loop.call(() -> { loop.pause(); return null; });
            }
            case "restart" -> {
                Requests.body(in, Set.of());
                yield loop.call(() -> { loop.restart(); return null; });
            }
            case "step" -> {
                ObjectNode body = Requests.body(in, Set.of("days"));
                Double days = Requests.number(body, "days", false);
                double d = days == null ? 1 : days;
                if (!(d >= 1 && d <= 2000 && d == Math.rint(d))) {
                    throw new Requests.BadRequest(400, "days: " + d + " is out of range; allowed: a whole number from 1 to 2000");
                }
                yield loop.call(() -> { loop.step(d); return null; });
            }
            case "speed" -> {
                ObjectNode body = Requests.body(in, Set.of("days_per_second"));
                double v = Requests.number(body, "days_per_second", true);
                if (!(v >= ModelLoop.MIN_SPEED && v <= ModelLoop.MAX_SPEED)) {
                    throw new Requests.BadRequest(400, "days_per_second: " + v + " is out of range; allowed: "
                            + ModelLoop.MIN_SPEED + " to " + ModelLoop.MAX_SPEED);
                }
                yield loop.call(() -> { loop.speed(v); return null; });
            }
            case "colour" -> {
                ObjectNode body = Requests.body(in, Set.of("mode"));
                String mode = Requests.text(body, "mode", true);
                yield loop.call(() -> { loop.session().colour(mode); return null; });
            }
            case "event" -> {
                ObjectNode body = Requests.body(in, Set.of("id", "target"));
                String id = Requests.text(body, "id", true);
                String target = Requests.text(body, "target", false);
                yield loop.call(() -> loop.session().fire(id, target));
            }
            case "knob" -> {
                ObjectNode body = Requests.body(in, Set.of("key", "value", "target"));
                String key = Requests.text(body, "key", true);
                double value = Requests.number(body, "value", true);
                String target = Requests.text(body, "target", false);
                yield loop.call(() -> { loop.session().set(key, value, target); return null; });
            }
            default -> throw new Requests.BadRequest(404, "no request /api/" + name
                    + "; allowed: play, pause, step, restart, speed, colour, event, knob (POST), state, info (GET)");
        };
        Map<String, Object> ok = new LinkedHashMap<>();
        ok.put("ok", true);
        if (result != null) {
            ok.put("said", result);
        }
        answer(ex, 200, ok);
    }

    private Map<String, Object> info() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", loop.session().title());
        info.put("runs", loop.session().runs());
        info.put("legends", leadsim.demo.SchoolPicture.legends());
        info.put("minSpeed", ModelLoop.MIN_SPEED);
        info.put("maxSpeed", ModelLoop.MAX_SPEED);
        return info;
    }

    /** A viewer's stream: the layout, then every frame, as server-sent events, until the viewer leaves. */
    private void events(HttpExchange ex) throws IOException, InterruptedException {
        if (viewers.incrementAndGet() > MAX_VIEWERS) {
            viewers.decrementAndGet();
            answer(ex, 503, Map.of("error", "already " + MAX_VIEWERS + " viewers"));
            return;
        }
        try {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            write(out, "info", Json.write(info()));
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

    private void page(HttpExchange ex, String resource) throws IOException, Requests.BadRequest {
        String type = WebResources.contentType(resource);
        byte[] bytes = type == null ? null : WebResources.bytes(resource);
        if (bytes == null) {
            throw new Requests.BadRequest(404, "no page /" + resource);
        }
        // the page may load from this server only: nothing from elsewhere, even by mistake
        ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'");
        send(ex, 200, type, bytes);
    }

    private static void answer(HttpExchange ex, int status, Object body) {
        try {
            send(ex, status, "application/json", Json.write(body).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the viewer went away: nothing to answer
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        if ("HEAD".equals(ex.getRequestMethod())) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        ex.getResponseBody().write(body);
    }
}
