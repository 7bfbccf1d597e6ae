package org.transdesk.base;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A multipart upload the servlet container stopped at {@code spring.servlet.multipart.max-*-size}
 * (one sent chunked, so {@link RequestSizeLimit} could not refuse it from its headers): 413 as a
 * problem document, like every other API error.
 */
@RestControllerAdvice
class UploadTooLargeAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The upload is larger than this server accepts (spring.servlet.multipart.max-file-size / max-request-size). Send a smaller file.");
        problem.setTitle("Content Too Large");
        return problem;
    }
}
