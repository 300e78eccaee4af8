package dev.backstride.account;

/** A freshly issued token: the secret is in here once and never stored in clear. */
public record IssuedToken(AccessToken token, String secret) {

	@Override
	public String toString() {
		return "IssuedToken[" + this.token + ", secret hidden]";
	}

}
