package leadsim.model;

/**
 * How many events a MASON schedule holds pending. MASON 18 gives no accessor for its
 * schedule's heap, so its protected fields are read; under the schedule's lock, so another
 * thread (a sampler) may ask while the run goes on.
 */
final class PendingEvents {
    private PendingEvents() {}

    private static final java.lang.reflect.Field QUEUE = field("queue");
    private static final java.lang.reflect.Field LOCK = field("lock");

    static long of(sim.engine.Schedule schedule) {
        if (schedule instanceof leadsim.model.engine.PrimitiveHeapSchedule primitive) {
            return primitive.pending();
        }
        try {
            synchronized (LOCK.get(schedule)) {
                return ((sim.util.Heap) QUEUE.get(schedule)).size();
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("MASON's Schedule." + QUEUE.getName() + " is not readable", e);
        }
    }

    private static java.lang.reflect.Field field(String name) {
        try {
            java.lang.reflect.Field f = sim.engine.Schedule.class.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("MASON's Schedule has no field " + name + " (another MASON version?)", e);
        }
    }
}
