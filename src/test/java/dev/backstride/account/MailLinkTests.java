package dev.backstride.account;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.backstride.BackstrideTest;
import dev.backstride.WebClient;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password reset and email change through a real SMTP server in this JVM (GreenMail): the message is
 * received and its link followed as a runner would.
 */
@BackstrideTest
class MailLinkTests {

	private static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		MAIL.start();
	}

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/[^\\s]+)");

	private static final String PASSWORD = "correct horse battery";

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
		registry.add("backstride.public-url", () -> "http://localhost:${local.server.port}");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyMailboxes() throws Exception {
		MAIL.purgeEmailFromAllMailboxes();
	}

	private String signUp() {
		String email = "mail-" + UUID.randomUUID() + "@example.org";
		WebClient web = new WebClient();
		web.get(this.port, "/signup");
		assertThat(web.form(this.port, "/signup", "email", email, "password", PASSWORD, "confirm", PASSWORD)
			.statusCode()).isEqualTo(302);
		return email;
	}

	private HttpResponse<String> askForReset(WebClient web, String email) {
		web.get(this.port, "/password-reset");
		return web.form(this.port, "/password-reset", "email", email);
	}

	/** The one message to this address, and the path of the link in it. */
	private String linkMailedTo(String email) throws Exception {
		assertThat(MAIL.waitForIncomingEmail(1)).isTrue();
		MimeMessage[] messages = MAIL.getReceivedMessagesForDomain(email);
		assertThat(messages).hasSize(1);
		Matcher link = LINK.matcher(GreenMailUtil.getBody(messages[0]).replace("=\r\n", ""));
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	private static String withoutCsrf(String page) {
		return page.replaceAll("name=\"_csrf\" (value|content)=\"[^\"]+\"", "");
	}

	private boolean logsIn(String email, String password) {
		return WebClient.location(new WebClient().logIn(this.port, email, password)).equals("/");
	}

	@Test
	void aResetLinkSetsANewPasswordOnceOnly() throws Exception {
		String email = signUp();
		WebClient signedInElsewhere = new WebClient();
		assertThat(WebClient.location(signedInElsewhere.logIn(this.port, email, PASSWORD))).isEqualTo("/");
		HttpResponse<String> asked = askForReset(new WebClient(), email);
		assertThat(asked.body()).contains("If an account uses this address");
		String link = linkMailedTo(email);
		assertThat(link).startsWith("/password-reset/new?token=");
		String secret = link.substring(link.indexOf('=') + 1);
		assertThat(this.jdbc.sql("select count(*) from mail_link where token_hash = ?").param(secret).query(Long.class).single())
			.as("only the hash is stored").isZero();

		WebClient web = new WebClient();
		assertThat(web.get(this.port, link).body()).contains("Save the new password");
		HttpResponse<String> saved = web.form(this.port, "/password-reset/new", "token", secret, "password",
				"a brand new password", "confirm", "a brand new password");
		assertThat(WebClient.location(saved)).isEqualTo("/login?reset");
		assertThat(logsIn(email, "a brand new password")).isTrue();
		assertThat(logsIn(email, PASSWORD)).isFalse();
		assertThat(WebClient.location(signedInElsewhere.get(this.port, "/profile")))
			.as("whoever signed in with the old password is signed out").isEqualTo("/login");

		WebClient again = new WebClient();
		assertThat(again.get(this.port, link).body()).contains("expired or was already used");
		again.get(this.port, "/password-reset");
		HttpResponse<String> reused = again.form(this.port, "/password-reset/new", "token", secret, "password",
				"yet another password", "confirm", "yet another password");
		assertThat(reused.body()).contains("expired or was already used");
		assertThat(logsIn(email, "a brand new password")).isTrue();
	}

	@Test
	void aLinkPastItsThirtyMinutesNoLongerWorks() throws Exception {
		String email = signUp();
		askForReset(new WebClient(), email);
		String link = linkMailedTo(email);
		assertThat(this.jdbc.sql("select created_at, expires_at from mail_link where account_id = "
				+ "(select id from account where email = ?)")
			.param(email)
			.query((rs, n) -> java.time.Duration.between(rs.getObject(1, java.time.OffsetDateTime.class),
					rs.getObject(2, java.time.OffsetDateTime.class)))
			.single()).as("valid for 30 minutes").isEqualTo(java.time.Duration.ofMinutes(30));
		// as if the 30 minutes had passed
		this.jdbc.sql("update mail_link set expires_at = created_at - interval '1' minute "
				+ "where account_id = (select id from account where email = ?)").param(email).update();
		WebClient web = new WebClient();
		assertThat(web.get(this.port, link).body()).contains("expired or was already used");
		String secret = link.substring(link.indexOf('=') + 1);
		web.get(this.port, "/password-reset");
		assertThat(web.form(this.port, "/password-reset/new", "token", secret, "password", "a brand new password",
				"confirm", "a brand new password").body()).contains("expired or was already used");
		assertThat(logsIn(email, PASSWORD)).isTrue();
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
		String known = signUp();
		String unknownAnswer = askForReset(new WebClient(), "nobody-" + UUID.randomUUID() + "@example.org").body();
		String knownAnswer = askForReset(new WebClient(), known).body();
		assertThat(MAIL.waitForIncomingEmail(1)).isTrue();
		assertThat(withoutCsrf(unknownAnswer)).isEqualTo(withoutCsrf(knownAnswer));
		assertThat(MAIL.getReceivedMessages()).hasSize(1);
	}

	@Test
	void asksForResetsOfOneAddressAreLimited() throws Exception {
		String email = signUp();
		WebClient web = new WebClient().from("203.0.113." + (int) (Math.random() * 200));
		for (int i = 0; i < 3; i++) {
			assertThat(askForReset(web, email).statusCode()).isEqualTo(200);
		}
		HttpResponse<String> fourth = askForReset(web, email);
		assertThat(fourth.statusCode()).isEqualTo(429);
		assertThat(fourth.body()).contains("Too many reset links");
		assertThat(MAIL.waitForIncomingEmail(3)).isTrue();
		assertThat(MAIL.getReceivedMessagesForDomain(email)).hasSize(3);
	}

	@Test
	void theAddressChangesOnlyWhenTheLinkSentToTheNewOneIsFollowed() throws Exception {
		String email = signUp();
		String newEmail = "new-" + UUID.randomUUID() + "@example.org";
		WebClient web = new WebClient();
		web.logIn(this.port, email, PASSWORD);
		web.get(this.port, "/account");
		HttpResponse<String> wrong = web.form(this.port, "/account/email", "email", newEmail, "password", "not it at all");
		assertThat(web.get(this.port, WebClient.location(wrong)).body()).contains("not your current password");
		web.get(this.port, "/account");
		web.form(this.port, "/account/email", "email", newEmail, "password", PASSWORD);
		assertThat(web.get(this.port, "/account").body()).contains("We have sent a link to " + newEmail);
		assertThat(logsIn(email, PASSWORD)).as("unchanged until the link is followed").isTrue();

		String link = linkMailedTo(newEmail);
		assertThat(MAIL.getReceivedMessagesForDomain(email)).isEmpty();
		WebClient other = new WebClient();
		assertThat(other.get(this.port, link).body()).contains("Confirm the new address");
		String secret = link.substring(link.indexOf('=') + 1);
		assertThat(other.form(this.port, "/account/email/confirm", "token", secret).body())
			.contains("Your sign-in address is changed");
		assertThat(logsIn(newEmail, PASSWORD)).isTrue();
		assertThat(logsIn(email, PASSWORD)).isFalse();
		other.get(this.port, link);
		assertThat(other.form(this.port, "/account/email/confirm", "token", secret).body())
			.contains("expired or was already used");
	}

}
