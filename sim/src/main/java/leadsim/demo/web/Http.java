package leadsim.demo.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Small answers of the demo's server: JSON, bytes, and the method check. */
final class Http {
    private Http() {}

    static void requireMethod(String method, String... allowed) throws Requests.BadRequest {
        for (String a : allowed) {
            if (a.equals(method)) {
                return;
            }
        }
        throw new Requests.BadRequest(405, method + " not allowed here; use " + String.join(" or ", allowed));
    }

    static void answer(HttpExchange ex, int status, Object body) {
        try {
            send(ex, status, "application/json", Json.write(body).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the viewer went away: nothing to answer
        }
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
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
