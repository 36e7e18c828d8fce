package org.edgeauth.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * A request made over and over in the background (every {@value #INTERVAL_MS} ms) while a test disturbs the stack,
 * remembering every answer that was not a 200 and every request that got no answer.
 */
final class Traffic implements AutoCloseable {

    private static final long INTERVAL_MS = 200;

    private final IntSupplier request;
    private final Thread thread;
    private final AtomicInteger made = new AtomicInteger();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;

    /** @param request makes one request and returns its status */
    Traffic(IntSupplier request) {
        this.request = request;
        this.thread = new Thread(this::run, "e2e-traffic");
        thread.setDaemon(true);
        thread.start();
    }

    void assertNoFailure() {
        assertTrue(made.get() > 0, "no request was made");
        assertTrue(failures.isEmpty(), failures.size() + " of " + made.get() + " requests failed: " + failures);
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (running) {
            try {
                int status = request.getAsInt();
                if (status != 200) {
                    failures.add("status " + status);
                }
            } catch (RuntimeException e) {
                failures.add(e.toString());
            }
            made.incrementAndGet();
            try {
                Thread.sleep(INTERVAL_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
