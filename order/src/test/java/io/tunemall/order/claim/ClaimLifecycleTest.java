package io.tunemall.order.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tunemall.order.api.ClaimAction;
import io.tunemall.order.api.ClaimKind;
import io.tunemall.order.api.ClaimReason;
import io.tunemall.order.api.ClaimState;
import io.tunemall.platform.error.ShopException;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.event.Initiator;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimLifecycleTest {

    static final Instant AT = Instant.parse("2026-11-23T03:00:00Z");

    static Claim requested() {
        return Claim.requested(1L, ClaimKind.RETURN, ClaimReason.CHANGE_OF_MIND, "사이즈가 작아요", List.of(2, 1),
                Money.won(6_000), Money.won(14_000), Initiator.SHOPPER, AT);
    }

    @Test
    void a_return_goes_requested_approved_collected_completed() {
        Claim claim = requested();

        assertThat(claim.move(ClaimAction.APPROVE, "승인", AT.plusSeconds(60))).isEqualTo(ClaimState.APPROVED);
        assertThat(claim.move(ClaimAction.COLLECT, null, AT.plusSeconds(120))).isEqualTo(ClaimState.COLLECTED);
        assertThat(claim.move(ClaimAction.COMPLETE, "검수 완료", AT.plusSeconds(180))).isEqualTo(ClaimState.COMPLETED);

        assertThat(claim.collectedAt()).isEqualTo(AT.plusSeconds(120));
        assertThat(claim.completedAt()).isEqualTo(AT.plusSeconds(180));
        assertThat(claim.decisionNote()).isEqualTo("검수 완료");
        assertThat(claim.lineNumbers()).containsExactly(1, 2);
        assertThat(ClaimLifecycle.allowed(ClaimState.COMPLETED)).isEmpty();
    }

    @Test
    void nothing_is_completed_before_the_items_are_collected() {
        Claim claim = requested();

        assertThatThrownBy(() -> claim.move(ClaimAction.COMPLETE, null, AT))
                .isInstanceOfSatisfying(ShopException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(409);
                    assertThat(refused.code()).isEqualTo("claim-illegal-transition");
                });
        claim.move(ClaimAction.APPROVE, null, AT);
        assertThatThrownBy(() -> claim.move(ClaimAction.COMPLETE, null, AT)).isInstanceOf(ShopException.class);
        assertThat(claim.state()).isEqualTo(ClaimState.APPROVED);
    }

    @Test
    void the_shopper_withdraws_only_until_collection_and_staff_reject_a_request_or_a_failed_inspection() {
        assertThat(ClaimLifecycle.allowed(ClaimState.REQUESTED))
                .isEqualTo(EnumSet.of(ClaimAction.APPROVE, ClaimAction.REJECT, ClaimAction.WITHDRAW));
        assertThat(ClaimLifecycle.allowed(ClaimState.APPROVED))
                .isEqualTo(EnumSet.of(ClaimAction.COLLECT, ClaimAction.WITHDRAW));
        assertThat(ClaimLifecycle.allowed(ClaimState.COLLECTED))
                .isEqualTo(EnumSet.of(ClaimAction.COMPLETE, ClaimAction.REJECT));

        Claim collected = requested();
        collected.move(ClaimAction.APPROVE, null, AT);
        collected.move(ClaimAction.COLLECT, null, AT);
        assertThatThrownBy(() -> collected.move(ClaimAction.WITHDRAW, null, AT)).isInstanceOf(ShopException.class);
        assertThat(collected.move(ClaimAction.REJECT, "사용 흔적", AT)).isEqualTo(ClaimState.REJECTED);
    }

    @Test
    void rejected_and_withdrawn_claims_are_final() {
        for (ClaimState end : List.of(ClaimState.REJECTED, ClaimState.WITHDRAWN, ClaimState.COMPLETED)) {
            assertThat(ClaimLifecycle.allowed(end)).as(end.name()).isEmpty();
            assertThat(end.open()).isFalse();
            for (ClaimAction action : ClaimAction.values()) {
                assertThatThrownBy(() -> ClaimLifecycle.target(7, end, action)).isInstanceOf(ShopException.class);
            }
        }
        Claim withdrawn = requested();
        withdrawn.move(ClaimAction.WITHDRAW, null, AT);
        assertThatThrownBy(() -> withdrawn.move(ClaimAction.APPROVE, null, AT)).isInstanceOf(ShopException.class);
    }
}
