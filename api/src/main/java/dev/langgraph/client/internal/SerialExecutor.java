package dev.langgraph.client.internal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs tasks one at a time, in submission order, on an underlying executor. Lets a stream's state machine stay
 * single-threaded without a lock, while never running on a transport I/O thread.
 */
public final class SerialExecutor implements Executor {

    private final Executor delegate;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /**
     * Creates a serial view of an executor.
     *
     * @param delegate the executor that runs the tasks
     */
    public SerialExecutor(Executor delegate) {
        this.delegate = delegate;
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        schedule();
    }

    private void schedule() {
        if (!tasks.isEmpty() && scheduled.compareAndSet(false, true)) {
            delegate.execute(this::runBatch);
        }
    }

    private void runBatch() {
        try {
            Runnable task;
            while ((task = tasks.poll()) != null) {
                task.run();
            }
        } finally {
            scheduled.set(false);
            schedule();
        }
    }
}
