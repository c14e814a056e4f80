package io.tunemall.storefront.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document springdoc generates at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui/index.html}),
 * for the storefront and the admin API in one document; which paths it covers is set in application.yml
 * ({@code springdoc.paths-to-match}). What every operation shares is added here once rather than on each controller:
 * error responses are RFC 9457 problem+json, the member account answers 401 to anyone not signed in on the storefront,
 * and the admin API needs an app's bearer token, whose answers without one (401), without the scope (403) and over
 * the rate limit (429) come from the security chain, not the controllers.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";
    static final String APP_TOKEN = "appToken";
    private static final String ADMIN_PATHS = "/api/v1/admin/";

    @Bean
    OpenAPI tunemallOpenApi() {
        return new OpenAPI().info(new Info()
                        .title("Tunemall API")
                        .version("v1")
                        .description("The shop's REST API: the storefront API (public catalog, cart, checkout, orders,"
                                + " member account) under /api/v1/storefront and the admin API for apps under /api/v1/admin. Errors are"
                                + " RFC 9457 problem+json. GET answers carry an ETag and answer 304 to a matching"
                                + " If-None-Match. Versioning, deprecation and idempotency: docs/api.md."))
                .components(new Components().addSecuritySchemes(APP_TOKEN, appToken()).addSchemas(PROBLEM, problemSchema()));
    }

    @Bean
    OpenApiCustomizer sharedApiResponses() {
        return openApi -> {
            // Added here, not on the OpenAPI bean: springdoc builds the components from the scanned code afresh.
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getComponents().addSecuritySchemes(APP_TOKEN, appToken());
            openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            if (path.startsWith(ADMIN_PATHS)) {
                operation.addSecurityItem(new SecurityRequirement().addList(APP_TOKEN));
                addIfMissing(operation, "401", "No token, or a token that is unknown, expired or of a revoked app");
                addIfMissing(operation, "403", "The token lacks the scope this path needs");
                addIfMissing(operation, "429", "The app's rate limit is used up; see Retry-After");
            }
            if (path.equals(SignedInMember.ME) || path.startsWith(SignedInMember.ME + "/")) {
                addIfMissing(operation, "401", "Not signed in on the storefront (no member session)");
                addIfMissing(operation, "403", "The session is not a shopper's full login (staff, or a dormant"
                        + " account not restored yet)");
            }
            operation.getResponses().forEach((status, response) -> {
                if (status.equals("304")) {
                    // Not Modified has no body, whatever springdoc infers from the method's return type.
                    response.setContent(null);
                } else if (status.startsWith("4") || status.startsWith("5")) {
                    response.setContent(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
                }
            });
        }));
        };
    }

    private static SecurityScheme appToken() {
        return new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("An app's access token from POST /oauth2/token (OAuth2 client credentials); each admin path"
                        + " needs the scope docs/api.md names");
    }

    private static void addIfMissing(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        operation.getResponses().putIfAbsent(status, new ApiResponse().description(description));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        ObjectSchema error = new ObjectSchema();
        error.setProperties(Map.of("field", new StringSchema().description("the field, empty for the request as a whole"),
                "code", new StringSchema().description("a reason code, such as required or phone"),
                "arguments", new ArraySchema().items(new StringSchema())
                        .description("what the reason names, such as a product (refused checkouts)"),
                "message", new StringSchema()));
        Schema problem = new ObjectSchema().description("RFC 9457 problem details");
        problem.addProperty("type", new StringSchema().format("uri").description("https://tunemall.io/problems/{code}"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema().format("uri-reference"));
        problem.addProperty("requestId", new StringSchema().description("names the call in the shop's logs"));
        problem.addProperty("errors", new ArraySchema().items(error).description("one entry per invalid field"));
        problem.addProperty("changes", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/CartNotice"))
                .description("a refused checkout: what changed in the cart since the shopper last saw it"));
        problem.setRequired(java.util.List.of("type", "title", "status"));
        return problem;
    }
}
