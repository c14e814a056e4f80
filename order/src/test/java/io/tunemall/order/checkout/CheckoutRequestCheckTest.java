package io.tunemall.order.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.order.api.CheckoutProblem;
import io.tunemall.order.api.CheckoutRequest;
import io.tunemall.order.api.Orderer;
import io.tunemall.order.api.ShippingAddress;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CheckoutRequestCheckTest {

    static CheckoutRequest request(Orderer orderer, ShippingAddress address, String password) {
        return new CheckoutRequest(orderer, address, null, password, null, null, null, "t", Locale.KOREAN);
    }

    static final Orderer ORDERER = new Orderer("홍길동", "010-1234-5678", "hong@example.com");
    static final ShippingAddress ADDRESS = new ShippingAddress("김수령", "02-123-4567", "04524",
            "서울특별시 중구 세종대로 110", "3층");

    @Test
    void a_complete_form_has_no_problems() {
        assertThat(CheckoutRequestCheck.problems(request(ORDERER, ADDRESS, "1234"), true)).isEmpty();
        assertThat(CheckoutRequestCheck.problems(request(ORDERER, ADDRESS, null), false))
                .as("members need no order password").isEmpty();
    }

    @Test
    void each_wrong_field_is_named_with_its_reason() {
        List<CheckoutProblem> problems = CheckoutRequestCheck.problems(request(
                new Orderer(" ", "1234", "not-an-email"),
                new ShippingAddress("김수령", "010-1234-5678", "4524", "", "x".repeat(101)), "12"), true);

        assertThat(problems).extracting(p -> p.field() + ":" + p.code()).containsExactly(
                "orderer.name:required", "orderer.phone:phone", "orderer.email:email", "address.postalCode:postal-code",
                "address.roadAddress:required", "address.detailAddress:too-long", "guestPassword:password-length");
    }

    @Test
    void phones_are_compared_and_stored_as_digits() {
        assertThat(CheckoutRequestCheck.digits("010-1234 5678")).isEqualTo("01012345678");
    }
}
