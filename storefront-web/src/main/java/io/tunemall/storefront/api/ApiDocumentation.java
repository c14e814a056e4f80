package io.tunemall.storefront.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title of the OpenAPI document springdoc generates at {@code /v3/api-docs} (Swagger UI at
 * {@code /swagger-ui/index.html}); which paths it covers is set in application.yml ({@code springdoc.paths-to-match}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI tunemallOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Tunemall API")
                .version("v1")
                .description("The shop's REST API. Errors are RFC 9457 problem+json; responses of the storefront API"
                        + " carry an ETag and answer 304 to a matching If-None-Match."));
    }
}
