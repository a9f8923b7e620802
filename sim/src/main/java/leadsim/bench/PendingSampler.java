package leadsim.bench;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Samples a running simulation's pending events from a thread of its own, about every
 * {@code intervalNanos}, without touching the run: the mean is over wall time, not over events.
 * A count of 0 means the run has not started or has ended (a running model always has its end
 * pending) and is not a sample.
 */
final class PendingSampler implements AutoCloseable {
    private final LongSupplier pending;
    private final long intervalNanos;
    private final Thread thread;
    private volatile boolean stop;
    private long samples;
    private double sum;
    private long max;

    private PendingSampler(LongSupplier pending, long intervalNanos) {
        this.pending = pending;
        this.intervalNanos = intervalNanos;
        this.thread = new Thread(this::sample, "leadsim-bench-pending");
        thread.setDaemon(true);
    }

    static PendingSampler start(LongSupplier pending, long intervalNanos) {
        PendingSampler sampler = new PendingSampler(pending, intervalNanos);
        sampler.thread.start();
        return sampler;
    }

    private void sample() {
        while (!stop) {
            long now = pending.getAsLong();
            if (now > 0) {
                samples++;
                sum += now;
                max = Math.max(max, now);
            }
            LockSupport.parkNanos(intervalNanos);
        }
    }

    /** Stops sampling; the figures are read after this (the join makes them visible). */
    @Override
    public void close() {
        stop = true;
        LockSupport.unpark(thread);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    long samples() {
        return samples;
    }

    double sum() {
        return sum;
    }

    long max() {
        return max;
    }
}
