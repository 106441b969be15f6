package dev.langgraph.client.runs;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids of a run just created, read from the {@code Content-Location} header of the create response (for example
 * {@code /threads/{thread_id}/runs/{run_id}}, or {@code /runs/{run_id}} for a stateless run).
 *
 * @param runId the run id
 * @param threadId the thread id, or null when the location names no thread
 */
public record RunCreateMetadata(String runId, String threadId) {

    /** Python's {@code (\/threads\/(?P<thread_id>.+))?\/runs\/(?P<run_id>.+)}, searched anywhere in the path. */
    private static final Pattern LOCATION = Pattern.compile("(/threads/(?<threadId>.+))?/runs/(?<runId>.+)");

    /**
     * Creates the metadata.
     *
     * @param runId the run id
     * @param threadId the thread id, or null
     * @throws NullPointerException if {@code runId} is null
     */
    public RunCreateMetadata {
        Objects.requireNonNull(runId, "runId");
    }

    /**
     * Parses a {@code Content-Location} value the way the Python and JS SDKs do. An absolute URL is reduced to its
     * path first; a relative value is matched as is.
     *
     * @param contentLocation the header value, may be null
     * @return the metadata, or null when the value is null or does not name a run
     */
    public static RunCreateMetadata parse(String contentLocation) {
        if (contentLocation == null || contentLocation.isBlank()) {
            return null;
        }
        Matcher m = LOCATION.matcher(pathOf(contentLocation.trim()));
        return m.find() ? new RunCreateMetadata(m.group("runId"), m.group("threadId")) : null;
    }

    private static String pathOf(String location) {
        try {
            URI uri = new URI(location);
            return uri.isAbsolute() && uri.getRawPath() != null ? uri.getRawPath() : location;
        } catch (URISyntaxException e) {
            return location;
        }
    }
}
