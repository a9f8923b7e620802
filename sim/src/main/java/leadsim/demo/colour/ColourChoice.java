package leadsim.demo.colour;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The colour mode every display shows now. One choice for all displays, so two scenarios side by
 * side are always coloured alike; the menus and the inspector both set it and listen to it.
 */
public final class ColourChoice implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private volatile ColourMode mode = ColourModes.all().get(0);
    private final transient List<Consumer<ColourMode>> listeners = new CopyOnWriteArrayList<>();

    public ColourMode mode() {
        return mode;
    }

    public void choose(ColourMode chosen) {
        if (chosen != null && chosen != mode) {
            mode = chosen;
            listeners.forEach(l -> l.accept(chosen));
        }
    }

    public void onChange(Consumer<ColourMode> listener) {
        listeners.add(listener);
    }
}
