package io.tunemall.platform.tuning;

import io.tunemall.platform.tuning.ModuleStates.State;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Installs, switches and uninstalls tuning modules for the whole shop. The state lives in the database; a change is
 * announced over Redis so every node applies it at once (and every node re-reads the state every few seconds, in
 * case an announcement is lost). Only installed and enabled modules' hooks run.
 */
@Service
public class ModuleLifecycle implements MessageListener, SmartInitializingSingleton, DisposableBean {

    static final String CHANNEL = "tunemall:tuning-modules";
    private static final Logger log = LoggerFactory.getLogger(ModuleLifecycle.class);

    private final InstalledModules modules;
    private final ModuleStates states;
    private final ModuleSwitches switches;
    private final ModuleSchema schema;
    private final ObjectProvider<StringRedisTemplate> redis;
    private final ObjectProvider<RedisConnectionFactory> redisConnections;
    private final TransactionTemplate ownTransaction;
    private final ApplicationEventPublisher events;
    private RedisMessageListenerContainer announcements;
    private Set<String> lastOff;

    ModuleLifecycle(InstalledModules modules, ModuleStates states, ModuleSwitches switches, DataSource dataSource,
            PlatformTransactionManager transactions, ApplicationEventPublisher events,
            ObjectProvider<StringRedisTemplate> redis, ObjectProvider<RedisConnectionFactory> redisConnections) {
        this.events = events;
        this.modules = modules;
        this.states = states;
        this.switches = switches;
        this.schema = new ModuleSchema(dataSource);
        this.redis = redis;
        this.redisConnections = redisConnections;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        switches.onTrip(this::tripped);
    }

    /**
     * A module kept failing on this node: switch it off for the whole shop, with the reason for the owner to read in
     * admin. In a transaction of its own, because the failing call may run inside a read-only one.
     */
    private void tripped(String id, String reason) {
        if (states.find(id).isEmpty()) {
            return;
        }
        ownTransaction.executeWithoutResult(status -> states.disabledAutomatically(id, reason));
        changed();
        switches.untrip(id);
        log.error("Tuning module {} was switched off for the whole shop: {}", id, reason);
    }

    /** On start: listen for other nodes' changes, bring installed modules' schemas up to their new version, apply the state. */
    @Override
    public void afterSingletonsInstantiated() {
        redisConnections.ifAvailable(this::listenForAnnouncements);
        Map<String, ModuleStates.Row> installed = states.all();
        for (LoadedModule module : modules.all()) {
            ModuleStates.Row row = installed.get(module.id());
            if (module.isAccepted() && row != null && !row.version().equals(module.manifest().version())) {
                schema.migrate(module);
                log.info("Tuning module {} upgraded from {} to {}", module.id(), row.version(), module.manifest().version());
            }
        }
        refresh();
    }

    private void listenForAnnouncements(RedisConnectionFactory connections) {
        announcements = new RedisMessageListenerContainer();
        announcements.setConnectionFactory(connections);
        announcements.addMessageListener(this, new ChannelTopic(CHANNEL));
        announcements.afterPropertiesSet();
        announcements.start();
    }

    @Override
    public void destroy() throws Exception {
        if (announcements != null) {
            announcements.destroy();
        }
    }

    public List<ModuleStatus> statuses() {
        Map<String, ModuleStates.Row> installed = states.all();
        return modules.all().stream().map(module -> ModuleStatus.of(module, installed.get(module.id()))).toList();
    }

    public void install(String id) {
        LoadedModule module = accepted(id);
        if (states.find(id).isPresent()) {
            throw new IllegalStateException("Module " + id + " is already installed");
        }
        int migrations = schema.migrate(module);
        states.installed(id, module.manifest().version());
        log.info("Installed tuning module {} {} ({} migrations)", id, module.manifest().version(), migrations);
        changed();
    }

    public void enable(String id) {
        states.set(accepted(id).id(), State.ENABLED);
        switches.enable(id);
        log.info("Enabled tuning module {}", id);
        changed();
    }

    public void disable(String id) {
        states.set(id, State.DISABLED);
        log.info("Disabled tuning module {}", id);
        changed();
    }

    /** Removes the module; with {@code keepData} its tables stay for a later reinstall, otherwise they are dropped. */
    public void uninstall(String id, boolean keepData) {
        if (states.find(id).isEmpty()) {
            throw new IllegalStateException("Module " + id + " is not installed");
        }
        states.removed(id);
        changed();
        if (!keepData) {
            schema.drop(id);
            events.publishEvent(new ModuleDataDropped(id));
        }
        log.info("Uninstalled tuning module {} ({})", id, keepData ? "data kept" : "data dropped");
    }

    /**
     * Re-reads which modules are on, from the database; every few seconds, and when a node announces a change.
     * Synchronized so a slow read that started before a switch cannot overwrite the newer state read after it.
     */
    @Scheduled(fixedDelayString = "${tunemall.tuning.state-refresh:PT5S}")
    public synchronized void refresh() {
        Set<String> enabled = new HashSet<>(states.enabledIds());
        Set<String> off = new HashSet<>();
        modules.all().stream().map(LoadedModule::id).filter(id -> !enabled.contains(id)).forEach(off::add);
        switches.disableExactly(off);
        if (!off.equals(lastOff)) {
            lastOff = Set.copyOf(off);
            events.publishEvent(new TuningModulesSwitched(lastOff));
        }
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        log.debug("Tuning modules changed on {}", new String(message.getBody(), StandardCharsets.UTF_8));
        refresh();
    }

    private void changed() {
        refresh();
        redis.ifAvailable(template -> template.convertAndSend(CHANNEL, "changed"));
    }

    private LoadedModule accepted(String id) {
        LoadedModule module = modules.all().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No tuning module " + id + " was found"));
        if (!module.isAccepted()) {
            throw new IllegalStateException("Module " + id + " cannot be used: " + module.refusal());
        }
        return module;
    }
}
