package leadsim.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A build of leadsim loaded in a class loader of its own, so that two builds run side by side in
 * one process, each compiled by the JIT as its own code. It is reached by reflection through the
 * calls every build since the primitive heap has: {@code ScenarioLoader.load(Path).scenario()},
 * {@code new SchoolSim(seed, scenario, true).run().metrics()} and {@code Seeds.runSeed}.
 */
final class LoadedBuild {
    private final String name;
    private final Constructor<?> simulation;
    private final Method run;
    private final Method metrics;
    private final Method runSeed;
    private final Object scenario;

    private LoadedBuild(String name, ClassLoader loader, Path scenarioFile) throws ReflectiveOperationException {
        this.name = name;
        Class<?> scenarioType = loader.loadClass("leadsim.scenario.Scenario");
        this.scenario = scenario(loader, scenarioFile);
        Class<?> sim = loader.loadClass("leadsim.model.SchoolSim");
        this.simulation = sim.getConstructor(long.class, scenarioType, boolean.class);
        this.run = sim.getMethod("run");
        this.metrics = loader.loadClass("leadsim.model.RunResult").getMethod("metrics");
        this.runSeed = loader.loadClass("leadsim.experiment.design.Seeds")
                .getMethod("runSeed", long.class, long.class, long.class);
    }

    /**
     * The build in the jar {@code jar}.
     *
     * @throws IllegalArgumentException if it is not a file, or not a leadsim build with those calls
     */
    static LoadedBuild ofJar(Path jar, Path scenario) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + ": there is no such file (give a leadsim jar, e.g. sim/target/leadsim.jar of another checkout)");
        }
        return of(jar.toString(), loaderOf(new URL[] {url(jar)}), scenario);
    }

    /** This build: the classes on the class path of this process, loaded again in a loader of their own. */
    static LoadedBuild ofThisProcess(Path scenario) {
        return of("this build", thisProcessLoader(), scenario);
    }

    /**
     * A new class loader of this process's class path: the classes loaded through it are copies of
     * this build's, compiled by the JIT apart from the ones this process runs.
     */
    static ClassLoader thisProcessLoader() {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                urls.add(url(Path.of(entry)));
            }
        }
        return loaderOf(urls.toArray(URL[]::new));
    }

    /** The platform loader as parent: none of this process's own leadsim classes leak in. */
    private static ClassLoader loaderOf(URL[] urls) {
        return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    }

    /** The scenario in {@code file}, as the build behind {@code loader} reads it. */
    static Object scenario(ClassLoader loader, Path file) throws ReflectiveOperationException {
        Object loaded = loader.loadClass("leadsim.scenario.ScenarioLoader").getMethod("load", Path.class)
                .invoke(null, file);
        Method scenarioOf = loaded.getClass().getMethod("scenario");
        scenarioOf.setAccessible(true); // a record nested in the loader's package
        return scenarioOf.invoke(loaded);
    }

    private static LoadedBuild of(String name, ClassLoader loader, Path scenario) {
        try {
            return new LoadedBuild(name, loader, scenario);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new IllegalArgumentException(name + ": not a leadsim build this can run (" + e.getMessage()
                    + " is missing; it needs ScenarioLoader.load, SchoolSim(long, Scenario, boolean), RunResult.metrics"
                    + " and Seeds.runSeed)");
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(name + " could not read " + scenario + ": " + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(name + ": " + e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage());
        }
    }

    String name() {
        return name;
    }

    /** Runs replicate {@code replicate} (the seed of master 1, point 0) and returns its measures. */
    @SuppressWarnings("unchecked")
    Map<String, Object> run(long replicate) {
        try {
            long seed = (long) call(runSeed, null, 1L, 0L, replicate);
            Object result = call(run, simulation.newInstance(seed, scenario, true));
            return (Map<String, Object>) call(metrics, result);
        } catch (InvocationTargetException e) {
            throw unwrapped(e); // the constructor's
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(name + ": " + e, e);
        }
    }

    /**
     * {@code method} called on {@code target} in a loaded build: what it throws comes out as thrown
     * (unchecked), not wrapped by reflection.
     */
    static Object call(Method method, Object target, Object... args) throws IllegalAccessException {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw unwrapped(e);
        }
    }

    private static RuntimeException unwrapped(InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
