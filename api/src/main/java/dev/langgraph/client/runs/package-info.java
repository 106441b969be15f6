/** Run models and enums: runs, their statuses and creation metadata. */
package dev.langgraph.client.runs;
