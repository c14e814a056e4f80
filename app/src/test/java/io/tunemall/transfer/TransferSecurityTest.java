package io.tunemall.transfer;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class TransferSecurityTest {

    static final String[] PAGES = {"/admin/products/import", "/admin/products/import/1",
        "/admin/products/import/1/status", "/admin/products/import/1/problems.csv", "/admin/products/export?format=csv"};

    @Autowired
    MockMvc mvc;

    @Test
    void strangers_are_sent_to_the_staff_login() throws Exception {
        for (String page : PAGES) {
            mvc.perform(get(page)).andExpect(redirectedUrl("/admin/login"));
        }
        mvc.perform(multipart("/admin/products/import").file(new MockMultipartFile("file", "a.csv", "text/csv",
                new byte[] {1})).with(csrf())).andExpect(redirectedUrl("/admin/login"));
    }

    @Test
    void a_signed_in_account_without_the_staff_authority_gets_no_access() throws Exception {
        for (String page : PAGES) {
            mvc.perform(get(page).with(user("shopper").roles("MEMBER"))).andExpect(status().isForbidden());
        }
        mvc.perform(multipart("/admin/products/import").file(new MockMultipartFile("file", "a.csv", "text/csv",
                        new byte[] {1})).with(csrf()).with(user("shopper").roles("MEMBER")))
                .andExpect(status().isForbidden());
    }
}
