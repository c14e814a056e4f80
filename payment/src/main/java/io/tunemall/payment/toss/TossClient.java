package io.tunemall.payment.toss;

import io.tunemall.payment.api.gateway.GatewayAlreadyProcessed;
import io.tunemall.payment.api.gateway.GatewayDeclined;
import io.tunemall.payment.api.gateway.GatewayUnavailable;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to the Toss Payments API: Basic authentication with the secret key, JSON both ways, an {@code Idempotency-Key}
 * on every request that changes something, and the answers sorted into what the payment module must do with them:
 * success, a definitive refusal ({@code {"code", "message"}} with a 4xx), "already done", or no usable answer (a
 * timeout, a lost connection, a 5xx), whose outcome must be asked for.
 */
class TossClient {

    /** Codes meaning the request was carried out before (a retry whose first answer was lost). */
    private static final Set<String> ALREADY_DONE = Set.of("ALREADY_PROCESSED_PAYMENT", "ALREADY_CANCELED_PAYMENT");

    private final RestClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    TossClient(TossSettings settings) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(settings.readTimeout());
        String credentials = Base64.getEncoder().encodeToString((settings.secretKey() + ":").getBytes(StandardCharsets.UTF_8));
        this.http = RestClient.builder()
                .baseUrl(settings.baseUrl().toString())
                .requestFactory(requests)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + credentials)
                .build();
    }

    JsonNode post(String path, Object body, String idempotencyKey, Object... pathVariables) {
        return read(call(HttpMethod.POST, path, body, idempotencyKey, pathVariables));
    }

    /** A GET whose 404 means "no such payment". */
    Optional<JsonNode> find(String path, Object... pathVariables) {
        Answer answer = call(HttpMethod.GET, path, null, null, pathVariables);
        if (answer.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(read(answer));
    }

    private record Answer(int status, String body) {
    }

    private Answer call(HttpMethod method, String path, Object body, String idempotencyKey, Object... pathVariables) {
        try {
            RestClient.RequestBodySpec request = http.method(method).uri(path, pathVariables)
                    .accept(MediaType.APPLICATION_JSON);
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body));
            }
            return request.exchange((sent, response) -> new Answer(response.getStatusCode().value(),
                    new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)), true);
        } catch (ResourceAccessException noAnswer) {
            boolean timeout = causedByTimeout(noAnswer);
            throw new GatewayUnavailable(timeout ? "TIMEOUT" : "NETWORK", (timeout ? "No answer from Toss Payments in time: "
                    : "Could not reach Toss Payments: ") + noAnswer.getMessage(), noAnswer);
        }
    }

    private JsonNode read(Answer answer) {
        JsonNode body = parse(answer);
        if (answer.status() >= 200 && answer.status() < 300) {
            return body;
        }
        String code = body != null && body.hasNonNull("code") ? body.get("code").asString() : "HTTP_" + answer.status();
        String message = body != null && body.hasNonNull("message") ? body.get("message").asString()
                : "Toss Payments answered HTTP " + answer.status();
        if (answer.status() >= 500 || answer.status() == 429) {
            throw new GatewayUnavailable(code, message, null);
        }
        if (ALREADY_DONE.contains(code)) {
            throw new GatewayAlreadyProcessed(code, message);
        }
        throw new GatewayDeclined(code, message);
    }

    private JsonNode parse(Answer answer) {
        if (answer.body().isBlank()) {
            return null;
        }
        try {
            return json.readTree(answer.body());
        } catch (JacksonException notJson) {
            if (answer.status() >= 200 && answer.status() < 300) {
                // A success we cannot read leaves the outcome open, like no answer at all.
                throw new GatewayUnavailable("UNREADABLE", "Toss Payments answered something that is not JSON", notJson);
            }
            return null;
        }
    }

    private static boolean causedByTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
