package dev.backstride.account;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Outgoing mail for account links. Mail is set up when Spring Mail has an SMTP host
 * ({@code SPRING_MAIL_HOST}) and the server knows its public address ({@code BACKSTRIDE_PUBLIC_URL},
 * which the links start with: never the request's Host header, which a caller could forge to send a
 * runner's link elsewhere).
 */
@Service
public class Mailer {

	private final ObjectProvider<JavaMailSender> sender;

	private final Environment environment;

	public Mailer(ObjectProvider<JavaMailSender> sender, Environment environment) {
		this.sender = sender;
		this.environment = environment;
	}

	public boolean configured() {
		return this.sender.getIfAvailable() != null && publicUrl().isPresent();
	}

	/** The server's public address without a trailing slash, read when needed (a test's port is known late). */
	Optional<String> publicUrl() {
		return Optional.ofNullable(this.environment.getProperty("backstride.public-url"))
			.map(String::strip)
			.filter((url) -> url.startsWith("http://") || url.startsWith("https://"))
			.map((url) -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
	}

	/** A link to a path on this server, for a message. */
	String link(String pathAndQuery) {
		return publicUrl().orElseThrow(() -> new IllegalStateException("mail is not set up")) + pathAndQuery;
	}

	void send(Email to, String subject, String text) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.environment.getProperty("backstride.mail-from", "backstride@localhost"));
		message.setTo(to.value());
		message.setSubject(subject);
		message.setText(text);
		this.sender.getObject().send(message);
	}

}
