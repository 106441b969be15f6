/** The API's semantics per resource (assistants, threads, state, runs, store), independent of HTTP. */
package dev.langgraph.testkit.internal.service;
