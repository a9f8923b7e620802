package leadsim.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Vector;
import org.junit.jupiter.api.Test;

/**
 * MASON's Console reads sim/display/simulation.classes for its "New Simulation..." chooser and
 * warns "Not all classes loaded, due to error: probably no Java3D." when a listed class does not
 * load. leadsim ships its own list, without MASON's Java3D demos: the one the Console reads is
 * leadsim's, every class in it loads, and reading it prints nothing.
 */
class DemoConsoleClassesTest {

    @Test
    void theConsolesClassListIsLeadsimsAndLoadsWithoutAWarning() throws Exception {
        List<String> classes = new ArrayList<>();
        try (InputStream in = sim.display.Console.class.getResourceAsStream("simulation.classes")) {
            assertNotNull(in, "a simulation.classes beside sim.display.Console");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("# leadsim's list"), "the Console reads leadsim's list, not MASON's:\n" + text);
            for (String line : text.lines().toList()) {
                String name = line.replaceFirst("#.*", "").strip();
                if (!name.isEmpty() && !name.equals("ONLY") && !name.toUpperCase().startsWith("NAME:")) {
                    classes.add(name);
                }
            }
        }
        assertTrue(classes.size() >= 20, "MASON's 2D demos are still offered: " + classes);
        for (String name : classes) {
            Class.forName(name); // as the Console loads them; a NoClassDefFoundError fails here, by name
        }

        // The Console's own reading of the list, from scratch, prints nothing.
        Field loaded = sim.display.Console.class.getDeclaredField("classListLoaded");
        Field names = sim.display.Console.class.getDeclaredField("classNames");
        Field shortNames = sim.display.Console.class.getDeclaredField("shortNames");
        Method build = sim.display.Console.class.getDeclaredMethod("buildClassList");
        for (var member : List.of(loaded, names, shortNames)) {
            member.setAccessible(true);
        }
        build.setAccessible(true);
        Vector<?> before = new Vector<>((Vector<?>) names.get(null));
        Vector<?> shortBefore = new Vector<>((Vector<?>) shortNames.get(null));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        boolean wasLoaded = loaded.getBoolean(null);
        try {
            ((Vector<?>) names.get(null)).clear();
            ((Vector<?>) shortNames.get(null)).clear();
            loaded.setBoolean(null, false);
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            build.invoke(null);
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8), "MASON printed while reading the class list");
        assertEquals(classes.size(), ((Vector<?>) names.get(null)).size(), "every listed class was taken");
        if (wasLoaded) { // leave the Console as another test in this JVM may have found it
            restore(names, before);
            restore(shortNames, shortBefore);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void restore(Field field, Vector<?> content) throws IllegalAccessException {
        Vector v = (Vector) field.get(null);
        v.clear();
        v.addAll(content);
    }
}
