package kz.urpaq.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One browser's conversation with the app, spoken in Vaadin Flow's own protocol over plain HTTP
 * (what the real client sends was recorded from Chromium against the production jar): sign-in with
 * Spring Security's CSRF token, the bootstrap page and {@code ?v-r=init}, then UIDL requests carrying
 * the security key, {@code syncId} and {@code clientId}. It follows the element tree the server sends
 * (tags, attributes, parents) far enough to find nodes by their {@code id} attribute or tag.
 * Every failure is an {@link IllegalStateException} with the reason.
 */
final class VaadinSession {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    // Feature ids of Flow's state tree (as seen in the UIDL): 0 element data (tag), 2 children,
    // 3 attributes.
    private static final int TAG = 0;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<Integer, Integer> parents = new HashMap<>();
    private final Map<Integer, Map<String, JsonNode>> attributes = new HashMap<>();
    private String securityKey = "";
    private int uiId = -1;
    private int syncId;
    private int clientId;

    VaadinSession(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** GET /login (session cookie and CSRF token) and POST /login: a 302 that is not to the error page. */
    void signIn(String email, String password) throws IOException, InterruptedException {
        var page = send(get("/login"), HttpResponse.BodyHandlers.ofString());
        expect(page, 200, "/login");
        var csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on /login");
        }
        var form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        var answer = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.discarding());
        var location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in refused for " + email + ": " + answer.statusCode() + " " + location);
        }
    }

    /** A cookie the browser holds now, such as HAProxy's URPAQ_NODE (which instance it is on). */
    Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    void forget(String cookie) {
        cookies.remove(cookie);
    }

    /**
     * The bootstrap page, {@code ?v-r=init} (the UI) and the {@code ui-navigate} event that builds the view;
     * returns that event's answer. A page that sends the browser to sign in fails with "answered 302".
     */
    JsonNode open(String route) throws IOException, InterruptedException {
        expect(send(get("/" + route), HttpResponse.BodyHandlers.discarding()), 200, "/" + route);
        var init = send(get("/?v-r=init&location=" + encode(route) + "&query="), HttpResponse.BodyHandlers.ofString());
        expect(init, 200, "init");
        var config = JSON.readTree(init.body()).path("appConfig");
        securityKey = config.path("uidl").path("Vaadin-Security-Key").asString();
        uiId = config.path("v-uiId").asInt(-1);
        if (securityKey.isEmpty() || uiId < 0) {
            throw new IllegalStateException("init without a UI: " + init.body().substring(0, Math.min(200, init.body().length())));
        }
        syncId = config.path("uidl").path("syncId").asInt(0);
        clientId = 0;
        tags.clear();
        parents.clear();
        attributes.clear();
        apply(config.path("uidl"));
        var navigate = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        navigate.putObject("data").put("route", "/" + route).put("query", "").put("appShellTitle", "")
                .put("trigger", "").putObject("historyState").put("idx", 0);
        return uidl(navigate);
    }

    /** Types into a text field as the browser reports it: the value, then the (debounced) input event. */
    JsonNode type(int node, String value) throws IOException, InterruptedException {
        var sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", "value").put("value", value);
        var input = JSON.createObjectNode().put("type", "event").put("node", node).put("event", "input");
        input.putObject("data").put("1", 1).put("for", "trailing");
        return uidl(sync, input);
    }

    JsonNode event(int node, String event) throws IOException, InterruptedException {
        return uidl(JSON.createObjectNode().put("type", "event").put("node", node).put("event", event));
    }

    /** The event vaadin-upload's Flow connector sends when a file is done (the client evaluates that expression). */
    JsonNode uploadSucceeded(int node) throws IOException, InterruptedException {
        var event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", "upload-success");
        event.putObject("data").put("element.files.some(file => file.uploading)", false);
        return uidl(event);
    }

    JsonNode click(int node) throws IOException, InterruptedException {
        var click = JSON.createObjectNode().put("type", "event").put("node", node).put("event", "click");
        click.putObject("data").put("event.detail", 1).put("event.button", 0);
        return uidl(click);
    }

    /** What vaadin-upload sends for one file in its raw format: the bytes, the type and the name. */
    void upload(String target, String fileName, String contentType, byte[] content) throws IOException, InterruptedException {
        var answer = send(request("/" + target).header("Content-Type", contentType)
                .header("X-Filename", encode(fileName)).POST(HttpRequest.BodyPublishers.ofByteArray(content)),
                HttpResponse.BodyHandlers.ofString());
        expect(answer, 200, "upload");
    }

    /** One UIDL round trip; the answer's changes are applied to the tree kept here. */
    JsonNode uidl(ObjectNode... rpcs) throws IOException, InterruptedException {
        var body = JSON.createObjectNode().put("csrfToken", securityKey);
        ArrayNode list = body.putArray("rpc");
        for (var rpc : rpcs) {
            list.add(rpc);
        }
        body.put("syncId", syncId).put("clientId", clientId);
        var answer = send(request("/?v-r=uidl&v-uiId=" + uiId).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), HttpResponse.BodyHandlers.ofString());
        expect(answer, 200, "uidl");
        var text = answer.body();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        var json = JSON.readTree(text);
        if (json.isArray()) {
            json = json.path(0);
        }
        if (json.has("appError") || json.path("meta").has("sessionExpired") || json.path("meta").has("appError")) {
            throw new IllegalStateException("the server answered with an error: " + abbreviate(text));
        }
        if (!json.has("syncId")) {
            throw new IllegalStateException("not a UIDL answer: " + abbreviate(text));
        }
        syncId = json.path("syncId").asInt();
        clientId = json.path("clientId").asInt(clientId + 1);
        apply(json);
        return json;
    }

    private void apply(JsonNode uidl) {
        for (var change : uidl.path("changes")) {
            var node = change.path("node").asInt();
            var feature = change.path("feat").asInt(-1);
            switch (change.path("type").asString()) {
                case "put" -> {
                    if (feature == TAG && "tag".equals(change.path("key").asString())) {
                        tags.put(node, change.path("value").asString());
                    } else if (feature == ATTRIBUTES) {
                        attributes.computeIfAbsent(node, n -> new HashMap<>()).put(change.path("key").asString(),
                                change.path("value"));
                    }
                }
                case "splice" -> {
                    if (feature == CHILDREN) {
                        change.path("addNodes").forEach(child -> parents.put(child.asInt(), node));
                    }
                }
                case "detach" -> {
                    tags.remove(node);
                    attributes.remove(node);
                    parents.remove(node);
                }
                default -> { }
            }
        }
    }

    /** The node whose {@code id} attribute is this. */
    int byId(String id) {
        return find(node -> attribute(node, "id").filter(id::equals).isPresent())
                .orElseThrow(() -> new IllegalStateException("no element #" + id + " on the page"));
    }

    Optional<Integer> findById(String id) {
        return find(node -> attribute(node, "id").filter(id::equals).isPresent());
    }

    /** The newest node of this tag, if there is one. */
    Optional<Integer> newest(String tag) {
        return tags.entrySet().stream().filter(e -> e.getValue().equals(tag)).map(Map.Entry::getKey)
                .max(Integer::compare);
    }

    /** The newest node of this tag inside an element that has this attribute value. */
    int within(String tag, String attribute, String value) {
        return find(node -> tag.equals(tags.get(node)) && ancestors(node, attribute, value))
                .orElseThrow(() -> new IllegalStateException("no " + tag + " inside [" + attribute + "=" + value + "]"));
    }

    Optional<String> attribute(int node, String name) {
        var value = attributes.getOrDefault(node, Map.of()).get(name);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(value.isObject() && value.has("uri") ? value.path("uri").asString() : value.asString());
    }

    private boolean ancestors(int node, String attribute, String value) {
        for (Integer at = node; at != null; at = parents.get(at)) {
            if (attribute(at, attribute).filter(value::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private Optional<Integer> find(Predicate<Integer> test) {
        return tags.keySet().stream().filter(test).max(Integer::compare)
                .or(() -> attributes.keySet().stream().filter(test).max(Integer::compare));
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Accept-Language", "kk");
        if (!cookies.isEmpty()) {
            var header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
            builder.header("Cookie", header.toString());
        }
        return builder;
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        var response = http.send(request.build(), body);
        for (var setCookie : response.headers().allValues("Set-Cookie")) {
            var pair = setCookie.split(";", 2)[0];
            var equals = pair.indexOf('=');
            if (equals > 0) {
                var value = pair.substring(equals + 1).strip();
                if (value.isEmpty()) {
                    cookies.remove(pair.substring(0, equals).strip()); // Max-Age=0: forget it
                } else {
                    cookies.put(pair.substring(0, equals).strip(), value);
                }
            }
        }
        return response;
    }

    private static void expect(HttpResponse<?> response, int status, String what) {
        if (response.statusCode() != status) {
            var body = response.body() instanceof String text ? " " + abbreviate(text) : "";
            body += response.headers().firstValue("Location").map(location -> " to " + location).orElse("");
            throw new IllegalStateException(what + " answered " + response.statusCode() + body);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
