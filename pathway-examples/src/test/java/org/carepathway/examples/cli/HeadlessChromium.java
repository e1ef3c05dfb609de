package org.carepathway.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven over the DevTools protocol with nothing but the JDK: Chromium listens on a debugging
 * port it picks, prints its WebSocket address on stderr, and {@code java.net.http.WebSocket} speaks the protocol.
 * One page, attached in flat mode; every event is kept so that a test can look for console errors afterwards.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final List<String> stderr = new CopyOnWriteArrayList<>();
    private final String session;

    /** The Chromium on the PATH, as Debian's package installs it, or the one named by {@code CHROMIUM}. */
    static Optional<Path> find() {
        String named = System.getenv("CHROMIUM");
        if (named != null && Files.isExecutable(Path.of(named))) {
            return Optional.of(Path.of(named));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Starts Chromium with no network: every host name resolves to nothing and every connection goes to a proxy
     * that is not there, so a page that tried to fetch anything would fail to (and the test sees the request).
     */
    HeadlessChromium(Path chromium, Path profile) throws IOException, InterruptedException {
        process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile,
                "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                "--remote-debugging-port=0", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        CompletableFuture<String> address = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    stderr.add(line);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        address.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                address.completeExceptionally(e);
            }
            address.completeExceptionally(new IllegalStateException("Chromium exited before listening:\n"
                    + String.join("\n", stderr)));
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(address.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)), new Listener())
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            String target = call(null, "Target.createTarget", json.createObjectNode().put("url", "about:blank"))
                    .get("targetId").asText();
            session = call(null, "Target.attachToTarget",
                    json.createObjectNode().put("targetId", target).put("flatten", true)).get("sessionId").asText();
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("cannot drive Chromium: " + e + "\n" + String.join("\n", stderr), e);
        }
    }

    /** Sends a command to the page and waits for its result. */
    JsonNode send(String method, ObjectNode params) {
        return call(session, method, params);
    }

    ObjectNode params() {
        return json.createObjectNode();
    }

    /** Waits until the page has sent this event. */
    JsonNode awaitEvent(String method) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode event : events) {
                if (method.equals(event.path("method").asText())) {
                    return event;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + method + " within " + TIMEOUT);
    }

    /** Every event received so far, in order. */
    List<JsonNode> events() {
        return new ArrayList<>(events);
    }

    private JsonNode call(String sessionId, String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(message.toString(), true).join();
        JsonNode reply;
        try {
            reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer: " + e, e);
        }
        if (reply.has("error")) {
            throw new IllegalStateException(method + " failed: " + reply.get("error"));
        }
        return reply.get("result");
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        } finally {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Puts the parts of each message together, then answers a command or keeps an event. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                try {
                    JsonNode node = json.readTree(message.toString());
                    if (node.has("id")) {
                        CompletableFuture<JsonNode> answer = pending.remove(node.get("id").asInt());
                        if (answer != null) {
                            answer.complete(node);
                        }
                    } else {
                        events.add(node);
                    }
                } catch (IOException e) {
                    events.add(json.createObjectNode().put("method", "unreadable").put("text", message.toString()));
                }
                message.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
