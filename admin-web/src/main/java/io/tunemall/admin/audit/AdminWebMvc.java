package io.tunemall.admin.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AdminWebMvc implements WebMvcConfigurer {

    private final AdminWriteAudit writes;

    AdminWebMvc(AdminWriteAudit writes) {
        this.writes = writes;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(writes).addPathPatterns("/admin/**", "/api/v1/admin/**");
    }
}
