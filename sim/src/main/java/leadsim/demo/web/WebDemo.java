package leadsim.demo.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
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
    private final HttpServer server;
    private final ModelLoop loop;
    private final Thread modelThread;
    private final ExecutorService handlers;
    private final Api api;
    private final ViewerStreams streams;

    private WebDemo(HttpServer server, ModelLoop loop) {
        this.server = server;
        this.loop = loop;
        this.api = new Api(loop);
        this.streams = new ViewerStreams(loop, api);
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
                api.handle(ex, path.substring("/api/".length()), method);
            } else if (path.equals("/events")) {
                Http.requireMethod(method, "GET");
                streams.serve(ex);
            } else {
                Http.requireMethod(method, "GET", "HEAD");
                String resource = path.equals("/") ? "live.html" : path.substring(1);
                page(ex, resource);
            }
        } catch (Requests.BadRequest e) {
            Http.answer(ex, e.status, Map.of("error", e.getMessage()));
        } catch (IllegalArgumentException e) {
            Http.answer(ex, 400, Map.of("error", e.getMessage()));
        } catch (IllegalStateException e) {
            Http.answer(ex, 409, Map.of("error", e.getMessage()));
        } catch (IOException e) {
            // the viewer went away mid-answer: nothing to tell anyone
        } catch (Exception e) {
            Http.answer(ex, 500, Map.of("error", "internal error: " + e));
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

    private void page(HttpExchange ex, String resource) throws IOException, Requests.BadRequest {
        String type = WebResources.contentType(resource);
        byte[] bytes = type == null ? null : WebResources.bytes(resource);
        if (bytes == null) {
            throw new Requests.BadRequest(404, "no page /" + resource);
        }
        // the page may load from this server only: nothing from elsewhere, even by mistake
        ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'");
        Http.send(ex, 200, type, bytes);
    }
}
