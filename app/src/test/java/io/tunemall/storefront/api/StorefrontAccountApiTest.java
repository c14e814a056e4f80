package io.tunemall.storefront.api;

import static com.atlassian.oai.validator.mockmvc.OpenApiValidationMatchers.openApi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import io.tunemall.member.api.ConsentType;
import io.tunemall.member.api.MemberSignUp;
import io.tunemall.member.api.PointAdjustment;
import io.tunemall.member.api.PointAdministration;
import io.tunemall.member.api.SignUp;
import io.tunemall.order.OrderFixture;
import io.tunemall.order.PaidOrders;
import io.tunemall.order.api.Actor;
import io.tunemall.order.api.CouponAdministration;
import io.tunemall.order.api.CouponDraft;
import io.tunemall.order.api.CouponIssueMethod;
import io.tunemall.order.api.CouponKind;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.ShipmentRequest;
import io.tunemall.order.api.Shipments;
import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The member account API: a member signed in on the storefront reads and changes their profile, orders, addresses,
 * points and coupons with the storefront session, and reaches nothing of another member's. Answers are also checked
 * against the published OpenAPI document.
 */
@IntegrationTest
class StorefrontAccountApiTest {

    static final String PASSWORD = "Secret-pass-123";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JsonMapper json;
    @Autowired
    MemberSignUp signUps;
    @Autowired
    OrderAdministration orders;
    @Autowired
    Shipments shipments;
    @Autowired
    PointAdministration points;
    @Autowired
    CouponAdministration coupons;

    /** The answer is as the document says. */
    ResultMatcher conforms;

    @BeforeEach
    void loadTheDocument() throws Exception {
        String document = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        conforms = openApi().isValid(OpenApiInteractionValidator.createForInlineApiSpecification(document).build());
    }

    record Member(long id, Cookie session) {
    }

