package dev.backstride.screening.web;

import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.account.Profile;
import dev.backstride.screening.RunnerProfile;

import org.springframework.stereotype.Component;

/** The facts from the account profile that the danger-sign rules need: age and sex. */
@Component
class RunnerProfiles {

	private final Accounts accounts;

	RunnerProfiles(Accounts accounts) {
		this.accounts = accounts;
	}

	RunnerProfile of(AccountId runner) {
		Profile profile = this.accounts.profile(runner);
		RunnerProfile.Sex sex = profile.sex()
			.map(s -> switch (s) {
				case FEMALE -> RunnerProfile.Sex.FEMALE;
				case MALE -> RunnerProfile.Sex.MALE;
				case OTHER -> RunnerProfile.Sex.OTHER;
			})
			.orElse(RunnerProfile.Sex.UNKNOWN);
		return new RunnerProfile(profile.age().orElse(null), sex);
	}

}
