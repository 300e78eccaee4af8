package dev.backstride.motion;

import dev.backstride.motion.preparation.Workspace;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceTests {

	@Test
	void keepsTheArraysOfAnOrdinaryRecordingButNotThoseOfAVeryLongOne() {
		while (Workspace.spares() > 0) {
			Workspace.take();
		}
		Workspace ordinary = Workspace.take();
		ordinary.doubles(60_000);
		Workspace huge = Workspace.take();
		huge.doubles(Workspace.MAXIMUM_KEPT_SAMPLES + 1_000);

		huge.giveBack();
		assertThat(Workspace.spares()).isZero();
		ordinary.giveBack();
		assertThat(Workspace.spares()).isOne();
		assertThat(Workspace.take()).isSameAs(ordinary);
	}

}
