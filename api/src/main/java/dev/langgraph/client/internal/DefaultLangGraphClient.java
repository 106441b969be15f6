package dev.langgraph.client.internal;

import dev.langgraph.client.LangGraphAsyncClient;
import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.assistants.AssistantsAsyncClient;
import dev.langgraph.client.assistants.AssistantsClient;
import dev.langgraph.client.crons.CronsAsyncClient;
import dev.langgraph.client.crons.CronsClient;
import dev.langgraph.client.internal.resources.AssistantsOperations;
import dev.langgraph.client.internal.resources.CronsOperations;
import dev.langgraph.client.internal.resources.ResourceViews;
import dev.langgraph.client.internal.resources.RunsOperations;
import dev.langgraph.client.internal.resources.StoreOperations;
import dev.langgraph.client.internal.resources.ThreadsOperations;
import dev.langgraph.client.runs.RunsAsyncClient;
import dev.langgraph.client.runs.RunsClient;
import dev.langgraph.client.store.StoreAsyncClient;
import dev.langgraph.client.store.StoreClient;
import dev.langgraph.client.threads.ThreadsAsyncClient;
import dev.langgraph.client.threads.ThreadsClient;
import java.util.concurrent.atomic.AtomicBoolean;

/** The client: one pipeline, the blocking resource views here and the async ones in {@link AsyncView}. */
public final class DefaultLangGraphClient implements LangGraphClient {

    private final HttpPipeline pipeline;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AssistantsClient assistants;
    private final ThreadsClient threads;
    private final RunsClient runs;
    private final CronsClient crons;
    private final StoreClient store;
    private final AsyncView async;

    /**
     * Creates a client.
     *
     * @param config the resolved configuration
     */
    public DefaultLangGraphClient(ClientConfig config) {
        this.pipeline = new HttpPipeline(config);
        AssistantsOperations a = new AssistantsOperations(pipeline);
        ThreadsOperations t = new ThreadsOperations(pipeline);
        RunsOperations r = new RunsOperations(pipeline);
        CronsOperations c = new CronsOperations(pipeline);
        StoreOperations s = new StoreOperations(pipeline);
        this.assistants = ResourceViews.blocking(AssistantsClient.class, a, pipeline);
        this.threads = ResourceViews.blocking(ThreadsClient.class, t, pipeline);
        this.runs = ResourceViews.blocking(RunsClient.class, r, pipeline);
        this.crons = ResourceViews.blocking(CronsClient.class, c, pipeline);
        this.store = ResourceViews.blocking(StoreClient.class, s, pipeline);
        this.async = new AsyncView(
                ResourceViews.async(AssistantsAsyncClient.class, a, pipeline),
                ResourceViews.async(ThreadsAsyncClient.class, t, pipeline),
                ResourceViews.async(RunsAsyncClient.class, r, pipeline),
                ResourceViews.async(CronsAsyncClient.class, c, pipeline),
                ResourceViews.async(StoreAsyncClient.class, s, pipeline));
    }

    @Override
    public AssistantsClient assistants() {
        return assistants;
    }

    @Override
    public ThreadsClient threads() {
        return threads;
    }

    @Override
    public RunsClient runs() {
        return runs;
    }

    @Override
    public CronsClient crons() {
        return crons;
    }

    @Override
    public StoreClient store() {
        return store;
    }

    @Override
    public LangGraphAsyncClient async() {
        return async;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            ClientConfig config = pipeline.config();
            if (config.ownsTransport()) {
                config.transport().close();
            }
            if (config.ownedExecutor() != null) {
                config.ownedExecutor().shutdown();
            }
        }
    }

    @Override
    public String toString() {
        return "LangGraphClient[" + pipeline.config().baseUri() + ", " + pipeline.config().transport().name() + "]";
    }

    /** The async view; shares everything with the enclosing client. */
    private final class AsyncView implements LangGraphAsyncClient {
        private final AssistantsAsyncClient assistants;
        private final ThreadsAsyncClient threads;
        private final RunsAsyncClient runs;
        private final CronsAsyncClient crons;
        private final StoreAsyncClient store;

        AsyncView(AssistantsAsyncClient assistants, ThreadsAsyncClient threads, RunsAsyncClient runs,
                CronsAsyncClient crons, StoreAsyncClient store) {
            this.assistants = assistants;
            this.threads = threads;
            this.runs = runs;
            this.crons = crons;
            this.store = store;
        }

        @Override
        public AssistantsAsyncClient assistants() {
            return assistants;
        }

        @Override
        public ThreadsAsyncClient threads() {
            return threads;
        }

        @Override
        public RunsAsyncClient runs() {
            return runs;
        }

        @Override
        public CronsAsyncClient crons() {
            return crons;
        }

        @Override
        public StoreAsyncClient store() {
            return store;
        }

        @Override
        public LangGraphClient sync() {
            return DefaultLangGraphClient.this;
        }

        @Override
        public void close() {
            DefaultLangGraphClient.this.close();
        }

        @Override
        public String toString() {
            return "LangGraphAsyncClient[" + pipeline.config().baseUri() + "]";
        }
    }
}
