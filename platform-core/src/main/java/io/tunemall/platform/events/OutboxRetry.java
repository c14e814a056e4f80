package io.tunemall.platform.events;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Domain events are written to the EVENT_PUBLICATION table in the same transaction as the change that raised them
 * (Spring Modulith's JDBC registry), and marked complete when their listener has run. A listener that failed, or a
 * node that died between commit and delivery, leaves the publication incomplete; this job hands such publications to
 * their listeners again. It runs on one node at a time (ShedLock), so a cluster does not deliver an event once per node.
 */
@Component
public class OutboxRetry {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetry.class);

    private final IncompleteEventPublications incomplete;
    private final Duration grace;

    OutboxRetry(IncompleteEventPublications incomplete,
            @Value("${tunemall.events.retry-after:PT1M}") Duration grace) {
        this.incomplete = incomplete;
        this.grace = grace;
    }

    /** Publications younger than the grace period may still be in flight on the node that published them. */
    @Scheduled(fixedDelayString = "${tunemall.events.retry-every:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "outbox-retry", lockAtMostFor = "PT5M")
    public void redeliverStalled() {
        redeliverOlderThan(grace);
    }

    public void redeliverOlderThan(Duration age) {
        log.debug("Redelivering domain events left incomplete for more than {}", age);
        incomplete.resubmitIncompletePublicationsOlderThan(age);
    }
}
