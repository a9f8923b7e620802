package leadsim.demo;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The school of a district every window shows on its own, or none (the district's overview).
 * One choice for all windows, as the colour is, so two districts side by side show the same
 * school; the windows' menus and clicks on a tile set it and listen to it.
 */
public final class DistrictFocus implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private volatile String school;
    private final transient List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    /** The school shown on its own, or null for the overview. */
    public String school() {
        return school;
    }

    void choose(String chosen) {
        if (!java.util.Objects.equals(chosen, school)) {
            school = chosen;
            listeners.forEach(l -> l.accept(chosen));
        }
    }

    void onChange(Consumer<String> listener) {
        listeners.add(listener);
    }
}