    Member signedIn(String who) throws Exception {
        String email = who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        long id = signUps.signUp(new SignUp(email, PASSWORD, "홍길동", "010-1234-5678", LocalDate.of(1990, 5, 17),
                EnumSet.of(ConsentType.TERMS, ConsentType.PRIVACY), null));
        Cookie session = mvc.perform(post("/login").param("email", email).param("password", PASSWORD).with(csrf()))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).as("the storefront login starts a session").isNotNull();
        return new Member(id, session);
    }

    JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    static MockHttpServletRequestBuilder jsonBody(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void without_a_member_session_every_part_of_the_account_is_a_401_problem() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(get("/api/v1/storefront/me"),
                get("/api/v1/storefront/me/orders"), get("/api/v1/storefront/me/addresses"),
                get("/api/v1/storefront/me/points"), get("/api/v1/storefront/me/coupons"),
                jsonBody(patch("/api/v1/storefront/me"), "{\"name\": \"김철수\"}"),
                post("/api/v1/storefront/me/orders/{n}/cancellation", "20261123-000001"))) {
            mvc.perform(request)
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(401));
        }
        mvc.perform(get("/api/v1/storefront/me")).andExpect(conforms);
    }

    @Test
    void the_member_reads_the_profile_and_changes_name_and_phone_but_not_to_a_bad_phone() throws Exception {
        Member member = signedIn("api-me");
        points.adjust(new PointAdjustment(member.id(), false, Money.won(3_000), null, "API 테스트 적립", "admin"));

        mvc.perform(get("/api/v1/storefront/me").cookie(member.session()))
                .andExpect(status().isOk())
                .andExpect(conforms)
                .andExpect(header().string("Cache-Control", "private, no-cache"))
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.memberId").value(member.id()))
                .andExpect(jsonPath("$.name").value("홍길동"))
                .andExpect(jsonPath("$.email").value(matchesPattern("api-me-.+@example.com")))
                .andExpect(jsonPath("$.phone").value("010-1234-5678"))
                .andExpect(jsonPath("$.emailVerified").isBoolean())
                .andExpect(jsonPath("$.grade.code").isNotEmpty())
                .andExpect(jsonPath("$.points").value(3_000));

        mvc.perform(jsonBody(patch("/api/v1/storefront/me"), "{\"phone\": \"02-12\", \"name\": \" \"}")
                        .cookie(member.session()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(conforms)
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://tunemall.io/problems/member-rejected"))
                .andExpect(jsonPath("$.errors[?(@.field == 'phone')].code").value("phone-invalid"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].code").value("name-required"))
                .andExpect(jsonPath("$.errors[?(@.field == 'phone')].message")
                        .value("전화번호 형식이 올바르지 않습니다 (예: 010-1234-5678)."));
        mvc.perform(jsonBody(patch("/api/v1/storefront/me"), "{\"phone\": \"02-12\"}").cookie(member.session())
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("This is not a phone number (e.g. 010-1234-5678)."));
        mvc.perform(get("/api/v1/storefront/me").cookie(member.session()))
                .andExpect(jsonPath("$.name").value("홍길동"))
                .andExpect(jsonPath("$.phone").value("010-1234-5678"));

        // A field left out stays as it is.
        mvc.perform(jsonBody(patch("/api/v1/storefront/me"), "{\"phone\": \"01098765432\"}").cookie(member.session()))
                .andExpect(status().isOk())
                .andExpect(conforms)
                .andExpect(jsonPath("$.name").value("홍길동"))
                .andExpect(jsonPath("$.phone").value("010-9876-5432"));
        mvc.perform(jsonBody(patch("/api/v1/storefront/me"), "{\"name\": \"김철수\"}").cookie(member.session()))
                .andExpect(jsonPath("$.name").value("김철수"))
                .andExpect(jsonPath("$.phone").value("010-9876-5432"));
    }

    @Test
    void the_member_lists_orders_newest_first_by_cursor_reads_and_cancels_their_own_and_never_another_members()
            throws Exception {
        Member member = signedIn("api-orders");
        Member other = signedIn("api-orders-other");
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("parka", 40_000, 5);
        PaidOrders paid = new PaidOrders(context);
        String first = paid.paidMemberOrder(fixture, member.id(), fixture.sku("parka-M"));
        String second = paid.paidMemberOrder(fixture, member.id(), fixture.sku("parka-M"));
        String third = paid.paidMemberOrder(fixture, member.id(), fixture.sku("parka-M"));
        String someoneElses = paid.paidMemberOrder(fixture, other.id(), fixture.sku("parka-M"));

        JsonNode page = read(mvc.perform(get("/api/v1/storefront/me/orders").param("limit", "2")
                        .cookie(member.session()))
                .andExpect(status().isOk())
                .andExpect(conforms)
                .andExpect(header().string("Cache-Control", "private, no-cache"))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].orderNumber").value(third))
                .andExpect(jsonPath("$.items[0].state").value("PAID"))
                .andExpect(jsonPath("$.items[0].chargedAmount").isNumber())
                .andExpect(jsonPath("$.items[1].orderNumber").value(second)));
        String cursor = page.get("nextCursor").asString();
        assertThat(cursor).isNotBlank();
        // An order placed while paging does not shift the next page.
        String fourth = paid.paidMemberOrder(fixture, member.id(), fixture.sku("parka-M"));
        mvc.perform(get("/api/v1/storefront/me/orders").param("limit", "2").param("cursor", cursor)
                        .cookie(member.session()))
                .andExpect(status().isOk())
                .andExpect(conforms)
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].orderNumber").value(first))
                .andExpect(jsonPath("$.nextCursor").isEmpty());
        mvc.perform(get("/api/v1/storefront/me/orders").cookie(member.session()))
                .andExpect(jsonPath("$.items[0].orderNumber").value(fourth))
                .andExpect(jsonPath("$.items.length()").value(4));
        mvc.perform(get("/api/v1/storefront/me/orders").param("cursor", "bogus").cookie(member.session()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://tunemall.io/problems/cursor"));
        // The other member cannot page with this member's cursor.
        mvc.perform(get("/api/v1/storefront/me/orders").param("cursor", cursor).cookie(other.session()))
                .andExpect(status().isUnprocessableContent());

        mvc.perform(get("/api/v1/storefront/me/orders/{n}", first).cookie(member.session()))
                .andExpect(status().isOk())
                .andExpect(conforms)
                .andExpect(header().string("Cache-Control", "private, no-cache"))
                .andExpect(jsonPath("$.orderNumber").value(first))
                .andExpect(jsonPath("$.lines[0].sku").value(fixture.sku("parka-M")));
        mvc.perform(get("/api/v1/storefront/me/orders/{n}", someoneElses).cookie(member.session()))
                .andExpect(status().isNotFound())
                .andExpect(conforms)
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(jsonBody(post("/api/v1/storefront/me/orders/{n}/cancellation", someoneElses), "{}")
                        .cookie(member.session()))
                .andExpect(status().isNotFound());
        assertThat(orders.detail(someoneElses).orElseThrow().state()).isEqualTo(OrderState.PAID);

        mvc.perform(jsonBody(post("/api/v1/storefront/me/orders/{n}/cancellation", first), "{\"reason\": \"잘못 주문\"}")
                        .cookie(member.session()))
                .andExpect(status().isOk())
                .andExpect(conforms)
                .andExpect(jsonPath("$.state").value("CANCELLED"));
        assertThat(orders.detail(first).orElseThrow().state()).isEqualTo(OrderState.CANCELLED);
        assertThat(orders.detail(first).orElseThrow().history()).anyMatch(entry -> "잘못 주문".equals(entry.reason()));

        // Purchase confirmation: refused before delivery, done after.
        mvc.perform(post("/api/v1/storefront/me/orders/{n}/purchase-confirmation", second).cookie(member.session()))
                .andExpect(status().isConflict())
                .andExpect(conforms);
        shipments.ship(second, new ShipmentRequest("HANJIN", "508812345678", List.of()), Actor.staff("admin"));
        mvc.perform(post("/api/v1/storefront/me/orders/{n}/cancellation", second).cookie(member.session()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://tunemall.io/problems/cancel-not-allowed"));
        orders.deliver(second, Actor.system("tracking"));
        mvc.perform(post("/api/v1/storefront/me/orders/{n}/purchase-confirmation", second).cookie(member.session()))
                .andExpect(status().isOk())
                .andExpect(conforms)
                .andExpect(jsonPath("$.state").value("PURCHASE_CONFIRMED"));

        // Returns and exchanges: after delivery only, for the member's own orders.
        String claim = "{\"kind\": \"RETURN\", \"lines\": [1], \"reason\": \"CHANGE_OF_MIND\", \"message\": \"커요\"}";
        mvc.perform(jsonBody(post("/api/v1/storefront/me/orders/{n}/claims", fourth), claim).cookie(member.session()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://tunemall.io/problems/claim-not-allowed"));
        shipments.ship(third, new ShipmentRequest("CJ", "111122223333", List.of()), Actor.staff("admin"));
        orders.deliver(third, Actor.system("tracking"));
        mvc.perform(jsonBody(post("/api/v1/storefront/me/orders/{n}/claims", third), claim).cookie(other.session()))
                .andExpect(status().isNotFound());
        mvc.perform(jsonBody(post("/api/v1/storefront/me/orders/{n}/claims", third), claim.replace("RETURN", "CANCEL"))
                        .cookie(member.session()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(conforms);
        mvc.perform(jsonBody(post("/api/v1/storefront/me/orders/{n}/claims", third), claim).cookie(member.session()))
                .andExpect(status().isCreated())
                .andExpect(conforms)
                .andExpect(jsonPath("$.kind").value("RETURN"))
                .andExpect(jsonPath("$.state").value("REQUESTED"))
                .andExpect(jsonPath("$.lineNumbers[0]").value(1))
                .andExpect(jsonPath("$.message").value("커요"));
        mvc.perform(get("/api/v1/storefront/me/orders/{n}/claims", third).cookie(member.session()))
                .andExpect(status().isOk())
                .andExpect(conforms)
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].reason").value("CHANGE_OF_MIND"));
        mvc.perform(get("/api/v1/storefront/me/orders/{n}/claims", third).cookie(other.session()))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_member_keeps_an_address_book_and_cannot_touch_another_members_addresses() throws Exception {
        Member member = signedIn("api-addresses");
        Member other = signedIn("api-addresses-other");
        String home = """
                {"label": "집", "recipient": "홍길동", "phone": "010-1234-5678", "postalCode": "04524",
                 "roadAddress": "서울특별시 중구 세종대로 110", "detailAddress": "3층"}""";
        String office = """
                {"label": "회사", "recipient": "홍길동", "phone": "02-123-4567", "postalCode": "63100",
                 "roadAddress": "제주특별자치도 제주시 첨단로 242"}""";

        JsonNode added = read(mvc.perform(jsonBody(post("/api/v1/storefront/me/addresses"), home)
                        .cookie(member.session()))
                .andExpect(status().isCreated())
                .andExpect(conforms)
                .andExpect(header().string("Location", matchesPattern("/api/v1/storefront/me/addresses/\\d+")))
                .andExpect(jsonPath("$.defaultAddress").value(true))
                .andExpect(jsonPath("$.roadAddress").value("서울특별시 중구 세종대로 110")));
        long homeId = added.get("id").asLong();
        long officeId = read(mvc.perform(jsonBody(post("/api/v1/storefront/me/addresses"), office)
                        .cookie(member.session()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.defaultAddress").value(false))
                .andExpect(jsonPath("$.detailAddress").isEmpty())).get("id").asLong();
        mvc.perform(jsonBody(post("/api/v1/storefront/me/addresses"), home.replace("04524", "045"))
                        .cookie(member.session()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(conforms)
                .andExpect(jsonPath("$.errors[0].field").value("postalCode"));

        mvc.perform(jsonBody(put("/api/v1/storefront/me/addresses/{id}", officeId),
                        office.replace("242", "243")).cookie(member.session()))
                .andExpect(status().isOk())
                .andExpect(conforms)
                .andExpect(jsonPath("$.roadAddress").value("제주특별자치도 제주시 첨단로 243"));
        mvc.perform(post("/api/v1/storefront/me/addresses/{id}/default", officeId).cookie(member.session()))
                .andExpect(status().isOk())
                .andExpect(conforms)
                .andExpect(jsonPath("$.items[0].id").value(officeId))
                .andExpect(jsonPath("$.items[0].defaultAddress").value(true))
                .andExpect(jsonPath("$.items[1].defaultAddress").value(false));

        // Another member's session reaches none of it, and changes nothing.
        mvc.perform(get("/api/v1/storefront/me/addresses/{id}", homeId).cookie(other.session()))
                .andExpect(status().isNotFound()).andExpect(conforms);
        mvc.perform(jsonBody(put("/api/v1/storefront/me/addresses/{id}", homeId), office).cookie(other.session()))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/storefront/me/addresses/{id}", homeId).cookie(other.session()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/storefront/me/addresses/{id}/default", homeId).cookie(other.session()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/storefront/me/addresses").cookie(other.session()))
                .andExpect(jsonPath("$.items.length()").value(0));

        mvc.perform(delete("/api/v1/storefront/me/addresses/{id}", officeId).cookie(member.session()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/storefront/me/addresses").cookie(member.session()))
                .andExpect(status().isOk())
                .andExpect(conforms)
                .andExpect(header().string("Cache-Control", "private, no-cache"))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(homeId))
                .andExpect(jsonPath("$.items[0].label").value("집"))
                .andExpect(jsonPath("$.items[0].defaultAddress").value(true));
    }

    @Test
    void the_member_reads_points_with_history_and_the_coupons_they_can_use() throws Exception {
        Member member = signedIn("api-benefits");
        points.adjust(new PointAdjustment(member.id(), false, Money.won(5_000), null, "이벤트 적립", "admin"));
        points.adjust(new PointAdjustment(member.id(), true, Money.won(1_200), null, "회수", "admin"));
        String name = "API 쿠폰 " + UUID.randomUUID().toString().substring(0, 8);
        long couponId = coupons.create(new CouponDraft(name, CouponKind.FIXED, Money.won(2_000), 0, null,
                Money.won(10_000), Set.of(), Set.of(), Set.of(), null, null, 30, 1, null, CouponIssueMethod.MANUAL,
                null, true));
        try {
            long copy = coupons.issueTo(couponId, member.id(), "admin");

            mvc.perform(get("/api/v1/storefront/me/points").cookie(member.session()))
                    .andExpect(status().isOk())
                    .andExpect(conforms)
                    .andExpect(header().string("Cache-Control", "private, no-cache"))
                    .andExpect(jsonPath("$.balance").value(3_800))
                    .andExpect(jsonPath("$.history.length()").value(2))
                    .andExpect(jsonPath("$.history[0].kind").value("ADJUST"))
                    .andExpect(jsonPath("$.history[0].credit").value(false))
                    .andExpect(jsonPath("$.history[0].amount").value(1_200))
                    .andExpect(jsonPath("$.history[1].credit").value(true))
                    .andExpect(jsonPath("$.history[1].amount").value(5_000))
                    .andExpect(jsonPath("$.history[1].reason").value("이벤트 적립"))
                    .andExpect(jsonPath("$.moreHistory").value(false));
            mvc.perform(get("/api/v1/storefront/me/points").param("limit", "1").cookie(member.session()))
                    .andExpect(jsonPath("$.history.length()").value(1))
                    .andExpect(jsonPath("$.moreHistory").value(true));
            mvc.perform(get("/api/v1/storefront/me/points").param("limit", "0").cookie(member.session()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

            mvc.perform(get("/api/v1/storefront/me/coupons").cookie(member.session()))
                    .andExpect(status().isOk())
                    .andExpect(conforms)
                    .andExpect(header().string("Cache-Control", "private, no-cache"))
                    .andExpect(jsonPath("$.items[?(@.name == '%s')].id".formatted(name)).value((int) copy))
                    .andExpect(jsonPath("$.items[?(@.name == '%s')].amount".formatted(name)).value(2_000))
                    .andExpect(jsonPath("$.items[?(@.name == '%s')].minimumAmount".formatted(name)).value(10_000));
            Member other = signedIn("api-benefits-other");
            mvc.perform(get("/api/v1/storefront/me/coupons").cookie(other.session()))
                    .andExpect(jsonPath("$.items[?(@.name == '%s')]".formatted(name)).isEmpty());
        } finally {
            coupons.deactivate(couponId);
        }
    }
}
