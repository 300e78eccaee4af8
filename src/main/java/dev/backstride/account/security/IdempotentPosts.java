package dev.backstride.account.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.backstride.account.AccountId;
import dev.backstride.account.jdbc.JdbcIdempotentPosts;
import dev.backstride.account.jdbc.JdbcIdempotentPosts.Reply;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A POST sent with an {@code Idempotency-Key} header is stored at most once: the handler and the
 * record of its reply commit in one transaction, and a resend of the same key by the same runner gets
 * the first reply back (with {@code Idempotent-Replay: true}) instead of running again. Two copies sent
 * at once meet at the primary key: the later one rolls back and answers with the earlier one's reply.
 * Without the header nothing changes. The player's outbox relies on this to send a session finished
 * offline exactly once, however often the connection comes and goes.
 */
class IdempotentPosts extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");

	/** Replies longer than this are not kept (the answers of the addresses this guards are far smaller). */
	private static final int MAX_BODY = 4000;

	private final JdbcIdempotentPosts replies;

	private final TransactionTemplate transactions;

	private final Clock clock;

	IdempotentPosts(JdbcIdempotentPosts replies, PlatformTransactionManager transactions, Clock clock) {
		this.replies = replies;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<AccountId> runner = runner();
		String key = request.getHeader(HEADER);
		if (runner.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		if (!KEY.matcher(key).matches()) {
			refuse(response, HttpStatus.BAD_REQUEST, "The Idempotency-Key header takes 8 to 64 letters, digits or dashes.");
			return;
		}
		String path = request.getRequestURI();
		Optional<Reply> kept = this.replies.find(runner.get(), key);
		if (kept.isPresent()) {
			replay(response, kept.get(), path);
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			this.transactions.executeWithoutResult(status -> {
				handle(request, wrapper, chain);
				byte[] body = wrapper.getContentAsByteArray();
				if (wrapper.getStatus() / 100 == 2 && body.length <= MAX_BODY) {
					this.replies.save(runner.get(), key,
							new Reply(path, wrapper.getStatus(), new String(body, StandardCharsets.UTF_8)), this.clock.instant());
				}
				else {
					status.setRollbackOnly();
				}
			});
		}
		catch (DataIntegrityViolationException sentTwiceAtOnce) {
			replay(response, this.replies.find(runner.get(), key).orElseThrow(() -> sentTwiceAtOnce), path);
			return;
		}
		wrapper.copyBodyToResponse();
	}

	private static void handle(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void replay(HttpServletResponse response, Reply reply, String path) throws IOException {
		if (!reply.path().equals(path)) {
			refuse(response, HttpStatus.CONFLICT, "This Idempotency-Key was already used for another address.");
			return;
		}
		response.setStatus(reply.status());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setHeader("Idempotent-Replay", "true");
		response.getOutputStream().write(reply.body().getBytes(StandardCharsets.UTF_8));
	}

	private static void refuse(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		String json = "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
				+ ",\"detail\":\"" + detail + "\"}";
		response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
	}

	private static Optional<AccountId> runner() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof RunnerUser user
				? Optional.of(user.accountId()) : Optional.empty();
	}

}
