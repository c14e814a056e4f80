package io.tunemall.storefront;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Category pages, product pages and the storefront API answer with an ETag computed from the body, and with 304 Not
 * Modified when the client's If-None-Match still matches. Hashing the rendered body makes the ETag right by
 * construction, whatever a page shows (menu, sale prices that start on their own, tuning blocks); the pages and the
 * data behind them come from the cache, so rendering is cheap.
 *
 * <p>The ETag is weak because the server compresses responses (Tomcat leaves responses with a strong ETag
 * uncompressed). {@code Cache-Control: no-cache} lets browsers keep the page but ask each time, and keeps Spring
 * Security from sending its default {@code no-store}, which would forbid keeping it at all. Pages are {@code private}:
 * they follow the shopper's language (cookie, Accept-Language).
 */
@Configuration(proxyBeanMethods = false)
class RevalidatedResponses {

    static final String[] PATHS = {"/categories/*", "/products/*", "/api/v1/storefront/*"};

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> revalidatedResponsesFilter() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new EtagFilter());
        registration.addUrlPatterns(PATHS);
        registration.setName("storefrontEtags");
        return registration;
    }

    static class EtagFilter extends ShallowEtagHeaderFilter {

        EtagFilter() {
            setWriteWeakETag(true);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
                boolean api = request.getRequestURI().startsWith("/api/");
                response.setHeader(HttpHeaders.CACHE_CONTROL, api ? "no-cache" : "private, no-cache");
            }
            super.doFilterInternal(request, response, chain);
        }
    }
}
