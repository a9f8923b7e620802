package leadsim.demo.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The requests under {@code /api/}: the state and info to read (GET), and the viewers' steering
 * (POST, small JSON bodies), each checked here and run on the model thread.
 */
final class Api {
    private final ModelLoop loop;

    Api(ModelLoop loop) {
        this.loop = loop;
    }

    /** Steering requests come from this server's own page (or from a script, which sends no Origin), never from another site's page. */
    private static void checkOrigin(HttpExchange ex) throws Requests.BadRequest {
        String origin = ex.getRequestHeaders().getFirst("Origin");
        String host = ex.getRequestHeaders().getFirst("Host");
        if (origin != null && !origin.equals("http://" + host)) {
            throw new Requests.BadRequest(403, "requests from another page (Origin: " + origin + ") are refused");
        }
    }

    void handle(HttpExchange ex, String name, String method) throws Exception {
        if (name.equals("state")) {
            Http.requireMethod(method, "GET");
            Frame frame = loop.latest();
            String body = frame == null ? "{}" : "{\"layouts\":" + frame.layoutJson() + ",\"frame\":" + frame.json(new int[frame.charts().size()]) + "}";
            Http.send(ex, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (name.equals("info")) {
            Http.requireMethod(method, "GET");
            Http.answer(ex, 200, info());
            return;
        }
        Http.requireMethod(method, "POST");
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
            case "focus" -> {
                ObjectNode body = Requests.body(in, Set.of("school"));
                String school = Requests.text(body, "school", false);
                yield loop.call(() -> { loop.focus(school); return null; });
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
                    + "; allowed: play, pause, step, restart, speed, colour, focus, event, knob (POST), state, info (GET)");
        };
        Map<String, Object> ok = new LinkedHashMap<>();
        ok.put("ok", true);
        if (result != null) {
            ok.put("said", result);
        }
        Http.answer(ex, 200, ok);
    }

    Map<String, Object> info() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", loop.session().title());
        info.put("runs", loop.session().runs());
        info.put("legends", leadsim.demo.draw.SchoolPicture.legends());
        info.put("schools", loop.session().schools());
        info.put("seriesColours", leadsim.demo.draw.SchoolPicture.seriesColours());
        info.put("minSpeed", ModelLoop.MIN_SPEED);
        info.put("maxSpeed", ModelLoop.MAX_SPEED);
        return info;
    }

}
