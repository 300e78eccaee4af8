package dev.backstride.account;

import java.math.BigDecimal;

import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Distances in the signed-in runner's {@link Units}, for templates: {@code ${@distances.format(km)}}
 * gives "12.5 km" or "7.8 mi". The runner's units are read once per request.
 */
@Service("distances")
public class Distances {

	private static final String KEY = Distances.class.getName();

	private final Accounts accounts;

	public Distances(Accounts accounts) {
		this.accounts = accounts;
	}

	/** The signed-in runner's units; kilometres for anyone else. */
	public Units units() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(KEY, RequestAttributes.SCOPE_REQUEST) instanceof Units known) {
			return known;
		}
		Units units = this.accounts.signedIn().map(this.accounts::units).orElse(Units.KM);
		if (request != null) {
			request.setAttribute(KEY, units, RequestAttributes.SCOPE_REQUEST);
		}
		return units;
	}

	public String format(BigDecimal km) {
		return units().format(km);
	}

	public String format(double km) {
		return units().format(BigDecimal.valueOf(km));
	}

}
