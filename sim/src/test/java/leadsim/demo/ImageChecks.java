package leadsim.demo;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/** Is a PNG a real picture: it decodes, has many colours, and is not mostly one background? */
final class ImageChecks {
    private ImageChecks() {}

    static void assertNotBlank(Path png, int minColours, double minForeground) throws IOException {
        assertTrue(Files.size(png) > 1000, png + " is too small to be a picture");
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, png + " does not decode as an image");
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        int background = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        double total = (double) image.getWidth() * image.getHeight();
        double foreground = 1 - background / total;
        assertTrue(counts.size() >= minColours,
                png + " has only " + counts.size() + " distinct colours (want >= " + minColours + ")");
        assertTrue(foreground >= minForeground,
                png + ": only " + Math.round(foreground * 100) + "% of pixels differ from the background (want >= "
                        + Math.round(minForeground * 100) + "%)");
    }
}
