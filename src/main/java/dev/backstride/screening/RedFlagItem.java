package dev.backstride.screening;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The twenty yes/no danger-sign questions of PROTOCOL §2, with the item ids that the API and stored
 * answers use, the rule each belongs to, and Backstride's own wording of the question.
 */
public enum RedFlagItem {

	CES_BLADDER("ces.bladder", RuleIds.CES,
			"Have you newly had trouble starting, holding or feeling when you pass urine, any leaking, or been unable to go?"),
	CES_BOWEL("ces.bowel", RuleIds.CES,
			"Have you newly lost control of your bowels, or lost the feeling that you need to go?"),
	CES_SADDLE("ces.saddle", RuleIds.CES,
			"Do you have numbness or tingling between your legs: groin, genitals, inner thighs or around your bottom?"),
	CES_BOTH_LEGS("ces.both_legs", RuleIds.CES,
			"Do you have numbness, tingling or weakness in both legs, or leg pain on both sides or switching sides?"),
	CES_WEAKNESS_WORSENING("ces.weakness_worsening", RuleIds.CES,
			"Is weakness in a leg getting worse?"),
	CES_SEXUAL("ces.sexual", RuleIds.CES,
			"Since your back pain started, have you noticed new problems with sexual function?"),
	FRACTURE_TRAUMA("fracture.trauma", RuleIds.FRACTURE,
			"Did the pain start after a real fall or a hard knock?"),
	FRACTURE_STEROIDS("fracture.steroids", RuleIds.FRACTURE,
			"Have you taken steroid tablets or injections (corticosteroids) for a long time?"),
	FRACTURE_OSTEOPOROSIS("fracture.osteoporosis", RuleIds.FRACTURE,
			"Have you been told you have thin or brittle bones (osteoporosis)?"),
	CANCER_HISTORY("cancer.history", RuleIds.CANCER,
			"Have you ever had cancer?"),
	CANCER_WEIGHT_LOSS("cancer.weight_loss", RuleIds.CANCER,
			"Have you lost weight lately without trying?"),
	CANCER_CONSTANT_NIGHT_PAIN("cancer.constant_night_pain", RuleIds.CANCER,
			"Is the pain there all the time, getting worse, and not eased by resting or changing position, even at night?"),
	INFECTION_FEVER("infection.fever", RuleIds.INFECTION,
			"Along with the back pain, do you have a fever or feel generally unwell?"),
	INFECTION_RECENT("infection.recent", RuleIds.INFECTION,
			"Have you recently had an infection, or a procedure or injection in your spine?"),
	INFECTION_IMMUNE("infection.immune", RuleIds.INFECTION,
			"Is your immune system weakened by an illness or by medicines?"),
	INFECTION_DRUGS("infection.drugs", RuleIds.INFECTION,
			"Have you injected drugs that were not prescribed to you?"),
	INFLAM_MORNING_STIFFNESS("inflam.morning_stiffness", RuleIds.INFLAM,
			"Have you had back pain for more than 3 months, with more than 30 minutes of stiffness each morning that eases once you move?"),
	NERVE_ONE_LEG("nerve.one_leg", RuleIds.NERVE,
			"Does pain spread below the knee in one leg, with numbness, pins and needles or weakness in that leg?"),
	YOUNG_WORSE_ARCHING("young.worse_arching", RuleIds.YOUNG,
			"Is your back pain worse when you arch backward?"),
	PERSIST_SIX_WEEKS("persist.six_weeks", RuleIds.PERSIST,
			"Has your back pain gone on for 6 weeks or more without getting better?");

	private final String id;

	private final String ruleId;

	private final String question;

	RedFlagItem(String id, String ruleId, String question) {
		this.id = id;
		this.ruleId = ruleId;
		this.question = question;
	}

	public String id() {
		return this.id;
	}

	public String ruleId() {
		return this.ruleId;
	}

	public String question() {
		return this.question;
	}

	public static Optional<RedFlagItem> byId(String id) {
		return Arrays.stream(values()).filter((item) -> item.id.equals(id)).findFirst();
	}

	public static List<RedFlagItem> ofRule(String ruleId) {
		return Arrays.stream(values()).filter((item) -> item.ruleId.equals(ruleId)).toList();
	}

}
