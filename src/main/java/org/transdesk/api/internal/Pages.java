package org.transdesk.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Cursor paging for every list of the API: at most {@code limit} items, and an RFC 8288
 * {@code Link} header with {@code rel="next"} (while more follow) and {@code rel="first"}. The
 * cursor is opaque to clients: the position of the last item of the page, so a page does not
 * shift when items are added meanwhile.
 */
final class Pages {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private Pages() {
    }

    /** The page size asked for: 1 to {@link #MAX_LIMIT}, {@link #DEFAULT_LIMIT} when not given. */
    static int limit(Integer asked) {
        if (asked == null) {
            return DEFAULT_LIMIT;
        }
        if (asked < 1 || asked > MAX_LIMIT) {
            throw new ApiBadRequestException("'limit' must be between 1 and " + MAX_LIMIT + "; got " + asked + ".");
        }
        return asked;
    }

    /** An opaque cursor holding the given parts. */
    static String cursor(String... parts) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor this API gave out, read by {@code reader}; anything else is a 400. */
    static <T> T read(String cursor, int parts, Function<List<String>, T> reader) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = List.of(text.split("\n", -1));
            if (values.size() == parts) {
                return reader.apply(values);
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // not one of ours: answered below
        }
        throw new ApiBadRequestException("The cursor '" + (cursor.length() > 80 ? cursor.substring(0, 80) + "…" : cursor)
                + "' is not one this API gave out: follow the Link header's rel=\"next\" address, or leave the cursor out for the first page.");
    }

    /**
     * The page as a 200 answer: the first {@code limit} items, and Link headers built from the
     * request's own path and query (cursor replaced), made absolute with the public URL when set.
     */
    static <T, R> ResponseEntity<List<R>> answer(HttpServletRequest request, PublicUrl publicUrl, List<T> fetched, int limit,
                                                 Function<T, String> cursorOf, Function<List<T>, List<R>> render) {
        boolean more = fetched.size() > limit;
        List<T> page = more ? fetched.subList(0, limit) : fetched;
        UriComponentsBuilder self = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        List<String> links = new ArrayList<>();
        if (more) {
            links.add(link(publicUrl, self.cloneBuilder().replaceQueryParam("cursor", cursorOf.apply(page.getLast())), "next"));
        }
        links.add(link(publicUrl, self.cloneBuilder().replaceQueryParam("cursor"), "first"));
        return ResponseEntity.ok().header(HttpHeaders.LINK, String.join(", ", links)).body(render.apply(page));
    }

    private static String link(PublicUrl publicUrl, UriComponentsBuilder target, String rel) {
        return "<" + publicUrl.of(target.build().toUriString()) + ">; rel=\"" + rel + "\"";
    }
}
