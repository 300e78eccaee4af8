package dev.backstride.journeys;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Switches Chromium's network off and on through the DevTools protocol, for the page and for its
 * service worker alike: emulating "offline" on the page alone leaves the worker's own requests
 * online. Talks to the browser's DevTools endpoint directly (the one chromedriver uses), so it does
 * not depend on the protocol version Selenium was built for.
 */
final class Connectivity implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WebSocket socket;

	private final AtomicInteger ids = new AtomicInteger();

	private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();

	/** DevTools session per target id, attached once. */
	private final Map<String, String> sessions = new HashMap<>();

	private Connectivity(WebSocket socket) {
		this.socket = socket;
	}

	static Connectivity of(WebDriver driver) throws Exception {
		@SuppressWarnings("unchecked")
		Map<String, Object> options = (Map<String, Object>) ((HasCapabilities) driver).getCapabilities()
			.getCapability("goog:chromeOptions");
		String address = (String) options.get("debuggerAddress");
		HttpClient http = HttpClient.newHttpClient();
		String version = http
			.send(HttpRequest.newBuilder(URI.create("http://" + address + "/json/version")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		String url = JSON.readTree(version).get("webSocketDebuggerUrl").asString();
		Listener listener = new Listener();
		Connectivity connectivity = new Connectivity(
				http.newWebSocketBuilder().buildAsync(URI.create(url), listener).get(10, TimeUnit.SECONDS));
		listener.owner = connectivity;
		return connectivity;
	}

	void offline() throws Exception {
		emulate(true);
	}

	void online() throws Exception {
		emulate(false);
	}

	private void emulate(boolean offline) throws Exception {
		for (JsonNode target : call(null, "Target.getTargets", Map.of()).get("targetInfos")) {
			String type = target.get("type").asString();
			if (!type.equals("page") && !type.equals("service_worker")) {
				continue;
			}
			String targetId = target.get("targetId").asString();
			String session = this.sessions.get(targetId);
			if (session == null) {
				session = call(null, "Target.attachToTarget", Map.of("targetId", targetId, "flatten", true))
					.get("sessionId")
					.asString();
				this.sessions.put(targetId, session);
				call(session, "Network.enable", Map.of());
			}
			call(session, "Network.emulateNetworkConditions",
					Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
		}
	}

	private JsonNode call(String session, String method, Map<String, Object> params) throws Exception {
		int id = this.ids.incrementAndGet();
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("id", id);
		message.put("method", method);
		message.put("params", params);
		if (session != null) {
			message.put("sessionId", session);
		}
		CompletableFuture<JsonNode> reply = new CompletableFuture<>();
		this.replies.put(id, reply);
		this.socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
		JsonNode answer = reply.get(10, TimeUnit.SECONDS);
		if (answer.has("error")) {
			throw new IllegalStateException(method + ": " + answer.get("error"));
		}
		return answer.get("result");
	}

	@Override
	public void close() {
		this.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
	}

	private static final class Listener implements WebSocket.Listener {

		private final StringBuilder partial = new StringBuilder();

		private Connectivity owner;

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.partial.append(data);
			if (last) {
				JsonNode message = JSON.readTree(this.partial.toString());
				this.partial.setLength(0);
				if (message.has("id") && this.owner != null) {
					CompletableFuture<JsonNode> reply = this.owner.replies.remove(message.get("id").asInt());
					if (reply != null) {
						reply.complete(message);
					}
				}
			}
			webSocket.request(1);
			return null;
		}

	}

}
