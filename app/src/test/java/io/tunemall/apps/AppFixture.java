package io.tunemall.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.apps.api.AppCredentials;
import io.tunemall.apps.api.Apps;
import io.tunemall.apps.api.AppSummary;
import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Apps registered the way an owner does it, on the admin page, and their tokens from /oauth2/token. */
final class AppFixture {

    private final MockMvc mvc;
    private final Apps apps;
    private final JsonMapper json;
    private final Cookie owner;

    AppFixture(MockMvc mvc, Apps apps, JsonMapper json, Cookie owner) {
        this.mvc = mvc;
        this.apps = apps;
        this.json = json;
        this.owner = owner;
    }

    AppCredentials register(String name, String... scopes) throws Exception {
        var request = post("/admin/apps").cookie(owner).with(csrf()).param("name", name)
                .param("requestsPerMinute", "600");
        for (String scope : scopes) {
            request.param("scopes", scope);
        }
        String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String clientId = shown(page, "client-id");
        AppSummary app = apps.all().stream().filter(a -> a.clientId().equals(clientId)).findFirst().orElseThrow();
        return new AppCredentials(app.id(), clientId, shown(page, "client-secret"));
    }

    String token(AppCredentials app) throws Exception {
        String answer = mvc.perform(post("/oauth2/token").with(httpBasic(app.clientId(), app.clientSecret()))
                        .param("grant_type", "client_credentials"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("access_token").asString();
    }

    static String shown(String page, String id) {
        Matcher found = Pattern.compile("<code id=\"" + id + "\">([^<]+)</code>").matcher(page);
        assertThat(found.find()).as(id + " shown on the page").isTrue();
        return found.group(1);
    }
}
