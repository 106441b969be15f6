/** Assistant models and enums: assistants, their versions and graphs. */
package dev.langgraph.client.assistants;
