package leadsim.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap one stretch of work took, two ways, from the collector's own reports. {@code peakBytes}:
 * the most heap in use just before a collection (when it is fullest) or at the end, garbage
 * included, so it grows with the room -Xmx gives. {@code liveBytes}: the most heap in use just
 * after a collection, over every collection during the work and one forced at its end while the
 * work's objects are still held: close to what the work needs to keep.
 */
final class HeapWatch implements AutoCloseable {
    private final Set<String> heapPools;
    private final AtomicLong beforeGc = new AtomicLong();
    private final AtomicLong afterGc = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;

    record Heap(long peakBytes, long liveBytes) {
        double peakMegabytes() {
            return peakBytes / (1024.0 * 1024.0);
        }

        double liveMegabytes() {
            return liveBytes / (1024.0 * 1024.0);
        }
    }

    private HeapWatch() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    }

    /** Collects garbage and starts listening to collections. */
    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        usedAfterGc();
        drainNotifications(); // so that this collection is not reported to the new listener
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(watch.listener, null, null);
                watch.emitters.add(emitter);
            }
        }
        return watch;
    }

    /** Ends the watch; {@code held} is what the work built, kept reachable through the final collection. */
    Heap stop(Object held) {
        long atEnd = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long liveAtEnd = usedAfterGc();
        Reference.reachabilityFence(held);
        drainNotifications();
        close();
        long live = Math.max(afterGc.get(), liveAtEnd);
        // what is in use after a collection was in use before it: the peak is never below it (the
        // usage read at the end can miss a little allocated between that reading and the collection)
        return new Heap(Math.max(Math.max(beforeGc.get(), atEnd), live), live);
    }

    /** Stops listening (again is harmless): for a watch whose work failed before {@link #stop}. */
    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException e) {
                // already gone
            }
        }
        emitters.clear();
    }

    /** Collections are reported on another thread, a moment after they happen. */
    private static void drainNotifications() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collected(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var gc = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
        beforeGc.accumulateAndGet(heapUsed(gc.getMemoryUsageBeforeGc()), Math::max);
        afterGc.accumulateAndGet(heapUsed(gc.getMemoryUsageAfterGc()), Math::max);
    }

    private long heapUsed(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        return used;
    }

    /** Heap in use after full collections (System.gc() is a full, synchronous collection in HotSpot by default). */
    static long usedAfterGc() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
