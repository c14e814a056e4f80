package io.tunemall.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Korean first, English too. A shopper's explicit choice ({@code ?lang=en}, remembered in a cookie) wins; otherwise
 * the browser's Accept-Language picks one of the supported languages; otherwise Korean.
 */
@Configuration(proxyBeanMethods = false)
class ShopLocales implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.KOREAN, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver fromBrowser = new AcceptHeaderLocaleResolver();
        fromBrowser.setSupportedLocales(SUPPORTED);
        fromBrowser.setDefaultLocale(Locale.KOREAN);
        CookieLocaleResolver chosen = new CookieLocaleResolver("tunemall_lang");
        chosen.setCookieMaxAge(Duration.ofDays(365));
        chosen.setDefaultLocaleFunction(fromBrowser::resolveLocale);
        return chosen;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
