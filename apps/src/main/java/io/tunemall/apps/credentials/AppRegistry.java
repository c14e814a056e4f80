package io.tunemall.apps.credentials;

import io.tunemall.apps.api.ApiCall;
import io.tunemall.apps.api.AppCredentials;
import io.tunemall.apps.api.AppDraft;
import io.tunemall.apps.api.AppRejection;
import io.tunemall.apps.api.AppScopes;
import io.tunemall.apps.api.AppSummary;
import io.tunemall.apps.api.Apps;
import io.tunemall.apps.gateway.ApiCallLog;
import io.tunemall.platform.audit.AuditEntry;
import io.tunemall.platform.audit.AuditTrail;
import io.tunemall.platform.time.ShopClock;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers apps, rotates their secrets and revokes them; the secret is hashed before it is stored. */
@Service
class AppRegistry implements Apps {

    static final int MAX_REQUESTS_PER_MINUTE = 10_000;

    private final AppStore apps;
    private final TokenStore tokens;
    private final ApiCallLog calls;
    private final PasswordEncoder hashing;
    private final AuditTrail audit;
    private final ShopClock clock;
    private final SecureRandom random = new SecureRandom();

    AppRegistry(AppStore apps, TokenStore tokens, ApiCallLog calls, PasswordEncoder hashing, AuditTrail audit,
            ShopClock clock) {
        this.apps = apps;
        this.tokens = tokens;
        this.calls = calls;
        this.hashing = hashing;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AppCredentials register(AppDraft draft) {
        String name = draft.name() == null ? "" : draft.name().trim();
        if (name.isEmpty() || name.length() > 100) {
            throw new AppRejection(400, "app-name", "An app needs a name of 1 to 100 characters");
        }
        if (draft.scopes().isEmpty() || !AppScopes.ALL.containsAll(draft.scopes())) {
            throw new AppRejection(400, "app-scopes", "Choose one or more of the scopes " + AppScopes.ALL);
        }
        if (draft.requestsPerMinute() < 1 || draft.requestsPerMinute() > MAX_REQUESTS_PER_MINUTE) {
            throw new AppRejection(400, "app-rate-limit",
                    "The rate limit must be 1 to " + MAX_REQUESTS_PER_MINUTE + " requests per minute");
        }
        String clientId = "app_" + HexFormat.of().formatHex(bytes(12));
        String secret = newSecret();
        String owner = audit.currentActor().name();
        long id = apps.insert(clientId, name, new TreeSet<>(draft.scopes()), hashing.encode(secret),
                blankToNull(draft.ownerEmail()), draft.requestsPerMinute(), owner, clock.now());
        audit.record(AuditEntry.action("app.registered").on("app", id).summary("App " + name + " registered")
                .detail("clientId", clientId).detail("scopes", new TreeSet<>(draft.scopes())));
        return new AppCredentials(id, clientId, secret);
    }

    @Override
    @Transactional
    public AppCredentials rotateSecret(long appId) {
        AppSummary app = active(appId);
        String secret = newSecret();
        apps.replaceSecret(appId, hashing.encode(secret), clock.now());
        // A rotation usually means the old secret leaked: tokens obtained with it go too.
        tokens.removeAllOf(appId);
        audit.record(AuditEntry.action("app.secret-rotated").on("app", appId).summary("Secret of " + app.name() + " rotated"));
        return new AppCredentials(appId, app.clientId(), secret);
    }

    @Override
    @Transactional
    public void revoke(long appId) {
        AppSummary app = apps.byId(appId).map(AppStore.StoredApp::summary)
                .orElseThrow(() -> new AppRejection(404, "app-not-found", "No app " + appId));
        apps.revoke(appId, clock.now());
        tokens.removeAllOf(appId);
        audit.record(AuditEntry.action("app.revoked").on("app", appId).summary("App " + app.name() + " revoked"));
    }

    @Override
    public List<AppSummary> all() {
        return apps.all();
    }

    @Override
    public Optional<AppSummary> find(long appId) {
        return apps.byId(appId).map(AppStore.StoredApp::summary);
    }

    @Override
    public List<ApiCall> recentCalls(long appId, int limit) {
        return calls.recent(appId, limit);
    }

    private AppSummary active(long appId) {
        AppSummary app = find(appId).orElseThrow(() -> new AppRejection(404, "app-not-found", "No app " + appId));
        if (!app.active()) {
            throw new AppRejection(409, "app-revoked", "App " + app.name() + " is revoked");
        }
        return app;
    }

    private String newSecret() {
        return "tms_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
