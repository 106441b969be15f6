package dev.langgraph.client.assistants;

import java.util.List;

/**
 * One page of an assistant search, with the server's pointer to the next page.
 *
 * @param assistants the assistants on this page
 * @param next the offset of the next page from the {@code X-Pagination-Next} header, or null when the server
 *     sent none
 */
public record AssistantsPage(List<Assistant> assistants, String next) {

    /**
     * Copies the list.
     *
     * @param assistants the assistants on this page
     * @param next the offset of the next page from the {@code X-Pagination-Next} header, or null when the server sent none
     */
    public AssistantsPage {
        assistants = List.copyOf(assistants);
    }
}
