package dev.backstride.account;

/** Whether a login or sign-up attempt may go ahead, or for how many more minutes it is refused. */
public sealed interface Admission {

	record Admitted() implements Admission {
	}

	record Refused(long minutes) implements Admission {

		public Refused {
			if (minutes < 1) {
				throw new IllegalArgumentException("a refusal lasts at least a minute: " + minutes);
			}
		}

	}

}
