package dev.langgraph.client.store;

/** Operations on store (being written). */
public interface StoreAsyncClient {
}
