package io.tunemall.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.order.OrderFixture;
import io.tunemall.order.api.Actor;
import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.Carts;
import io.tunemall.order.api.Checkout;
import io.tunemall.order.api.CheckoutRequest;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderPayments;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.Orderer;
import io.tunemall.order.api.PlacedOrder;
import io.tunemall.order.api.ShipmentLine;
import io.tunemall.order.api.ShipmentRejected;
import io.tunemall.order.api.ShipmentRequest;
import io.tunemall.order.api.ShipmentStatus;
import io.tunemall.order.api.ShipmentView;
import io.tunemall.order.api.Shipments;
import io.tunemall.order.api.ShippingAddress;
import io.tunemall.sdk.Money;
import io.tunemall.shipping.api.Carrier;
import io.tunemall.shipping.api.Carriers;
import io.tunemall.support.IntegrationTest;
import io.tunemall.support.Mailbox;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ShipmentsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Checkout checkout;
    @Autowired
    Carts carts;
    @Autowired
    OrderPayments payments;
    @Autowired
    OrderAdministration orders;
    @Autowired
    Shipments shipments;
    @Autowired
    Carriers carriers;
    @Autowired
    Mailbox mailbox;

    /** A paid guest order of two lines (S × 1, L × 2), ordered in the given language by its own e-mail address. */
    PlacedOrder paidOrder(OrderFixture fixture, String email, Locale language) {
        fixture.product("ship", 20_000, 20_000, new LinkedHashMap<>(Map.of("S", 5, "L", 5)));
        CartOwner guest = fixture.guestCartWith(fixture.sku("ship-S"), 1);
        carts.add(guest, fixture.variantId(fixture.sku("ship-L")), 2);
        PlacedOrder placed = checkout.place(guest, new CheckoutRequest(new Orderer("홍길동", "010-1234-5678", email),
                new ShippingAddress("김수령", "010-9876-5432", "04524", "서울특별시 중구 세종대로 110", "3층 301호"),
                "문 앞에 놓아 주세요", "1234", Money.ZERO, null, null, UUID.randomUUID().toString(), language));
        payments.markPaid(placed.orderNumber(), "pay-" + fixture.suffix, placed.chargedAmount());
        return placed;
    }

    static String email(OrderFixture fixture) {
        return "ship-" + fixture.suffix + "@example.com";
    }

    Mailbox.Mail mailAbout(String address, String subjectPart) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.to(address).stream()
                .anyMatch(mail -> mail.subject().contains(subjectPart)));
        return mailbox.to(address).stream().filter(mail -> mail.subject().contains(subjectPart)).findFirst().orElseThrow();
    }

    @Test
    void staff_split_an_order_into_two_parcels_and_it_is_delivered_when_both_arrive() throws Exception {
        Cookie staff = StaffSession.login(mvc);
        OrderFixture fixture = new OrderFixture(context);
        PlacedOrder paid = paidOrder(fixture, email(fixture), Locale.KOREAN);
        String page = "/admin/orders/" + paid.orderNumber();

        assertThat(mvc.perform(get(page).cookie(staff)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("발송 처리", "CJ대한통운", "로젠택배", "아직 발송한 상품이 없습니다.");

        // The first parcel: one of the two L units. The order goes PAID → PREPARING → SHIPPED.
        mvc.perform(post(page + "/shipments").cookie(staff).with(csrf()).param("carrier", "CJ")
                .param("trackingNumber", "123456789012").param("line", "2").param("quantity-2", "1")
                .param("quantity-1", "1")).andExpect(redirectedUrl(page));
        assertThat(orders.detail(paid.orderNumber()).orElseThrow().state()).isEqualTo(OrderState.SHIPPED);

        // The rest, with nothing chosen: line 1 and the other L.
        ShipmentView second = shipments.ship(paid.orderNumber(), new ShipmentRequest("롯데택배", "2345-6789", List.of()),
                Actor.staff("admin"));
        assertThat(second.lines()).containsExactly(new ShipmentLine(1, 1), new ShipmentLine(2, 1));
        assertThatThrownBy(() -> shipments.ship(paid.orderNumber(), new ShipmentRequest("CJ", "999", List.of()),
                Actor.staff("admin"))).isInstanceOf(ShipmentRejected.class).hasMessageContaining("shipped already");

        List<ShipmentView> parcels = shipments.of(paid.orderNumber());
        assertThat(parcels).extracting(ShipmentView::carrierName, ShipmentView::trackingUrl).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CJ대한통운",
                        "https://trace.cjlogistics.com/next/tracking.html?wblNo=123456789012"),
                org.assertj.core.groups.Tuple.tuple("롯데택배",
                        "https://www.lotteglogis.com/home/reservation/tracking/linkView?InvNo=2345-6789"));

        mvc.perform(post(page + "/shipments/1/status").cookie(staff).with(csrf()).param("status", "IN_TRANSIT"))
                .andExpect(redirectedUrl(page));
        mvc.perform(post(page + "/shipments/1/status").cookie(staff).with(csrf()).param("status", "DELIVERED"));
        assertThat(orders.detail(paid.orderNumber()).orElseThrow().state()).isEqualTo(OrderState.SHIPPED);
        assertThatThrownBy(() -> shipments.update(paid.orderNumber(), 1, ShipmentStatus.IN_TRANSIT,
                Actor.staff("admin"))).isInstanceOf(ShipmentRejected.class);

        mvc.perform(post(page + "/shipments/2/status").cookie(staff).with(csrf()).param("status", "DELIVERED"));
        assertThat(orders.detail(paid.orderNumber()).orElseThrow().state()).isEqualTo(OrderState.DELIVERED);
        assertThat(shipments.of(paid.orderNumber()).get(0).history()).extracting(h -> h.status() + " " + h.actorName())
                .containsExactly("SHIPPED admin", "IN_TRANSIT admin", "DELIVERED admin");
        assertThat(orders.detail(paid.orderNumber()).orElseThrow().history()).extracting(h -> h.action().toString())
                .containsExactly("PLACE", "PAY", "PREPARE", "SHIP", "DELIVER");

        String detail = mvc.perform(get(page).cookie(staff)).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("123456789012", "2345-6789", "배송 완료")
                .contains("href=\"https://trace.cjlogistics.com/next/tracking.html?wblNo=123456789012\"");
    }

    @Test
    void each_carrier_links_to_its_own_tracking_page_and_the_owner_adds_a_custom_one() throws Exception {
        Map<String, String> expected = Map.of(
                "CJ", "https://trace.cjlogistics.com/next/tracking.html?wblNo=555",
                "LOTTE", "https://www.lotteglogis.com/home/reservation/tracking/linkView?InvNo=555",
                "HANJIN", "https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?mCode=MN038&schLang=KR&wblnumText2=555",
                "EPOST", "https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1=555",
                "LOGEN", "https://www.ilogen.com/web/personal/trace/555");
        expected.forEach((code, url) -> assertThat(carriers.find(code).orElseThrow().trackingUrl("555")).isEqualTo(url));
        assertThat(carriers.find("우체국 택배").orElseThrow().code()).isEqualTo("EPOST");

        Cookie staff = StaffSession.login(mvc);
        OrderFixture fixture = new OrderFixture(context);
        String name = "동네택배 " + fixture.suffix;
        mvc.perform(post("/admin/shipping/carriers").cookie(staff).with(csrf()).param("name", name)
                .param("trackingUrlTemplate", "https://track.example.com/parcel?no={tracking}"))
                .andExpect(redirectedUrl("/admin/shipping/carriers"));
        String refused = mvc.perform(post("/admin/shipping/carriers").cookie(staff).with(csrf()).param("name", name + "2")
                .param("trackingUrlTemplate", "https://track.example.com/no-placeholder")).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains("{tracking}이 들어간 http(s) 주소여야 합니다.");
        assertThat(carriers.find(name + "2")).isEmpty();

        Carrier custom = carriers.find(name).orElseThrow();
        assertThat(custom.builtIn()).isFalse();
        PlacedOrder paid = paidOrder(fixture, email(fixture), Locale.KOREAN);
        ShipmentView parcel = shipments.ship(paid.orderNumber(), new ShipmentRequest(custom.code(), "A-1 ", List.of()),
                Actor.staff("admin"));
        assertThat(parcel.trackingUrl()).isEqualTo("https://track.example.com/parcel?no=A-1");

        mvc.perform(post("/admin/shipping/carriers/" + custom.code() + "/remove").cookie(staff).with(csrf()));
        assertThat(carriers.find(name)).isEmpty();
        assertThat(shipments.of(paid.orderNumber()).get(0).carrierName()).isEqualTo(name);
        mvc.perform(post("/admin/shipping/carriers/CJ/remove").cookie(staff).with(csrf()));
        assertThat(carriers.find("CJ")).isPresent();
    }

    @Test
    void a_bulk_upload_applies_the_good_rows_and_explains_the_bad_ones() throws Exception {
        Cookie staff = StaffSession.login(mvc);
        OrderFixture fixture = new OrderFixture(context);
        PlacedOrder first = paidOrder(fixture, email(fixture), Locale.KOREAN);
        PlacedOrder second = paidOrder(new OrderFixture(context), email(fixture), Locale.KOREAN);
        PlacedOrder third = paidOrder(new OrderFixture(context), email(fixture), Locale.KOREAN);

        String desk = mvc.perform(get("/admin/shipping").cookie(staff)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(desk).contains(first.orderNumber(), second.orderNumber(), "CSV 내려받기");
        String csv = new String(mvc.perform(get("/admin/shipping/orders.csv").cookie(staff)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFForder_number,").contains(first.orderNumber() + ",PAID,김수령,01098765432,04524,"
                + "서울특별시 중구 세종대로 110,3층 301호,문 앞에 놓아 주세요,1: ship " + fixture.suffix + " (S) x 1; 2: ship "
                + fixture.suffix + " (L) x 2");

        String upload = """
                주문번호,택배사,송장번호,상품
                %s,CJ대한통운,111122223333,
                %s,없는택배,444455556666,
                %s,한진택배,777788889999,1 7
                20991231-999999,CJ,123,
                %s,HANJIN,777788889999,2
                """.formatted(first.orderNumber(), second.orderNumber(), third.orderNumber(), third.orderNumber());
        String report = mvc.perform(multipart("/admin/shipping/tracking")
                .file(new MockMultipartFile("file", "tracking.csv", "text/csv", upload.getBytes(StandardCharsets.UTF_8)))
                .cookie(staff).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(report).contains("2건 등록, 3건 오류", "Unknown carrier: 없는택배", "has no line 7", "Order 20991231-999999");
        assertThat(shipments.of(first.orderNumber())).singleElement()
                .satisfies(parcel -> assertThat(parcel.trackingNumber()).isEqualTo("111122223333"));
        assertThat(orders.detail(first.orderNumber()).orElseThrow().state()).isEqualTo(OrderState.SHIPPED);
        // The bad rows changed nothing: the second order was not even prepared, the third shipped only its good row.
        assertThat(shipments.of(second.orderNumber())).isEmpty();
        assertThat(orders.detail(second.orderNumber()).orElseThrow().state()).isEqualTo(OrderState.PAID);
        assertThat(shipments.of(third.orderNumber())).singleElement()
                .satisfies(parcel -> assertThat(parcel.lines()).containsExactly(new ShipmentLine(2, 2)));
    }

    @Test
    void the_orderer_is_mailed_when_paid_shipped_and_cancelled_in_the_language_of_the_order() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        String address = email(fixture);
        PlacedOrder paid = paidOrder(fixture, address, Locale.KOREAN);

        Mailbox.Mail paidMail = mailAbout(address, paid.orderNumber() + " 결제가 완료되었습니다");
        assertThat(paidMail.body()).contains("결제가 완료되어 상품을 준비하고 있습니다", "주문번호: " + paid.orderNumber(),
                "결제 금액: 60,000원", "/orders/lookup").doesNotContain("홍길동", "세종대로");

        shipments.ship(paid.orderNumber(), new ShipmentRequest("LOGEN", "31234567890", List.of(new ShipmentLine(1, 1))),
                Actor.staff("admin"));
        Mailbox.Mail shipped = mailAbout(address, paid.orderNumber() + " 상품이 발송되었습니다");
        assertThat(shipped.body()).contains("택배사: 로젠택배", "송장번호: 31234567890",
                "배송 조회: https://www.ilogen.com/web/personal/trace/31234567890", "ship " + fixture.suffix + " (S) × 1")
                .doesNotContain("(L)");

        OrderFixture other = new OrderFixture(context);
        String otherAddress = email(other);
        PlacedOrder toCancel = paidOrder(other, otherAddress, Locale.KOREAN);
        orders.cancel(toCancel.orderNumber(), Actor.staff("admin"), "품절");
        Mailbox.Mail cancelled = mailAbout(otherAddress, toCancel.orderNumber() + " 취소 안내");
        assertThat(cancelled.body()).contains("주문이 취소되었습니다.", "환불 금액: 60,000원", "ship " + other.suffix + " (L) × 2");

        OrderFixture english = new OrderFixture(context);
        PlacedOrder inEnglish = paidOrder(english, email(english), Locale.ENGLISH);
        shipments.ship(inEnglish.orderNumber(), new ShipmentRequest("EPOST", "6012345678901", List.of()),
                Actor.staff("admin"));
        assertThat(mailAbout(email(english), "Order " + inEnglish.orderNumber() + " has shipped").body())
                .contains("Carrier: 우체국택배", "Track it: https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1=6012345678901");
        mailAbout(email(english), "Payment received for order " + inEnglish.orderNumber());

        // Each mail went out once, though the order saw more events (preparing, shipped).
        assertThat(mailbox.to(address)).hasSize(2);
    }

    @Test
    void the_guest_order_look_up_shows_the_tracking_number_and_link() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        PlacedOrder paid = paidOrder(fixture, email(fixture), Locale.KOREAN);
        shipments.ship(paid.orderNumber(), new ShipmentRequest("HANJIN", "508812345678", List.of()),
                Actor.staff("admin"));

        String page = mvc.perform(post("/orders/lookup").with(csrf()).param("orderNumber", paid.orderNumber())
                .param("phone", "01012345678").param("password", "1234")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("배송 조회", "한진택배", "송장번호 508812345678", "배송 조회하기",
                "href=\"https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?mCode=MN038&amp;schLang=KR&amp;wblnumText2=508812345678\"");
    }
}
