package io.tunemall.sdk.web;

import java.util.Map;
import java.util.Objects;

/**
 * What a route handler answers. Build one with the static methods.
 *
 * @since 1.0.0
 */
public interface Reply {

    /**
     * A page: the fragment {@code content} of the module's template {@code tuning/{module-id}/templates/{template}.html}
     * (in the module's jar), shown inside the storefront's or the admin console's layout under {@code title}. The
     * model's entries are the template's variables; names the platform's layout already uses are not replaced.
     */
    static Reply page(String template, String title, Map<String, ?> model) {
        return new Page(template, title, Map.copyOf(model));
    }

    /** A JSON body (records, maps, lists, strings and numbers) with status 200. */
    static Reply json(Object body) {
        return new Json(200, body);
    }

    static Reply json(int status, Object body) {
        return new Json(status, body);
    }

    /** A redirect (303 See Other) to a path of this shop, such as {@code request.address("/done")}. */
    static Reply redirect(String path) {
        return new Redirect(path);
    }

    /** A file download. */
    static Reply file(String filename, String contentType, byte[] bytes) {
        return new File(filename, contentType, bytes);
    }

    /** An error: problem+json in the API, the shop's error page elsewhere. */
    static Reply problem(int status, String title, String detail) {
        return new Problem(status, title, detail);
    }

    static Reply notFound() {
        return new Problem(404, "Not Found", "There is nothing here");
    }

    /**
     * @since 1.0.0
     */
    record Page(String template, String title, Map<String, Object> model) implements Reply {

        public Page {
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(title, "title");
            if (!template.matches("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*")) {
                throw new IllegalArgumentException("A template name is a path of letters, digits, - and _: " + template);
            }
        }
    }

    /**
     * @since 1.0.0
     */
    record Json(int status, Object body) implements Reply {
    }

    /**
     * @since 1.0.0
     */
    record Redirect(String path) implements Reply {

        public Redirect {
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                throw new IllegalArgumentException("A module redirects within the shop only, to a path starting with /: "
                        + path);
            }
        }
    }

    /**
     * @since 1.0.0
     */
    record File(String filename, String contentType, byte[] bytes) implements Reply {

        public File {
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /**
     * @since 1.0.0
     */
    record Problem(int status, String title, String detail) implements Reply {

        public Problem {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("A problem has an error status, 400 to 599: " + status);
            }
        }
    }
}
