package leadsim.demo.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads a request's JSON body strictly: an object with only the keys the request knows, each
 * of the right type. Anything else is a {@link BadRequest} saying what is allowed.
 */
final class Requests {
    static final int MAX_BODY = 16 * 1024;

    private Requests() {}

    /** A request the server refuses, with its HTTP status and a message for the sender. */
    static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        BadRequest(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** The body as a JSON object (an empty body is an empty object); only {@code allowed} keys. */
    static ObjectNode body(InputStream in, Set<String> allowed) throws IOException, BadRequest {
        byte[] bytes = in.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new BadRequest(413, "request body larger than " + MAX_BODY + " bytes");
        }
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).trim();
        if (text.isEmpty()) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadRequest(400, "malformed JSON body: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            throw new BadRequest(400, "the body must be a JSON object");
        }
        for (Iterator<String> keys = object.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!allowed.contains(key)) {
                throw new BadRequest(400, "unknown key `" + key + "`; allowed: "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed.stream().sorted().toList())));
            }
        }
        return object;
    }

    static String text(ObjectNode body, String key, boolean required) throws BadRequest {
        JsonNode v = body.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new BadRequest(400, "missing `" + key + "`");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new BadRequest(400, "`" + key + "` must be a string");
        }
        return v.asText();
    }

    static Double number(ObjectNode body, String key, boolean required) throws BadRequest {
        JsonNode v = body.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new BadRequest(400, "missing `" + key + "`");
            }
            return null;
        }
        if (!v.isNumber()) {
            throw new BadRequest(400, "`" + key + "` must be a number");
        }
        return v.asDouble();
    }
}
