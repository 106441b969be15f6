/**
 * The exceptions the SDK throws. All are unchecked and extend {@link dev.langgraph.client.errors.LangGraphException}.
 *
 * <p>The hierarchy mirrors the official Python SDK ({@code langgraph_sdk.errors}):
 * <pre>
 * LangGraphException
 * └─ ApiException                      body(), code(), param(), type()
 *    ├─ ApiStatusException             statusCode(), headers(), requestId(), bodyText(), detail()
 *    │  ├─ BadRequestException           400
 *    │  ├─ AuthenticationException       401
 *    │  ├─ PermissionDeniedException     403
 *    │  ├─ NotFoundException             404
 *    │  ├─ ConflictException             409
 *    │  ├─ UnprocessableEntityException  422
 *    │  ├─ RateLimitException            429, retryAfter()
 *    │  └─ InternalServerException       any status of 500 or more
 *    ├─ ApiConnectionException         the server could not be reached or the connection broke
 *    │  └─ ApiTimeoutException
 *    ├─ ApiResponseValidationException the response is not what the API promises
 *    ├─ StreamErrorException           an {@code error} event inside a stream that started with 200
 *    └─ RunFailedException             a wait or join result that reports the run's error
 * </pre>
 * Any other error status (400 or more) is an {@link dev.langgraph.client.errors.ApiStatusException} itself.
 */
package dev.langgraph.client.errors;
