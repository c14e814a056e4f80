package io.tunemall.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tunemall.catalog.api.ProductChanged;
import io.tunemall.catalog.category.Categories;
import io.tunemall.catalog.category.Category;
import io.tunemall.catalog.product.Product;
import io.tunemall.catalog.product.Products;
import io.tunemall.platform.media.MediaStore;
import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole purchase in a real browser on a phone-sized screen: Debian's Chromium, headless, driven through Debian's
 * chromedriver (nothing is downloaded). A guest picks colour and size, checks out with the test gateway, staff
 * prepares and ships it in admin with a tracking number, and the guest finds it, with the tracking link, in the
 * order look-up. Every step leaves a screenshot in target/browser-screenshots/ for a person to look at.
 */
@IntegrationTest
class PurchaseInBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    ChromeDriver browser;
    WebDriverWait wait;
    int step;

    @BeforeEach
    void openBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's Chromium is not installed (/usr/bin/chromium): skipping the "
                + "browser test; apt-get install -y chromium chromium-driver fonts-noto-cjk");
        assertThat(CHROMEDRIVER).as("chromium is installed without its driver: apt-get install -y chromium-driver")
                .isExecutable();
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=ko-KR");
        // A phone's screen (390 x 844 CSS pixels, as an iPhone 14) and a Korean shopper's browser.
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", 390, "height", 844, "pixelRatio", 1.0, "touch", true, "mobile", true)));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ko-KR,ko"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            // The page as the browser last showed it: after a failure, this is what the failed step saw.
            screenshot("last-page");
            Files.writeString(SCREENSHOTS.resolve("last-page.html"), browser.getPageSource());
            browser.quit();
        }
    }

    @Test
    void a_guest_buys_a_colour_and_size_on_a_phone_staff_handles_it_and_the_guest_looks_it_up() throws IOException {
        String slug = productWithColoursAndSizes();
        String sku = "TEE-" + suffix.toUpperCase() + "-IVORY-M";

        // The product page; the ivory swatch shows ivory's sizes, and M is picked.
        open("/products/" + slug);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("브라우저 티셔츠 " + suffix);
        screenshot("product");
        browser.findElement(By.cssSelector(".swatch[data-color='아이보리']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("selected-colour"), "아이보리"));
        WebElement size = visibleChoice("아이보리", "M");
        size.click();
        assertThat(size.findElement(By.tagName("input")).isSelected()).isTrue();
        screenshot("colour-and-size-picked");
        browser.findElement(By.cssSelector("button.add-to-cart")).click();

        // The cart, then the one-page checkout with a Korean address and the guest's order password.
        wait.until(ExpectedConditions.urlContains("/cart"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("브라우저 티셔츠 " + suffix, "아이보리 / M");
        screenshot("cart");
        browser.findElement(By.cssSelector("a.button.primary[href='/checkout']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ordererName")));
        type("ordererName", "홍길동");
        type("ordererPhone", "010-1234-5678");
        type("ordererEmail", "hong@example.com");
        type("recipientName", "김수령");
        type("recipientPhone", "010-9876-5432");
        type("postalCode", "04524");
        type("roadAddress", "서울특별시 중구 세종대로 110");
        type("detailAddress", "3층 301호");
        type("deliveryMessage", "문 앞에 놓아 주세요");
        type("guestPassword", "7777");
        type("guestPasswordConfirm", "7777");
        screenshot("checkout-filled");
        WebElement place = browser.findElement(By.cssSelector("button.place"));
        assertThat(place.getText()).isEqualTo("32,000원 주문하기");
        place.click();

        // The test gateway's own approval page, then back to the shop's order-complete page.
        wait.until(ExpectedConditions.urlContains("/pay/test/"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("32,000");
        screenshot("test-gateway");
        browser.findElement(By.cssSelector("button.pay-button.primary")).click();
        wait.until(ExpectedConditions.urlContains("/checkout/complete"));
        String orderNumber = browser.findElement(By.cssSelector(".order-number")).getText();
        assertThat(orderNumber).matches("\\d{8}-\\d{6}");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("결제 완료", "32,000원",
                "결제가 완료되었습니다.");
        screenshot("order-complete");
        assertThat(jdbc.queryForObject("SELECT stock FROM product_variant WHERE sku = ?", Integer.class, sku))
                .isEqualTo(2);

        // Staff logs into admin and starts preparing the order.
        open("/admin/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("it-owner-password");
        screenshot("admin-login");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/admin/login")));
        open("/admin/orders/" + orderNumber);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(orderNumber, "결제 완료");
        screenshot("admin-order");
        // Wider than the phone, the page would zoom out and taps would land beside the buttons.
        assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth")).as("page width; wider: %s", browser.executeScript("return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > 395).slice(0,12).map(e => e.tagName + '.' + e.className + '#' + e.id + ':' + Math.round(e.getBoundingClientRect().right) + '/' + Math.round(e.getBoundingClientRect().width)).join(';')"))
                .isLessThanOrEqualTo(390L);
        browser.findElement(By.cssSelector("form[action='/admin/orders/" + orderNumber + "/prepare'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "배송 준비 중"));
        screenshot("admin-order-preparing");
        assertThat(jdbc.queryForObject("SELECT state FROM shop_order WHERE order_number = ?", String.class,
                orderNumber)).isEqualTo("PREPARING");

        // Staff ships it with CJ대한통운 and a tracking number.
        new Select(browser.findElement(By.cssSelector("form.ship-form select[name=carrier]"))).selectByVisibleText("CJ대한통운");
        browser.findElement(By.cssSelector("form.ship-form input[name=trackingNumber]")).sendKeys("640123456789");
        screenshot("admin-ship-form");
        browser.findElement(By.cssSelector("form.ship-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shipments"), "640123456789"));
        screenshot("admin-order-shipped");
        assertThat(jdbc.queryForObject("SELECT state FROM shop_order WHERE order_number = ?", String.class,
                orderNumber)).isEqualTo("SHIPPED");

        // The guest's order look-up, in a fresh browser session (no staff cookie, no shop session).
        browser.manage().deleteAllCookies();
        open("/orders/lookup");
        browser.findElement(By.id("orderNumber")).sendKeys(orderNumber);
        browser.findElement(By.id("phone")).sendKeys("01012345678");
        browser.findElement(By.id("password")).sendKeys("7777");
        screenshot("lookup-filled");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "640123456789"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(orderNumber, "배송 중", "CJ대한통운",
                "브라우저 티셔츠 " + suffix, "아이보리 / M", "서울특별시 중구 세종대로 110");
        assertThat(browser.findElement(By.cssSelector("a[href*='640123456789']")).getAttribute("href"))
                .startsWith("https://");
        screenshot("lookup-found");
    }

    /** A product with two colours and two sizes, written the way the admin console writes products. */
    private String productWithColoursAndSizes() {
        Categories categories = context.getBean(Categories.class);
        Products products = context.getBean(Products.class);
        MediaStore media = context.getBean(MediaStore.class);
        String slug = "browser-tee-" + suffix;
        return context.getBean(TransactionTemplate.class).execute(status -> {
            Category category = categories.save(new Category(null, "브라우저 " + suffix, "browser-" + suffix, 0,
                    Instant.now()));
            Product product = new Product(category.id(), "브라우저 티셔츠 " + suffix, slug, null, Money.won(29_000),
                    Money.won(35_000), Instant.parse("2001-01-01T00:00:00Z"));
            List.of("블랙", "아이보리").forEach(colour -> product.addOptionValue("색상", colour));
            List.of("S", "M").forEach(size -> product.addOptionValue("사이즈", size));
            String prefix = "TEE-" + suffix.toUpperCase();
            product.addVariant(prefix + "-BLACK-S", "블랙 / S", Money.ZERO, 3);
            product.addVariant(prefix + "-BLACK-M", "블랙 / M", Money.ZERO, 3);
            product.addVariant(prefix + "-IVORY-S", "아이보리 / S", Money.ZERO, 3);
            product.addVariant(prefix + "-IVORY-M", "아이보리 / M", Money.ZERO, 3);
            // Swatches are the colours that have their own pictures.
            for (String[] colour : new String[][] {{"블랙", "222222"}, {"아이보리", "f3eedf"}}) {
                String path = "browser-test/" + suffix + "-" + colour[1] + ".svg";
                media.store(path, ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"750\">"
                        + "<rect width=\"600\" height=\"750\" fill=\"#" + colour[1] + "\"/></svg>")
                        .getBytes(StandardCharsets.UTF_8));
                product.addImage(colour[0], path, "브라우저 티셔츠 " + colour[0]);
            }
            Product saved = products.save(product);
            context.publishEvent(new ProductChanged(saved.id(), Instant.now()));
            return slug;
        });
    }

    private WebElement visibleChoice(String colour, String size) {
        return wait.until(driver -> driver.findElements(By.cssSelector(".choice[data-color='" + colour + "']")).stream()
                .filter(WebElement::isDisplayed).filter(choice -> choice.getText().startsWith(size))
                .findFirst().orElse(null));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(String.format("%02d-%s.png", ++step, name)),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
