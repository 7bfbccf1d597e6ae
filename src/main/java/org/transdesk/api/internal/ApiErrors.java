package org.transdesk.api.internal;

import java.util.Locale;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.multipart.MultipartException;
import org.transdesk.article.ArticleNotFoundException;
import org.transdesk.article.DuplicateArticleException;
import org.transdesk.base.UserFacingException;
import org.transdesk.review.EditConflictException;
import tools.jackson.core.JacksonException;

/**
 * What the API answers for an exception: the status, a detail a CMS developer can act on, and the
 * headers the status calls for (Allow for 405, Accept for 415). One table for every path an
 * error takes (controller, handler lookup, filters), so the same failure always reads the same.
 */
final class ApiErrors {

    /** An error as answered: a server error ({@code status >= 500}) is logged with its cause, never shown. */
    record Answer(int status, String detail, HttpHeaders headers) {

        Answer(int status, String detail) {
            this(status, detail, HttpHeaders.EMPTY);
        }
    }

    static final String SERVER_ERROR = "Transdesk could not complete this call; the cause is in the server log. Try again, and tell the operator if it persists.";

    private ApiErrors() {
    }

    static Answer of(Throwable e) {
        return switch (e) {
            case ArticleNotFoundException notFound -> new Answer(404, notFound.getMessage());
            case ApiNotFoundException notFound -> new Answer(404, notFound.getMessage());
            case DuplicateArticleException duplicate -> new Answer(409, duplicate.getMessage() + " To import it anyway, send the same request with allowDuplicate=true.",
                    duplicateLink(duplicate));
            case EditConflictException conflict -> new Answer(409, conflict.getMessage());
            case UserFacingException refused -> new Answer(422, refused.getMessage());
            case ApiBadRequestException bad -> new Answer(400, bad.getMessage());
            case ApiPayloadTooLargeException tooLarge -> new Answer(413, tooLarge.getMessage());
            case AccessDeniedException denied -> new Answer(403, "Your role does not allow this (approving, changing the glossary and memory, and reading quality figures need a reviewer's token).");
            case AuthenticationException unauthenticated -> new Answer(401, "This API needs 'Authorization: Bearer <API token>'; create a token under API tokens in Transdesk.");
            case TypeMismatchException mismatch -> new Answer(400, mismatch(mismatch));
            case HttpMessageNotReadableException unreadable -> new Answer(400, unreadable(unreadable));
            case HttpRequestMethodNotSupportedException method -> new Answer(405, "This address does not take " + method.getMethod()
                    + (method.getSupportedHttpMethods() == null ? "." : "; it takes " + String.join(", ", method.getSupportedHttpMethods().stream().map(Object::toString).toList()) + "."),
                    method.getHeaders());
            case HttpMediaTypeNotSupportedException type -> new Answer(415, (type.getContentType() == null ? "A request body of this call needs a Content-Type"
                    : "This call does not take '" + type.getContentType() + "'") + "; send one of " + type.getSupportedMediaTypes() + ".", type.getHeaders());
            case ErrorResponse spring -> new Answer(spring.getStatusCode().value(), spring.getBody().getDetail(), spring.getHeaders());
            case MultipartException multipart -> new Answer(400, "The multipart/form-data body could not be read: send the file as the part named 'file'.");
            case RequestRejectedException rejected -> new Answer(400, "The request was refused: " + rejected.getMessage());
            // Tomcat reads a form body when a filter or Spring asks for parameters; a broken %-escape fails there
            case org.apache.tomcat.util.http.InvalidParameterException form -> new Answer(400,
                    "The form-encoded request body could not be decoded (a broken %-escape or a character outside UTF-8).");
            case java.io.IOException io -> new Answer(400, "The request body could not be read.");
            default -> new Answer(500, SERVER_ERROR);
        };
    }

    /** Where the article already in the library is: a relative link, as RFC 8288 allows. */
    private static HttpHeaders duplicateLink(DuplicateArticleException duplicate) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.LINK, "</api/v1/articles/" + duplicate.existing().id() + ">; rel=\"duplicate\"");
        return headers;
    }

    private static String mismatch(TypeMismatchException e) {
        String name = e.getPropertyName() == null ? "a parameter" : "'" + e.getPropertyName() + "'";
        Class<?> type = e.getRequiredType();
        String expected = type == null ? "another value"
                : type == long.class || type == int.class || type == Long.class || type == Integer.class ? "a whole number"
                : type.isEnum() ? "one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT)
                : "a " + type.getSimpleName().toLowerCase(Locale.ROOT);
        return "The value '" + e.getValue() + "' of " + name + " is not valid: expected " + expected + ".";
    }

    private static String unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof JacksonException json && json.getLocation() != null) {
            return "The JSON body could not be read (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr()
                    + "): " + json.getOriginalMessage().lines().findFirst().orElse("").replaceAll("`[\\w.$]+\\.([\\w$]+)`", "`$1`");
        }
        return "The request body is missing or could not be read.";
    }
}
