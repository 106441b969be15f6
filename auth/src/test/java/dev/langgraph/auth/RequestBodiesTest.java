package dev.langgraph.auth;

import static dev.langgraph.auth.TestJson.json;
import static dev.langgraph.auth.TestJson.list;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bodies the routes cannot read are refused with the Python server's statuses. */
class RequestBodiesTest {

    private final Auth auth = TestAuths.allowAll();

    @Test
    void anUnparseableBodyIs422OnRoutesThatReadOne() {
        assertThat(TestAuths.authorize(auth, TestAuths.request("POST", "/threads").invalidJsonBody()))
                .isEqualTo(TestAuths.denied(422, "Invalid JSON in request body"));
        assertThat(TestAuths.authorize(auth, TestAuths.request("POST", "/threads/t1/copy").invalidJsonBody()))
                .isInstanceOf(AuthOutcome.Allowed.class);
    }

    @Test
    void wrongShapesAre422() {
        assertThat(TestAuths.authorize(auth, TestAuths.request("POST", "/threads").body(list())))
                .isEqualTo(TestAuths.denied(422, "Request body must be a JSON object"));
        assertThat(TestAuths.authorize(auth, TestAuths.request("POST", "/runs/batch").body(list())))
                .isEqualTo(TestAuths.denied(422, "Request body must be a non-empty JSON array of objects"));
        assertThat(TestAuths.authorize(auth, TestAuths.request("POST", "/threads/prune").body(json("thread_ids", "t1"))))
                .isEqualTo(TestAuths.denied(422, "'thread_ids' must be a non-empty array"));
    }

    @Test
    void mistypedFieldsAre422SoHandlersNeverSeeAnotherTypeThanTheServer() {
        assertThat(TestAuths.authorize(auth, TestAuths.request("PUT", "/store/items").body(json("namespace", "alice"))))
                .isEqualTo(TestAuths.denied(422, "Invalid value for 'namespace'"));
        assertThat(TestAuths.authorize(auth, TestAuths.request("POST", "/threads").body(json("metadata", list()))))
                .isEqualTo(TestAuths.denied(422, "Invalid value for 'metadata'"));
        assertThat(TestAuths.authorize(auth, TestAuths.request("POST", "/threads/search").body(json("limit", 1.5))))
                .isEqualTo(TestAuths.denied(422, "Invalid value for 'limit'"));
        assertThat(TestAuths.authorize(auth, TestAuths.request("POST", "/threads/prune").body(json("thread_ids",
                list(1)))))
                .isEqualTo(TestAuths.denied(422, "Invalid value for 'thread_id'"));
    }

    @Test
    void unauthenticatedRequestsGet401Before422() {
        Auth refusing = Auth.builder().authenticate(r -> {
            throw new HTTPException();
        }).build();

        assertThat(TestAuths.authorize(refusing, AuthRequest.builder("POST", "/threads").invalidJsonBody()))
                .isEqualTo(TestAuths.denied(401, "Unauthorized"));
    }
}
