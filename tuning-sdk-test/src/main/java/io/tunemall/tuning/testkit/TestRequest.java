package io.tunemall.tuning.testkit;

import io.tunemall.sdk.web.Area;
import io.tunemall.sdk.web.RouteRequest;
import io.tunemall.sdk.web.Upload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A request to one of a module's routes, built by a test, to call a route handler without the platform:
 *
 * <pre>{@code
 * Reply reply = handler.handle(TestRequest.get(Area.STOREFRONT, "acme.fit-finder", "/quiz").parameter("size", "M"));
 * }</pre>
 */
public final class TestRequest implements RouteRequest {

    private final Area area;
    private final String module;
    private final String method;
    private final String path;
    private final Map<String, String> variables = new HashMap<>();
    private final Map<String, List<String>> parameters = new LinkedHashMap<>();
    private final Map<String, String> headers = new HashMap<>();
    private final Map<String, Upload> uploads = new HashMap<>();
    private final Set<String> permissions = new HashSet<>();
    private String body = "";
    private Locale locale = Locale.KOREAN;
    private String user;

    private TestRequest(Area area, String module, String method, String path) {
        this.area = area;
        this.module = module;
        this.method = method;
        this.path = path;
    }

    public static TestRequest get(Area area, String module, String path) {
        return new TestRequest(area, module, "GET", path);
    }

    public static TestRequest post(Area area, String module, String path) {
        return new TestRequest(area, module, "POST", path);
    }

    public TestRequest pathVariable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    public TestRequest parameter(String name, String value) {
        parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        return this;
    }

    public TestRequest header(String name, String value) {
        headers.put(name.toLowerCase(Locale.ROOT), value);
        return this;
    }

    public TestRequest upload(String field, String filename, String contentType, byte[] bytes) {
        uploads.put(field, new Upload(field, filename, contentType, bytes));
        return this;
    }

    public TestRequest body(String text) {
        this.body = text;
        return this;
    }

    public TestRequest locale(Locale language) {
        this.locale = language;
        return this;
    }

    /** Signs the request in as this user, holding these permissions of the module. */
    public TestRequest user(String name, String... heldPermissions) {
        this.user = name;
        permissions.addAll(List.of(heldPermissions));
        return this;
    }

    @Override
    public String method() {
        return method;
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
        return parameters(name).stream().findFirst();
    }

    @Override
    public List<String> parameters(String name) {
        return List.copyOf(parameters.getOrDefault(name, List.of()));
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<Upload> upload(String field) {
        return Optional.ofNullable(uploads.get(field));
    }

    @Override
    public String body() {
        return body;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    @Override
    public boolean hasPermission(String permission) {
        return permissions.contains(permission);
    }

    @Override
    public String address(String path) {
        return area.address(module, path);
    }
}
