package org.ehcflow.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The largest the embedded database's folder grew while the council was built and measured, looked at every second:
 * the file is largest while the import's jobs run, and its size after them says nothing of that.
 */
final class DataFolderPeak implements AutoCloseable {

    private final Path folder;
    private final AtomicLong largest = new AtomicLong();
    private final AtomicReference<RuntimeException> failed = new AtomicReference<>();
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "data-folder-peak");
        thread.setDaemon(true);
        return thread;
    });

    /** Watches nothing when there is no folder (PostgreSQL). */
    DataFolderPeak(Path folder) {
        this.folder = folder;
        if (folder != null) {
            watch.scheduleAtFixedRate(this::look, 0, 1, TimeUnit.SECONDS);
        }
    }

    /** A look that fails is kept, not thrown: the executor would silently stop looking, and the peak be too low. */
    private void look() {
        try {
            largest.accumulateAndGet(bytes(folder), Math::max);
        } catch (RuntimeException e) {
            failed.compareAndSet(null, e);
        }
    }

    static long bytes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(DataFolderPeak::size).sum();
        } catch (NoSuchFileException notYetMade) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException goneSinceListed) {
            return 0;
        }
    }

    /** Null when there is no folder; fails if any look at the folder did. */
    Long largestBytes() {
        if (folder == null) {
            return null;
        }
        if (failed.get() != null) {
            throw new IllegalStateException("The data folder could not be measured throughout the run", failed.get());
        }
        return Math.max(largest.get(), bytes(folder));
    }

    @Override
    public void close() {
        watch.shutdownNow();
    }
}
