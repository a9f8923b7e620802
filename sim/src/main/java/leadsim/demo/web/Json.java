package leadsim.demo.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON the page reads. A day without a value (no decision that day, a mechanism not yet
 * started) is NaN in the model; JSON has no NaN, so it is written as null and the charts leave
 * a gap there.
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new SimpleModule()
            .addSerializer(Double.class, new NanAsNull())
            .addSerializer(double.class, new NanAsNull())
            .addSerializer(double[].class, new Doubles()));

    private Json() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class NanAsNull extends JsonSerializer<Double> {
        @Override
        public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
            if (v == null || v.isNaN() || v.isInfinite()) {
                g.writeNull();
            } else {
                g.writeNumber(v);
            }
        }
    }

    private static final class Doubles extends JsonSerializer<double[]> {
        @Override
        public void serialize(double[] values, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartArray();
            for (double v : values) {
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    g.writeNull();
                } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                    g.writeNumber((long) v); // queue lengths and counts: no ".0" on every point
                } else {
                    g.writeNumber(v);
                }
            }
            g.writeEndArray();
        }
    }
}
