package dev.backstride.program.player;

import java.util.List;

import dev.backstride.account.AccountId;
import dev.backstride.program.Plan;
import dev.backstride.program.Programs;
import dev.backstride.program.SessionKind;

import org.springframework.stereotype.Component;

/** What the player runs today: the runner's current doses of one routine, or why the plan is paused. */
@Component
class PlayerPlan {

	/** Today's routine of one kind: its exercises while the plan is active, else the pause's reasons. */
	record Routine(List<PlayerExercise> exercises, List<String> pausedReasons) {
	}

	private final Programs programs;

	PlayerPlan(Programs programs) {
		this.programs = programs;
	}

	Routine routine(AccountId runner, SessionKind kind) {
		return switch (this.programs.plan(runner)) {
			case Plan.Active active -> new Routine(active.exercises()
				.stream()
				.filter((p) -> p.exercise().kind() == kind)
				.map(PlayerExercise::of)
				.toList(), List.of());
			case Plan.Paused paused -> new Routine(List.of(), paused.reasons().stream().map(Sentences::plain).toList());
		};
	}

}
