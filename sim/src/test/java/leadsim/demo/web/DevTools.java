package leadsim.demo.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven through the DevTools protocol over the JDK's own
 * WebSocket client: open a page, evaluate JavaScript in it, wait for a condition, take a
 * screenshot. Every call has a time limit, so a browser that hangs fails the test, not the
 * build. Records the page's uncaught errors and every request that left the machine's files.
 */
final class DevTools implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    /** Uncaught exceptions and console errors of the page. */
    final List<String> errors = new CopyOnWriteArrayList<>();
    /** Every URL the page asked for. */
    final List<String> requests = new CopyOnWriteArrayList<>();

    static boolean isInstalled() {
        return Files.isExecutable(BINARY);
    }

    private DevTools(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts a browser with one blank page of the given size, and attaches to that page. */
    static DevTools launch(int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("leadsim-devtools");
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--remote-debugging-port=0", "--remote-allow-origins=*",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long end = System.currentTimeMillis() + LIMIT.toMillis();
            while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
                if (System.currentTimeMillis() > end || !process.isAlive()) {
                    throw new IOException("chromium did not open its DevTools port: " + Files.readString(profile.resolve("chromium.log")));
                }
                Thread.sleep(50);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
            HttpClient http = HttpClient.newHttpClient();
            String ws = null;
            while (ws == null) {
                String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                for (JsonNode target : JSON.readTree(list)) {
                    if ("page".equals(target.path("type").asText())) {
                        ws = target.path("webSocketDebuggerUrl").asText();
                    }
                }
                if (ws == null) {
                    if (System.currentTimeMillis() > end) {
                        throw new IOException("chromium shows no page target");
                    }
                    Thread.sleep(50);
                }
            }
            Listener listener = new Listener();
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), listener).get(LIMIT.toSeconds(), TimeUnit.SECONDS);
            DevTools tools = new DevTools(process, profile, socket);
            listener.tools = tools;
            tools.send("Runtime.enable", null);
            tools.send("Page.enable", null);
            tools.send("Network.enable", null);
            tools.size(width, height);
            return tools;
        } catch (Exception e) {
            kill(process);
            deleteTree(profile);
            if (e instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot drive chromium: " + e, e);
        }
    }

    /** One protocol command; its result, or an AssertionError with the browser's message. */
    JsonNode send(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(message.toString(), true).join();
        JsonNode reply;
        try {
            reply = answer.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("chromium did not answer " + method + " within " + LIMIT + ": " + e);
        }
        if (reply.has("error")) {
            throw new AssertionError(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    void size(int width, int height) {
        send("Emulation.setDeviceMetricsOverride", params().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", false));
    }

    /** Opens a URL and waits until the document has loaded. */
    void open(String url) throws InterruptedException {
        send("Page.navigate", params().put("url", url));
        waitFor("document.readyState === 'complete' && location.href !== 'about:blank'", LIMIT);
    }

    /** Evaluates an expression in the page (promises awaited) and returns its value as JSON. */
    JsonNode eval(String expression) {
        JsonNode r = send("Runtime.evaluate", params().put("expression", expression).put("returnByValue", true)
                .put("awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new AssertionError("page script failed: " + expression + ": " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Polls a boolean expression until it holds; fails with the expression after {@code limit}. */
    void waitFor(String condition, Duration limit) throws InterruptedException {
        long end = System.currentTimeMillis() + limit.toMillis();
        while (true) {
            JsonNode v = send("Runtime.evaluate", params().put("expression", "!!(" + condition + ")").put("returnByValue", true))
                    .path("result").path("value");
            if (v.asBoolean()) {
                return;
            }
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("the page never reached: " + condition + "; page errors: " + errors);
            }
            Thread.sleep(50);
        }
    }

    /** A PNG of the page as it shows now. */
    byte[] screenshot() {
        return Base64.getDecoder().decode(send("Page.captureScreenshot", params().put("format", "png")).path("data").asText());
    }

    @Override
    public void close() {
        socket.abort();
        kill(process);
        deleteTree(profile);
    }

    private static void kill(Process process) {
        // Chromium forks helpers (zygote, renderer): end them with the browser, by their ids
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a file still held by a dying helper: it lives in /tmp
        }
    }

    private void received(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (IOException e) {
            return;
        }
        if (message.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(message.get("id").asInt());
            if (f != null) {
                f.complete(message);
            }
            return;
        }
        String method = message.path("method").asText();
        JsonNode p = message.path("params");
        switch (method) {
            case "Runtime.exceptionThrown" -> errors.add(p.path("exceptionDetails").toString());
            case "Runtime.consoleAPICalled" -> {
                if ("error".equals(p.path("type").asText())) {
                    errors.add(p.path("args").toString());
                }
            }
            case "Network.requestWillBeSent" -> requests.add(p.path("request").path("url").asText());
            default -> { }
        }
    }

    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private final List<String> early = new ArrayList<>();
        volatile DevTools tools;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                if (tools == null) {
                    early.add(text);
                } else {
                    early.forEach(tools::received);
                    early.clear();
                    tools.received(text);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
