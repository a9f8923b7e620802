package leadsim.demo.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import leadsim.demo.LiveSession;

/**
 * The one thread that owns the model: it plays the clock at the chosen pace, runs the
 * requests of every viewer between two ticks (so an event never lands inside a model step),
 * and publishes a {@link Frame} for the viewers at most ten times a second while playing and
 * at once after each request. A failing request is answered with its message; the run goes on.
 */
final class ModelLoop implements Runnable {
    /** Ticks per school day of the demo's clock (LockstepClock). */
    private static final int TICKS_PER_DAY = 20;
    static final double MIN_SPEED = 0.05;
    static final double MAX_SPEED = 100;
    private static final long FRAME_NANOS = 100_000_000L;

    private final LiveSession session;
    private final LinkedBlockingQueue<FutureTask<?>> requests = new LinkedBlockingQueue<>();
    private final Object frames = new Object();
    private volatile Frame latest;
    private volatile boolean running = true;
    private boolean playing;
    private boolean stoppedAtLastDay;
    private double speed;
    private long frameNumber;
    private long layoutNumber;
    private String layoutJson;
    private String failure;

    ModelLoop(LiveSession session) {
        this.session = session;
        this.speed = session.daysPerSecond();
        session.onPause(() -> playing = false); // a lesson's pause: called inside a tick, on this thread
        restart();
        publish();
    }

    @Override
    public void run() {
        long nextTick = System.nanoTime();
        long lastFrame = 0;
        while (running) {
            try {
                FutureTask<?> request = requests.poll(playing ? 0 : 200, TimeUnit.MILLISECONDS);
                if (request != null) {
                    request.run(); // publishes its frame before the requester hears back (call)
                    lastFrame = System.nanoTime();
                    continue;
                }
                if (!playing) {
                    nextTick = System.nanoTime();
                    continue;
                }
                long wait = nextTick - System.nanoTime();
                if (wait > 0) {
                    FutureTask<?> early = requests.poll(wait, TimeUnit.NANOSECONDS);
                    if (early != null) {
                        early.run();
                        lastFrame = System.nanoTime();
                        continue;
                    }
                }
                tick();
                long period = (long) (1e9 / (speed * TICKS_PER_DAY));
                nextTick = Math.max(nextTick + period, System.nanoTime() - 500_000_000L); // never burst after a stall
                if (System.nanoTime() - lastFrame >= FRAME_NANOS || !playing) {
                    publish();
                    lastFrame = System.nanoTime();
                }
            } catch (InterruptedException e) {
                running = false;
            } catch (RuntimeException e) {
                // a model failure must not take the server down: stop playing and say why
                playing = false;
                failure = "the model failed on day " + Math.floor(session.day()) + ": " + e;
                e.printStackTrace();
                publish();
            }
        }
    }

    private void tick() {
        if (!session.tick() || session.ended()) {
            playing = false;
            return;
        }
        if (!stoppedAtLastDay && session.day() >= session.lastDay() - 1e-9) {
            stoppedAtLastDay = true; // the lesson's end (or the horizon): pause once; play goes on
            playing = false;
        }
    }

    /**
     * Runs {@code task} on the model thread and returns its result; its exceptions come back as
     * they were thrown. The frame showing what it did is published before the answer, so a
     * viewer who asks for the state right after its request sees its effect.
     */
    <T> T call(Callable<T> task) throws Exception {
        FutureTask<T> future = new FutureTask<>(() -> {
            try {
                return task.call();
            } finally {
                publish();
            }
        });
        requests.add(future);
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        } catch (TimeoutException e) {
            future.cancel(false);
            throw new IllegalStateException("the model thread did not answer within 30 s");
        }
    }

    // the requests, run on the model thread through call()

    void play() {
        if (session.ended()) {
            throw new IllegalStateException("the run has reached its horizon; restart to play again");
        }
        playing = true;
    }

    void pause() {
        playing = false;
    }

    /** Advances {@code days} whole school days from the day now, then pauses. */
    void step(double days) {
        playing = false;
        session.runUntil(Math.floor(session.day() + 1e-9) + days);
    }

    void speed(double daysPerSecond) {
        speed = daysPerSecond;
    }

    void restart() {
        playing = false;
        stoppedAtLastDay = false;
        failure = null;
        session.start();
        newLayout();
    }

    /** Shows one school of the district on its own, or (null) the overview: a new layout for every viewer. */
    void focus(String school) {
        session.focus(school);
        newLayout();
    }

    /**
     * What every viewer draws until the next (re)start or change of focus: the school in focus
     * (or the district's overview) per run, and which school that is.
     */
    private void newLayout() {
        layoutNumber++;
        List<Object> runs = new ArrayList<>();
        for (int r = 0; r < session.runs(); r++) {
            Map<String, Object> run = new LinkedHashMap<>();
            boolean overview = session.showsOverview(r);
            // a district's schools side by side are not drawn in the browser: not sent either
            run.put("school", overview ? null : session.picture(r).layout());
            run.put("overview", overview ? session.overview(r).layout() : null);
            runs.add(run);
        }
        Map<String, Object> layout = new LinkedHashMap<>();
        layout.put("focus", session.focus());
        layout.put("schools", session.schools());
        layout.put("runs", runs);
        layoutJson = Json.write(layout);
    }

    LiveSession session() {
        return session;
    }

    void stop() {
        running = false;
    }

    /** The newest frame; waits up to {@code millis} for one newer than {@code after}. */
    Frame awaitFrame(long after, long millis) throws InterruptedException {
        synchronized (frames) {
            long end = System.currentTimeMillis() + millis;
            while (running && (latest == null || latest.number() <= after)) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                frames.wait(left);
            }
            return latest;
        }
    }

    Frame latest() {
        return latest;
    }

    boolean running() {
        return running;
    }

    /** Makes a frame of the state now (on the model thread) and wakes the viewers. */
    void publish() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("day", Math.floor(session.day() + 1e-9));
        state.put("time", session.day());
        state.put("playing", playing);
        state.put("ended", session.ended());
        state.put("speed", speed);
        state.put("lastDay", session.lastDay());
        state.put("colour", session.colour());
        state.put("focus", session.focus());
        state.put("failure", failure);
        List<Map<String, Object>> runs = new ArrayList<>();
        List<List<LiveSession.Chart>> charts = new ArrayList<>();
        for (int r = 0; r < session.runs(); r++) {
            Map<String, Object> run = new LinkedHashMap<>();
            if (session.showsOverview(r)) {
                run.put("overview", session.overview(r).state(session.colour()));
            } else {
                run.put("state", session.picture(r).state());
                run.put("colours", session.picture(r).colours(session.colour()));
            }
            run.put("knobs", session.knobs(r));
            run.put("events", session.events(r));
            run.put("chartDays", session.chartDays(r));
            runs.add(run);
            charts.add(session.charts(r));
        }
        state.put("runs", runs);
        Frame frame = new Frame(++frameNumber, layoutNumber, layoutJson, Json.write(state), charts);
        synchronized (frames) {
            latest = frame;
            frames.notifyAll();
        }
    }
}
