package io.tunemall.platform.tuning.web;

import io.tunemall.platform.tuning.ModulePermissions;
import io.tunemall.sdk.web.Area;
import io.tunemall.sdk.web.RouteRequest;
import io.tunemall.sdk.web.Upload;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/** A servlet request as a module's route handler sees it: no servlet or Spring type crosses into the module. */
final class ServletRouteRequest implements RouteRequest {

    private final HttpServletRequest request;
    private final Area area;
    private final String module;
    private final String path;
    private final Map<String, String> variables;
    private final ModulePermissions permissions;

    ServletRouteRequest(HttpServletRequest request, ModuleAddress address, Map<String, String> variables,
            ModulePermissions permissions) {
        this.permissions = permissions;
        this.request = request;
        this.area = address.area();
        this.module = address.module();
        this.path = address.path();
        this.variables = Map.copyOf(variables);
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String pathVariable(String name) {
        String value = variables.get(name);
        if (value == null) {
            throw new IllegalArgumentException("The route's path has no variable {" + name + "}");
        }
        return value;
    }

    @Override
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(request.getParameter(name));
    }

    @Override
    public List<String> parameters(String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : Arrays.asList(values);
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(request.getHeader(name));
    }

    @Override
    public Optional<Upload> upload(String field) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null) {
            MultipartFile file = multipart.getFile(field);
            if (file == null || file.isEmpty() || file.getOriginalFilename() == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Upload(field, file.getOriginalFilename(), file.getContentType(), file.getBytes()));
            } catch (IOException failure) {
                throw new UncheckedIOException("Cannot read the uploaded file " + field, failure);
            }
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return Optional.empty();
        }
        try {
            Part part = request.getPart(field);
            if (part == null || part.getSubmittedFileName() == null || part.getSubmittedFileName().isEmpty()) {
                return Optional.empty();
            }
            try (InputStream content = part.getInputStream()) {
                return Optional.of(new Upload(field, part.getSubmittedFileName(), part.getContentType(),
                        content.readAllBytes()));
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot read the uploaded file " + field, failure);
        } catch (ServletException notMultipart) {
            return Optional.empty();
        }
    }

    @Override
    public String body() {
        Charset charset = request.getCharacterEncoding() == null ? StandardCharsets.UTF_8
                : Charset.forName(request.getCharacterEncoding());
        try (InputStream content = request.getInputStream()) {
            return new String(content.readAllBytes(), charset);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot read the request body", failure);
        }
    }

    @Override
    public Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    @Override
    public Optional<String> user() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return ModuleRouteAccess.signedIn(user) ? Optional.of(user.getName()) : Optional.empty();
    }

    @Override
    public boolean hasPermission(String permission) {
        return permissions.allows(SecurityContextHolder.getContext().getAuthentication(), module, permission);
    }

    @Override
    public String address(String path) {
        return request.getContextPath() + area.address(module, path);
    }
}
