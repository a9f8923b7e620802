package leadsim.scenario;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A file's bytes as text, or a message saying what the file is instead. YAML files are UTF-8;
 * a byte-order mark for UTF-8, UTF-16 or UTF-32 is honoured (editors on Windows write them),
 * because the mark says unambiguously how to decode. Without a mark only UTF-8 is accepted:
 * guessing another encoding would silently misread names.
 */
final class TextBytes {
    private static final String WHAT_IS_ALLOWED = "a scenario is YAML text in UTF-8 (or UTF-16 with a byte-order mark)";

    private TextBytes() {}

    static String decode(byte[] bytes, String label) throws ScenarioException {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            charset = Charset.forName("UTF-32BE");
            skip = 4;
        } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            charset = Charset.forName("UTF-32LE");
            skip = 4;
        } else if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else {
            int nul = indexOf(bytes, (byte) 0);
            if (nul >= 0) {
                throw problem(label, "not a text file: it contains a NUL byte (at byte " + nul
                        + "), as binary files and UTF-16 without a byte-order mark do; " + WHAT_IS_ALLOWED);
            }
        }
        String text = strict(bytes, skip, charset, label);
        checkControlCharacters(text, label);
        return text;
    }

    private static String strict(byte[] bytes, int skip, Charset charset, String label) throws ScenarioException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int at = in.position();
            String name = charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name();
            String where = "line " + line(before) + ", column " + column(before);
            String bytesSaid = skip > 0 ? "the file starts with a " + name + " byte-order mark, but " : "";
            throw problem(label, "not " + name + " text: " + bytesSaid + "byte " + at + " (0x"
                    + String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF) + ", " + where + ") is not valid "
                    + name + "; save the file as UTF-8 text");
        }
        out.flip();
        return out.toString();
    }

    /** YAML allows tab, line feed and carriage return among the control characters, nothing else. */
    private static void checkControlCharacters(String text, String label) throws ScenarioException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F
                    || (c >= 0x80 && c <= 0x9F && c != 0x85) || c == 0xFFFE || c == 0xFFFF;
            if (control) {
                String before = text.substring(0, i);
                throw problem(label, "not a text file: control character U+" + String.format(Locale.ROOT, "%04X", (int) c)
                        + " at line " + line(before) + ", column " + column(before) + "; " + WHAT_IS_ALLOWED);
            }
        }
    }

    private static int line(String before) {
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    private static int column(String before) {
        return before.length() - before.lastIndexOf('\n');
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static ScenarioException problem(String label, String message) {
        return new ScenarioException(new ScenarioProblem(label, 0, 0, "", message));
    }
}
