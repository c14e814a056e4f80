package io.tunemall.member;

import io.tunemall.sdk.event.MemberJoined;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Stands in for a module that reacts to sign-ups (welcome points, a CRM sync), reached through the outbox. */
@Component
public class JoinedMembers {

    private final List<Long> joined = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    public void on(MemberJoined event) {
        joined.add(event.memberId());
    }

    public List<Long> ids() {
        return joined;
    }
}
