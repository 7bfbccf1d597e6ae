package org.transdesk.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser session over plain HTTP (own cookies, no redirects followed): signs in through the
 * login form as a browser does, with the CSRF token the login page carries, and asks for pages.
 */
public final class WebSession {

    private static final Pattern META = Pattern.compile("<meta\\s+name=\"(_csrf(?:_parameter)?)\"\\s+content=\"([^\"]*)\"");

    private final String base;
    private final HttpClient http;

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** GET; the answer as is (a redirect is not followed). */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF parameter name and token of the login page (as Vaadin puts them in meta tags for its login form). */
    public Optional<String[]> loginToken() throws IOException, InterruptedException {
        String page = get("/login").body();
        String name = null;
        String token = null;
        for (Matcher m = META.matcher(page); m.find(); ) {
            if (m.group(1).equals("_csrf")) {
                token = m.group(2);
            } else {
                name = m.group(2);
            }
        }
        return token == null ? Optional.empty() : Optional.of(new String[] {name == null ? "_csrf" : name, token});
    }

    /** POST /login as the login form does, with the page's CSRF token when {@code withToken}. */
    public HttpResponse<String> postLogin(String user, String password, boolean withToken) throws IOException, InterruptedException {
        StringBuilder form = new StringBuilder("username=" + enc(user) + "&password=" + enc(password));
        if (withToken) {
            String[] token = loginToken().orElseThrow(() -> new AssertionError("the login page carries no CSRF token"));
            form.append('&').append(enc(token[0])).append('=').append(enc(token[1]));
        } else {
            get("/login");
        }
        return http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in and checks it worked: a redirect away from the login page. */
    public WebSession signIn(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> answer = postLogin(user, password, true);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new AssertionError("sign-in as " + user + " failed: " + answer.statusCode() + " " + location);
        }
        return this;
    }

    /** POST /logout with the session's CSRF token, as Spring Security's logout expects. */
    public HttpResponse<String> postLogout() throws IOException, InterruptedException {
        String page = get("/import").body();
        Matcher m = META.matcher(page);
        String token = null;
        while (m.find()) {
            if (m.group(1).equals("_csrf")) {
                token = m.group(2);
            }
        }
        return http.send(HttpRequest.newBuilder(URI.create(base + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(token == null ? "" : "_csrf=" + enc(token))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Whether a protected page opens in this session (200) rather than sending it to the login page. */
    public boolean signedIn() throws IOException, InterruptedException {
        HttpResponse<String> page = get("/import");
        return page.statusCode() == 200;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
