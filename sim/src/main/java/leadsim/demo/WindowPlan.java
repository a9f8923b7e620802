package leadsim.demo;

import java.awt.Rectangle;

/**
 * Where everything goes on the instructor's screen, and how large the type is, so a room can
 * read it: the run windows side by side, and the Console in a place of its own where it covers
 * nothing (a column on the right when the screen is wide enough, else a strip along the
 * bottom). Type sizes follow the screen's height: a caption is about 1/36 of it (30 px at 1080;
 * 1/40 on a short screen comparing two schools, 18 px at 720).
 */
final class WindowPlan {
    /** The Console's column on wide screens; its strip's height on narrow ones. */
    static final int CONSOLE_WIDTH = 420;
    static final int CONSOLE_STRIP = 190;
    /** On a short screen (a 720-line projector) the strip keeps only the tabs and the play bar. */
    static final int CONSOLE_STRIP_SHORT = 130;

    final Rectangle screen;
    final int runs;
    final boolean consoleBeside;
    /**
     * On a short screen (a 720-line projector) there is no line to spare: the Console is tucked
     * away (iconified; each window's Console button brings it back) and the windows carry
     * Play and Pause themselves.
     */
    final boolean consoleTucked;
    final float caption;
    final float chartType;

    WindowPlan(Rectangle screen, int runs) {
        this.screen = screen;
        this.runs = Math.max(1, runs);
        // beside when each run window keeps at least 680 px (one run: 1180) after the Console's column
        int minimum = this.runs == 1 ? 1180 : 680 * this.runs;
        this.consoleBeside = screen.width - CONSOLE_WIDTH >= minimum;
        this.consoleTucked = !consoleBeside && screen.height < 900;
        // a short screen showing two schools needs every line it has: a little smaller there
        this.caption = clamp(screen.height / (screen.height < 900 && this.runs > 1 ? 40f : 36f), 17, 34);
        this.chartType = clamp(screen.height / 52f, 13, 21);
    }

    /** Charts under the display when comparing (windows are narrow), beside it for one run. */
    boolean chartsBelow() {
        return runs > 1;
    }

    /** The bounds of run window {@code i}. */
    Rectangle window(int i) {
        int width = (screen.width - (consoleBeside ? CONSOLE_WIDTH : 0)) / runs;
        int height = screen.height - (consoleBeside || consoleTucked ? 0 : strip());
        return new Rectangle(screen.x + i * width, screen.y, width, height);
    }

    /** The Console's bounds: the column right of the windows, or the strip under them (or, tucked, where it opens again). */
    Rectangle console() {
        if (consoleTucked) {
            return new Rectangle(screen.x + screen.width - CONSOLE_WIDTH, screen.y + screen.height / 3, CONSOLE_WIDTH,
                    screen.height * 2 / 3);
        }
        if (consoleBeside) {
            return new Rectangle(screen.x + screen.width - CONSOLE_WIDTH, screen.y, CONSOLE_WIDTH, screen.height);
        }
        return new Rectangle(screen.x, screen.y + screen.height - strip(), screen.width, strip());
    }

    private int strip() {
        return screen.height < 900 ? CONSOLE_STRIP_SHORT : CONSOLE_STRIP;
    }

    private static float clamp(float v, float lo, float hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
