package io.tunemall.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The checkout's payment step: Toss's widget with the shop's client key, or the test gateway's button. */
@IntegrationTest
class PaymentStepFragmentTest {

    @Autowired
    MockMvc mvc;

    @Test
    void the_toss_step_loads_tosss_sdk_with_the_client_key_and_opens_the_content_security_policy_for_it_alone() throws Exception {
        MockHttpServletResponse widget = mvc.perform(get("/test-probe/payment-step").param("kind", "widget"))
                .andExpect(status().isOk()).andReturn().getResponse();
        MockHttpServletResponse redirect = mvc.perform(get("/test-probe/payment-step").param("kind", "redirect"))
                .andExpect(status().isOk()).andReturn().getResponse();
        MockHttpServletResponse home = mvc.perform(get("/")).andReturn().getResponse();

        String html = widget.getContentAsString();
        assertThat(html).contains("<script src=\"https://js.tosspayments.com/v2/standard\"></script>",
                "src=\"/assets/payment-widget.js\"", "data-client-key=\"" + TossStandIn.CLIENT_KEY + "\"",
                "data-order-id=\"20261123-000777\"", "data-amount=\"39800\"", "id=\"toss-payment-methods\"",
                "id=\"toss-agreement\"", "39,800원 결제하기",
                "data-order-name=\"오버핏 셔츠 &quot;한정&quot; &lt;외 1건&gt;\"");
        assertThat(widget.getHeader("Content-Security-Policy")).contains("script-src 'self' https://js.tosspayments.com",
                "frame-src https://*.tosspayments.com");
        assertThat(redirect.getContentAsString()).contains("href=\"/pay/test/abc\"").doesNotContain("tosspayments");
        assertThat(redirect.getHeader("Content-Security-Policy")).doesNotContain("tosspayments");
        assertThat(home.getHeader("Content-Security-Policy")).doesNotContain("tosspayments");
    }

    @Test
    void every_storefront_page_shows_the_escrow_notice_while_the_shop_uses_escrow() throws Exception {
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();

        assertThat(home).contains("구매안전서비스(에스크로)");
    }
}
