package leadsim.demo.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import leadsim.demo.DemoSetup;
import leadsim.demo.LiveSession;

/** Shared pieces of the web tests: the scenarios folder, a demo on a free local port, and plain HTTP. */
final class WebTesting {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private WebTesting() {}

    static Path scenario(String name) {
        Path fromModule = Path.of("..", "scenarios");
        return (Files.isDirectory(fromModule) ? fromModule : Path.of("scenarios")).resolve(name);
    }

    /** A live demo of {@code scenario} (and {@code compare}, or null) on a free port of the loopback address. */
    static WebDemo start(String scenario, String compare, String colour) throws Exception {
        DemoSetup setup = DemoSetup.of(scenario(scenario), compare == null ? null : scenario(compare), null);
        if (colour != null) {
            setup.colour(colour);
        }
        return WebDemo.start(LiveSession.of(setup), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    record Answer(int status, JsonNode body) {}

    static Answer post(WebDemo demo, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(demo.url().resolve(path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), JSON.readTree(r.body()));
    }

    static Answer get(WebDemo demo, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(demo.url().resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse("").contains("json")
                ? JSON.readTree(r.body()) : JSON.getNodeFactory().textNode(r.body()));
    }

    static HttpClient http() {
        return HTTP;
    }

    static URI url(WebDemo demo, String path) {
        return demo.url().resolve(path);
    }
}
