package dev.backstride.program.player;

import java.util.List;

import dev.backstride.account.AccountId;
import dev.backstride.checkin.CheckIns;
import dev.backstride.checkin.TodaysCall;

import org.springframework.stereotype.Component;

/**
 * What the player runs today: the runner's current doses, or the reasons the plan is paused. Until the
 * program's dose ladders are wired in, every runner gets the starting doses (P-START).
 */
@Component
class PlayerPlan {

	enum Kind {

		CORE, PRE_RUN

	}

	private final CheckIns checkIns;

	PlayerPlan(CheckIns checkIns) {
		this.checkIns = checkIns;
	}

	List<PlayerExercise> exercises(AccountId runner, Kind kind) {
		return switch (kind) {
			case PRE_RUN -> List.of(PlayerExercise.of("EX-SWING", 12, 1, 0, true));
			case CORE -> List.of(PlayerExercise.of("EX-REACH", 8, 1, 0, true), PlayerExercise.of("EX-CRUNCH", 12, 1, 0, false));
		};
	}

	/** Empty while the plan is active; otherwise why it is paused, one plain sentence each. */
	List<String> pausedReasons(AccountId runner) {
		return this.checkIns.todaysCall(runner) instanceof TodaysCall.Paused paused
				? paused.reasons().stream().map(Sentences::plain).toList() : List.of();
	}

}
