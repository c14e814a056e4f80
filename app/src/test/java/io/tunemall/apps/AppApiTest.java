package io.tunemall.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.apps.api.ApiCall;
import io.tunemall.apps.api.AppCredentials;
import io.tunemall.apps.api.AppDraft;
import io.tunemall.apps.api.AppScopes;
import io.tunemall.apps.api.Apps;
import io.tunemall.apps.api.AppSummary;
import io.tunemall.apps.webhooks.WebhookSender;
import io.tunemall.member.api.StaffAdministration;
import io.tunemall.sdk.event.MemberJoined;
import io.tunemall.staff.StaffFixture;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Apps registered in admin: tokens, scopes, rate limits, a signed webhook at a local receiver, rotation and
 * revocation. Issue 7's whole "done when", with an order through the API and order.paid, is AppOrderFlowTest.
 */
@IntegrationTest
class AppApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAdministration staff;
    @Autowired
    Apps apps;
    @Autowired
    WebhookSender sender;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JsonMapper json;

    Cookie owner;

    @BeforeEach
    void signIn() throws Exception {
        owner = new StaffFixture(staff, mvc).owner();
    }

    @Test
    void an_app_registered_in_admin_reads_products_receives_a_signed_webhook_and_is_cut_off_when_revoked() throws Exception {
        AppCredentials credentials = register("Inventory sync", 600, AppScopes.PRODUCTS_READ, AppScopes.WEBHOOKS_MANAGE);
        mvc.perform(get("/admin/apps/{id}", credentials.appId()).cookie(owner))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(credentials.clientId())))
                .andExpect(content().string(not(containsString(credentials.clientSecret()))));

        String token = token(credentials.clientId(), credentials.clientSecret());

        MvcResult firstPage = mvc.perform(get("/api/v1/admin/products?limit=1").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(header().string("RateLimit-Limit", "600"))
                .andExpect(header().exists("RateLimit-Remaining"))
                .andExpect(header().exists("RateLimit-Reset"))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andReturn();
        JsonNode page = json.readTree(firstPage.getResponse().getContentAsString());
        long firstId = page.get("items").get(0).get("id").asLong();
        String cursor = page.get("nextCursor").asString();
        JsonNode second = json.readTree(mvc.perform(get("/api/v1/admin/products?limit=1&cursor=" + cursor)
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(second.get("items").get(0).get("id").asLong()).isNotEqualTo(firstId);
        mvc.perform(get("/api/v1/admin/products/{id}", firstId).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(firstId));

        // Scopes: reading members was not granted; staff-only areas are closed to every app.
        mvc.perform(get("/api/v1/admin/members").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/admin/staff").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());

        assertThat(apps.recentCalls(credentials.appId(), 10)).extracting(ApiCall::method, ApiCall::status)
                .contains(org.assertj.core.groups.Tuple.tuple("GET", 200), org.assertj.core.groups.Tuple.tuple("GET", 403));
        mvc.perform(get("/admin/apps/{id}", credentials.appId()).cookie(owner))
                .andExpect(content().string(containsString("GET /api/v1/admin/products?limit=1")));

        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            String webhooksPage = mvc.perform(post("/admin/webhooks").cookie(owner).with(csrf())
                            .param("appId", String.valueOf(credentials.appId()))
                            .param("url", receiver.url())
                            .param("eventTypes", "member.joined"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            receiver.trust(shown(webhooksPage, "signing-secret"));
            long memberId = ThreadLocalRandom.current().nextLong(5_000_000_000L, 6_000_000_000L);
            transactions.executeWithoutResult(tx -> events.publishEvent(new MemberJoined(memberId, Instant.now())));

            for (int i = 0; i < 100 && receiver.received().isEmpty(); i++) {
                sender.sendDue();
                Thread.sleep(100);
            }
            assertThat(receiver.badSignatures()).isEmpty();
            assertThat(receiver.received()).singleElement()
                    .satisfies(message -> assertThat(message.body()).contains("\"memberId\":" + memberId));
        }

        mvc.perform(post("/admin/apps/{id}/revoke", credentials.appId()).cookie(owner).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/admin/products").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/oauth2/token").with(httpBasic(credentials.clientId(), credentials.clientSecret()))
                        .param("grant_type", "client_credentials"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void staff_keep_using_the_admin_api_with_their_console_session_and_anonymous_calls_are_refused() throws Exception {
        mvc.perform(get("/api/v1/admin/products").cookie(owner)).andExpect(status().isOk())
                .andExpect(header().doesNotExist("RateLimit-Limit"));
        mvc.perform(get("/api/v1/admin/products")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/admin/products").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_rotated_secret_ends_the_old_secret_and_its_tokens_at_once() throws Exception {
        AppCredentials first = register("Rotating app", 600, AppScopes.PRODUCTS_READ);
        String oldToken = token(first.clientId(), first.clientSecret());

        String page = mvc.perform(post("/admin/apps/{id}/rotate", first.appId()).cookie(owner).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        AppCredentials second = new AppCredentials(first.appId(), shown(page, "client-id"), shown(page, "client-secret"));

        assertThat(second.clientSecret()).isNotEqualTo(first.clientSecret());
        mvc.perform(get("/api/v1/admin/products").header("Authorization", "Bearer " + oldToken))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/oauth2/token").with(httpBasic(first.clientId(), first.clientSecret()))
                        .param("grant_type", "client_credentials"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/admin/products").header("Authorization", "Bearer " + token(second.clientId(), second.clientSecret())))
                .andExpect(status().isOk());
        apps.revoke(first.appId());
    }

    @Test
    void an_app_over_its_rate_limit_gets_429_with_the_time_to_wait() throws Exception {
        AppCredentials app = register("Greedy app", 3, AppScopes.PRODUCTS_READ);
        String token = token(app.clientId(), app.clientSecret());
        for (int call = 0; call < 3; call++) {
            mvc.perform(get("/api/v1/admin/products?limit=1").header("Authorization", "Bearer " + token))
                    .andExpect(status().isOk())
                    .andExpect(header().string("RateLimit-Remaining", String.valueOf(2 - call)));
        }
        mvc.perform(get("/api/v1/admin/products?limit=1").header("Authorization", "Bearer " + token))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(header().string("RateLimit-Remaining", "0"))
                .andExpect(header().exists("Retry-After"));
        assertThat(apps.recentCalls(app.appId(), 10)).extracting(ApiCall::status).contains(429);
        apps.revoke(app.appId());
    }

    AppCredentials register(String name, int perMinute, String... scopes) throws Exception {
        var request = post("/admin/apps").cookie(owner).with(csrf())
                .param("name", name).param("requestsPerMinute", String.valueOf(perMinute));
        for (String scope : scopes) {
            request.param("scopes", scope);
        }
        String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String clientId = shown(page, "client-id");
        AppSummary app = apps.all().stream().filter(a -> a.clientId().equals(clientId)).findFirst().orElseThrow();
        AppCredentials credentials = new AppCredentials(app.id(), clientId, shown(page, "client-secret"));
        assertThat(apps.find(credentials.appId()).orElseThrow().scopes()).containsExactlyInAnyOrder(scopes);
        return credentials;
    }

    /** What the page shows in {@code <code id="...">}: the credentials the owner copies. */
    static String shown(String page, String id) {
        Matcher found = Pattern.compile("<code id=\"" + id + "\">([^<]+)</code>").matcher(page);
        assertThat(found.find()).as(id + " shown on the page").isTrue();
        return found.group(1);
    }

    String token(String clientId, String secret) throws Exception {
        MvcResult issued = mvc.perform(post("/oauth2/token").with(httpBasic(clientId, secret))
                        .param("grant_type", "client_credentials"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.token_type").value("Bearer"))
                .andReturn();
        return json.readTree(issued.getResponse().getContentAsString()).get("access_token").asString();
    }

}
