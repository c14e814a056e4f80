package io.tunemall.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The admin product form as a browser posts it: every field by its name, files as multipart parts. */
final class ProductFormPost {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, MockMultipartFile> files = new LinkedHashMap<>();

    /** A T-shirt in 블랙/화이트 x S/M, with the four variants filled in. */
    static ProductFormPost tee(String name, String slug, long categoryId, String status) {
        ProductFormPost form = new ProductFormPost()
                .set("name", name).set("slug", slug).set("categoryId", String.valueOf(categoryId)).set("brandId", "")
                .set("status", status).set("price", "19,000").set("listPrice", "25000").set("salePrice", "")
                .set("saleStartsAt", "").set("saleEndsAt", "").set("summary", "가볍고 부드러운 코튼 티셔츠")
                .set("description", "<p>부드러운 <b>코튼</b></p>").set("tags", "여름, 코튼")
                .set("axes[0].name", "색상").set("axes[0].values", "블랙, 화이트")
                .set("axes[1].name", "사이즈").set("axes[1].values", "S, M");
        String[] combinations = {"블랙 / S", "블랙 / M", "화이트 / S", "화이트 / M"};
        int[] stock = {10, 3, 8, 12};
        for (int i = 0; i < combinations.length; i++) {
            form.variant(i, combinations[i], slug.toUpperCase() + "-" + (i + 1), "0", String.valueOf(stock[i]), "");
        }
        return form;
    }

    ProductFormPost set(String field, String value) {
        fields.put(field, value);
        return this;
    }

    ProductFormPost variant(int row, String combination, String sku, String priceDifference, String stock, String barcode) {
        String prefix = "variants[" + row + "].";
        return set(prefix + "optionValues", combination).set(prefix + "sku", sku)
                .set(prefix + "priceDifference", priceDifference).set(prefix + "stock", stock).set(prefix + "barcode", barcode);
    }

    ProductFormPost upload(int row, String fileName, String contentType, byte[] content, String optionValue) {
        files.put(fileName, new MockMultipartFile("uploads[" + row + "].files", fileName, contentType, content));
        return set("uploads[" + row + "].optionValue", optionValue);
    }

    MockMultipartHttpServletRequestBuilder post(String path, Cookie session) {
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        files.values().forEach(request::file);
        fields.forEach(request::param);
        request.cookie(session).with(csrf());
        return request;
    }
}
