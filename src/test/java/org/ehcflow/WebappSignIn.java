package org.ehcflow;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A person signed in to the Camunda webapps as Tasklist signs them in (session cookie and the webapps' CSRF token),
 * calling what Tasklist calls: the webapps' own engine REST under /camunda/api/engine and the product's pages.
 */
public final class WebappSignIn {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    private WebappSignIn(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static WebappSignIn as(int port, String user) {
        return as(port, user, "tasklist");
    }

    /** Signed in to one of the webapps ({@code tasklist}, {@code cockpit}, {@code admin}), as that app's login page does. */
    public static WebappSignIn as(int port, String user, String app) {
        WebappSignIn session = new WebappSignIn(port);
        session.get("/camunda/app/tasklist/");
        HttpResponse<String> login = session.send("POST", "/camunda/api/admin/auth/user/default/login/" + app,
                "application/x-www-form-urlencoded", "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(TestUsers.passwordOf(user), StandardCharsets.UTF_8));
        if (login.statusCode() != 200) {
            throw new IllegalStateException("sign-in as " + user + " answered " + login.statusCode() + ": " + login.body());
        }
        session.get("/camunda/api/engine/engine/");   // the signed-in session's own CSRF token
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    /** A call to the webapps' engine REST, as Tasklist makes it: {@code /engine/default} + path. */
    public HttpResponse<String> engine(String method, String path, String json) {
        return send(method, "/camunda/api/engine/engine/default" + path, "application/json", json);
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json, text/html");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        csrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private java.util.Optional<String> csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst();
    }
}
