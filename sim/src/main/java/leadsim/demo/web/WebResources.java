package leadsim.demo.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The page's files, shipped in the jar under {@code leadsim/web/}: nothing is loaded from elsewhere. */
final class WebResources {
    private WebResources() {}

    /** The content type of a page file by its extension, or null for a name that is no page file. */
    static String contentType(String name) {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            return null;
        }
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        return null;
    }

    /** The file's bytes, or null when there is no such file. */
    static byte[] bytes(String name) {
        try (InputStream in = WebResources.class.getResourceAsStream("/leadsim/web/" + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        byte[] b = bytes(name);
        if (b == null) {
            throw new IllegalStateException("leadsim/web/" + name + " is missing from the jar");
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
