package dev.backstride.motion;

import dev.backstride.motion.angles.PelvisAngles;
import dev.backstride.motion.angles.PelvisFrame;
import dev.backstride.motion.attitude.Attitude;
import dev.backstride.motion.preparation.Workspace;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The rotation–obliquity–tilt decomposition against rotations worked out by hand. */
class PelvisAnglesTests {

	private static final double DEG = Math.PI / 180;

	private static final double[] IDENTITY = { 1, 0, 0, 0, 1, 0, 0, 0, 1 };

	@Test
	void readsAnteriorTiltOfAPelvisTurnedNinetyDegreesLeft() {
		double c = Math.cos(10 * DEG), s = Math.sin(10 * DEG);
		// Rz(90°)·Ry(10°) multiplied out by hand: forward axis points left and 10° down
		double[] pelvis = { 0, -1, 0, c, 0, s, -s, 0, c };
		PelvisAngles a = angles(pelvis, IDENTITY, 0);
		assertThat(a.rotation[0]).isCloseTo(90, within(1e-9));
		assertThat(a.tilt[0]).isCloseTo(10, within(1e-9));
		assertThat(a.obliquity[0]).isCloseTo(0, within(1e-9));
	}

	@Test
	void readsPositiveObliquityWhenTheRightSideIsLower() {
		double c = Math.cos(5 * DEG), s = Math.sin(5 * DEG);
		// the left axis (second column) rises 5° above level, so the right side is 5° lower
		double[] pelvis = { 1, 0, 0, 0, c, -s, 0, s, c };
		PelvisAngles a = angles(pelvis, IDENTITY, 0);
		assertThat(a.obliquity[0]).isCloseTo(5, within(1e-9));
		assertThat(a.tilt[0]).isCloseTo(0, within(1e-9));
		assertThat(a.rotation[0]).isCloseTo(0, within(1e-9));
	}

	@Test
	void separatesAllThreeAnglesInBakersOrder() {
		PelvisAngles a = angles(Rotations.pelvis(20 * DEG, -8 * DEG, 12 * DEG), IDENTITY, 0);
		assertThat(a.rotation[0]).isCloseTo(20, within(1e-9));
		assertThat(a.obliquity[0]).isCloseTo(-8, within(1e-9));
		assertThat(a.tilt[0]).isCloseTo(12, within(1e-9));
	}

	@Test
	void measuresRotationFromTheDirectionOfTravel() {
		PelvisAngles a = angles(Rotations.pelvis(35 * DEG, 3 * DEG, 4 * DEG), IDENTITY, 30 * DEG);
		assertThat(a.rotation[0]).isCloseTo(5, within(1e-9));
		assertThat(a.obliquity[0]).isCloseTo(3, within(1e-9));
		assertThat(a.tilt[0]).isCloseTo(4, within(1e-9));
	}

	@Test
	void seesThePelvisThroughAPhoneWornUpsideDown() {
		double[] mount = SyntheticRun.upsideDown();
		double[] phone = Rotations.times(Rotations.pelvis(-6 * DEG, 4 * DEG, 7 * DEG), mount);
		PelvisAngles a = angles(phone, Rotations.transpose(mount), 0);
		assertThat(a.rotation[0]).isCloseTo(-6, within(1e-9));
		assertThat(a.obliquity[0]).isCloseTo(4, within(1e-9));
		assertThat(a.tilt[0]).isCloseTo(7, within(1e-9));
	}

	@Test
	void mendsTheSamplesBeyondTheSeriesAndLeavesTheirNeighbours() {
		// rotation, obliquity, tilt in degrees: within 15°, beyond it on each angle, and upside down
		double[][] truth = { { 5, -3, 4 }, { 40, 2, -3 }, { -2, 30, 1 }, { 3, -4, -50 }, { -14.9, 14, 14.9 },
				{ 170, 10, 20 }, { 1, 1, 1 } };
		Attitude q = new Attitude(truth.length);
		for (int i = 0; i < truth.length; i++) {
			double[] quaternion = Rotations
				.quaternion(Rotations.pelvis(truth[i][0] * DEG, truth[i][1] * DEG, truth[i][2] * DEG));
			q.set(i, quaternion[0], quaternion[1], quaternion[2], quaternion[3]);
		}
		double[] zeros = new double[truth.length];
		PelvisAngles a = PelvisAngles.of(q, PelvisFrame.facing(IDENTITY, 0), new double[][] { zeros, zeros, zeros },
				Workspace.take());
		for (int i = 0; i < truth.length; i++) {
			assertThat(a.rotation[i]).as("rotation %d", i).isCloseTo(truth[i][0], within(1e-9));
			assertThat(a.obliquity[i]).as("obliquity %d", i).isCloseTo(truth[i][1], within(1e-9));
			assertThat(a.tilt[i]).as("tilt %d", i).isCloseTo(truth[i][2], within(1e-9));
		}
	}

	/** Angles of one sample: phone orientation in the level frame, pelvis axes in the phone, heading. */
	private static PelvisAngles angles(double[] phone, double[] pelvisAxesInPhone, double heading) {
		Attitude q = new Attitude(1);
		double[] quaternion = Rotations.quaternion(phone);
		q.set(0, quaternion[0], quaternion[1], quaternion[2], quaternion[3]);
		PelvisFrame frame = PelvisFrame.facing(pelvisAxesInPhone, heading);
		return PelvisAngles.of(q, frame, new double[][] { { 0 }, { 0 }, { 0 } }, Workspace.take());
	}

}
