package io.tunemall.apps.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void retries_span_at_least_a_day_and_then_stop() {
        assertThat(RetrySchedule.total()).isGreaterThanOrEqualTo(Duration.ofHours(24));
        assertThat(RetrySchedule.after(1)).contains(Duration.ofSeconds(5));
        assertThat(RetrySchedule.after(7)).contains(Duration.ofHours(10));
        assertThat(RetrySchedule.after(8)).isEmpty();
    }

    @Test
    void the_signature_is_the_base64_hmac_of_id_timestamp_and_body() {
        // Test vector of the Standard Webhooks specification's reference libraries.
        String signature = WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}");
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }
}
