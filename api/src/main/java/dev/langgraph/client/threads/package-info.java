/** Thread models and enums: threads, their state, tasks and statuses. */
package dev.langgraph.client.threads;
