package org.transdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.transdesk.support.RawHttp;

/**
 * Bodies above the request limit (8 MB) are answered 413 with a problem document before they are read:
 * 200 MB of text/plain to POST /api/v1/articles were held in memory (+0.5-1.2 GB) before being refused.
 * Each case sends 50 MB and measures what the whole JVM allocated meanwhile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:api-size;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiRequestSizeTest {

    static final long FIFTY_MB = 50L * 1024 * 1024;
    /** Far below the 50 MB sent: what reading headers, security and writing the answer may cost. */
    static final long FLAT = 12L * 1024 * 1024;
    /** A chunked body declares no size: it is read up to the 8 MB limit (twice that allocated) before the refusal. */
    static final long CHUNKED = FLAT + 2 * 8L * 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    String token;

    @BeforeAll
    void token() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("editor", null, "ROLE_EDITOR"));
        try {
            token = tokens.create("size test").secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private RawHttp.Answer send(String contentType, byte[] prefix, long bytes, boolean chunked) throws Exception {
        System.gc();
        long before = RawHttp.allocatedBytes();
        RawHttp.Answer answer = RawHttp.send(port, "POST", "/api/v1/articles",
                Map.of("Authorization", "Bearer " + token, "Content-Type", contentType), prefix, bytes, chunked);
        long allocated = RawHttp.allocatedBytes() - before;
        System.out.printf("%s%s, %d MB: HTTP %d; JVM allocated %.1f MB while it was sent (%.1f MB of it sent before the answer)%n",
                contentType, chunked ? " chunked" : "", bytes >> 20, answer.status(), allocated / 1048576.0, answer.bytesSent() / 1048576.0);
        assertThat(allocated).as("bytes allocated while %d MB were sent", bytes >> 20).isLessThan(chunked ? CHUNKED : FLAT);
        return answer;
    }

    @Test
    void fifty_megabytes_of_declared_text_are_refused_413_from_the_headers_without_being_read() throws Exception {
        RawHttp.Answer answer = send("text/plain; charset=utf-8", new byte[0], FIFTY_MB, false);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":413").contains("max-request-size").contains("\"instance\":\"/api/v1/articles\"");
    }

    @Test
    void fifty_megabytes_of_chunked_text_are_refused_413_once_past_the_limit() throws Exception {
        RawHttp.Answer answer = send("text/plain; charset=utf-8", new byte[0], FIFTY_MB, true);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("\"status\":413");
    }

    @Test
    void a_fifty_megabyte_multipart_upload_is_refused_413_without_being_read() throws Exception {
        byte[] partHead = ("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII);

        RawHttp.Answer answer = send("multipart/form-data; boundary=xyz", partHead, FIFTY_MB, false);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("\"status\":413");
    }

    @Test
    void a_chunked_article_within_the_limit_is_imported_as_before() throws Exception {
        byte[] article = "Chunked import\nIt arrived in pieces.".getBytes(StandardCharsets.UTF_8);

        RawHttp.Answer answer = RawHttp.send(port, "POST", "/api/v1/articles",
                Map.of("Authorization", "Bearer " + token, "Content-Type", "text/plain; charset=utf-8"), article, 0, true);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.body()).contains("\"title\":\"Chunked import\"");
    }
}
