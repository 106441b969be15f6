package dev.langgraph.client.crons;

/** Operations on crons (being written). */
public interface CronsClient {
}
