/** The JSON seam: {@link dev.langgraph.client.json.JsonCodec} and its Jackson-based default. */
package dev.langgraph.client.json;
