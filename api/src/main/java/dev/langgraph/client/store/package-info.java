/** Key-value store models: items, search results and namespace listings. */
package dev.langgraph.client.store;
