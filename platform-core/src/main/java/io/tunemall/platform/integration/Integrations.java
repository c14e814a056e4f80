package io.tunemall.platform.integration;

import io.tunemall.platform.privacy.PiiCipher;
import io.tunemall.platform.time.ShopClock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The app store: every contributed integration, whether it is on, and its settings. */
@Service
public class Integrations {

    private final Map<String, Integration> byId = new LinkedHashMap<>();
    private final IntegrationStore store;
    private final PiiCipher cipher;
    private final ShopClock clock;
    private final ApplicationEventPublisher events;

    Integrations(List<Integration> integrations, IntegrationStore store, PiiCipher cipher, ShopClock clock,
            ApplicationEventPublisher events) {
        integrations.stream()
                .sorted(Comparator.comparing(Integration::category).thenComparing(Integration::id))
                .forEach(integration -> {
                    if (byId.putIfAbsent(integration.id(), integration) != null) {
                        throw new IllegalStateException("Two integrations claim the id " + integration.id());
                    }
                });
        this.store = store;
        this.cipher = cipher;
        this.clock = clock;
        this.events = events;
    }

    public List<IntegrationView> all() {
        return byId.values().stream().map(this::view).toList();
    }

    public Optional<IntegrationView> find(String id) {
        return Optional.ofNullable(byId.get(id)).map(this::view);
    }

    public boolean isOn(String id) {
        Integration integration = byId.get(id);
        return integration != null && integration.isOn(store.read(id).on());
    }

    /** The settings of an integration that is on, secrets in clear; empty while it is off. */
    public Optional<IntegrationSettings> settingsIfOn(String id) {
        if (!isOn(id)) {
            return Optional.empty();
        }
        return Optional.of(settings(byId.get(id), store.read(id)));
    }

    /**
     * Checks and stores the settings and switches the integration on (or keeps it on with new settings).
     *
     * @throws IntegrationRejected naming each missing or malformed field; nothing changes
     */
    @Transactional
    public IntegrationView switchOn(String id, Map<String, String> submitted, String changedBy) {
        Integration integration = existing(id);
        StoredIntegration before = store.read(id);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (IntegrationField field : integration.fields()) {
            String value = submitted.getOrDefault(field.key(), "").strip();
            if (value.isEmpty() && field.secret() && before.values().containsKey(field.key())) {
                values.put(field.key(), before.values().get(field.key()));
            } else if (value.isEmpty()) {
                problems.put(field.key(), "integration.field.required");
            } else if (!field.accepts(value)) {
                problems.put(field.key(), "integration.field.invalid");
            } else {
                values.put(field.key(), field.secret() ? cipher.encrypt(value) : value);
            }
        }
        if (!problems.isEmpty()) {
            throw new IntegrationRejected(id, problems);
        }
        return write(integration, new StoredIntegration(true, values, clock.now(), changedBy));
    }

    /** Switches the integration off; its settings stay for the next time. */
    @Transactional
    public IntegrationView switchOff(String id, String changedBy) {
        Integration integration = existing(id);
        StoredIntegration before = store.read(id);
        return write(integration, new StoredIntegration(false, before.values(), clock.now(), changedBy));
    }

    private IntegrationView write(Integration integration, StoredIntegration changed) {
        store.write(integration.id(), changed);
        integration.switched(changed.on(), settings(integration, changed), changed.changedBy());
        events.publishEvent(new IntegrationSwitched(integration.id(), changed.on()));
        return view(integration, changed);
    }

    private Integration existing(String id) {
        Integration integration = byId.get(id);
        if (integration == null) {
            throw new IllegalArgumentException("No integration " + id);
        }
        return integration;
    }

    private IntegrationView view(Integration integration) {
        return view(integration, store.read(integration.id()));
    }

    private IntegrationView view(Integration integration, StoredIntegration stored) {
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, Boolean> secretsSet = new LinkedHashMap<>();
        for (IntegrationField field : integration.fields()) {
            if (field.secret()) {
                secretsSet.put(field.key(), stored.values().containsKey(field.key()));
            } else {
                shown.put(field.key(), stored.values().getOrDefault(field.key(), ""));
            }
        }
        return new IntegrationView(integration, integration.isOn(stored.on()), shown, secretsSet, stored.changedAt(),
                stored.changedBy());
    }

    private IntegrationSettings settings(Integration integration, StoredIntegration stored) {
        Map<String, String> clear = new LinkedHashMap<>();
        for (IntegrationField field : integration.fields()) {
            String value = stored.values().get(field.key());
            if (value != null) {
                clear.put(field.key(), field.secret() ? cipher.decrypt(value) : value);
            }
        }
        return new IntegrationSettings(clear);
    }
}
