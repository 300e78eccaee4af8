package dev.backstride.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.limits.Page;
import dev.backstride.limits.PageRequest;
import dev.backstride.limits.QuotaExceeded;
import dev.backstride.limits.Quotas;
import dev.backstride.screening.jdbc.JdbcCareConfirmations;
import dev.backstride.screening.jdbc.JdbcQuestionnaireResponses;
import dev.backstride.screening.jdbc.JdbcRedFlagStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The screening module's API: danger-sign triage (PROTOCOL §2), the clinician-assessed and RF-CLEAR
 * confirmations, whether the plan is paused ({@link CareStatus}), and the M-RISK and M-FUNC
 * questionnaires (§3) with their history and due dates. Every call is scoped by the runner's account.
 * The clock is the application's {@link Clock} bean when there is one, else UTC; dates (due dates,
 * "screened on") are taken in the clock's zone.
 */
@Service
public class Screening {

	private final JdbcRedFlagStore screenings;

	private final JdbcCareConfirmations confirmations;

	private final JdbcQuestionnaireResponses responses;

	private final Questionnaires questionnaires;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Accounts accounts;

	private final Quotas quotas;

	public Screening(JdbcRedFlagStore screenings, JdbcCareConfirmations confirmations,
			JdbcQuestionnaireResponses responses, Questionnaires questionnaires, ApplicationEventPublisher events,
			ObjectProvider<Clock> clock, Accounts accounts, Quotas quotas) {
		this.screenings = screenings;
		this.confirmations = confirmations;
		this.responses = responses;
		this.questionnaires = questionnaires;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.accounts = accounts;
		this.quotas = quotas;
	}

	/** The twenty danger-sign questions, in order. */
	public List<RedFlagItem> redFlagQuestions() {
		return Arrays.asList(RedFlagItem.values());
	}

	/** Triage, save, and announce {@link RedFlagRaised} when any flag fired. */
	@Transactional
	public RedFlagScreening screen(AccountId account, RedFlagAnswers answers, RunnerProfile profile) {
		this.accounts.holdForWrites(account);
		QuotaExceeded.checkDaily(this.screenings.countSince(account, midnight()), this.quotas.screeningsPerDay(),
				"answers to the safety questions", this.clock, URGENT);
		RedFlagScreening screening = RedFlagScreening.screen(answers, profile, now());
		this.screenings.save(account, screening);
		TriageOutcome outcome = screening.outcome();
		if (outcome.level() != TriageLevel.SELF_MANAGE) {
			this.events.publishEvent(
					new RedFlagRaised(account, outcome.level(), outcome.ruleIds(), screening.screenedAt()));
		}
		return screening;
	}

	/** The runner confirms a clinician has assessed them: lifts pauses from earlier screenings. */
	@Transactional
	public void recordClinicianAssessed(AccountId account) {
		this.accounts.holdForWrites(account);
		QuotaExceeded.checkDaily(this.confirmations.clinicianAssessedSince(account, midnight()),
				this.quotas.screeningsPerDay(), "confirmations that a clinician assessed you", this.clock);
		this.confirmations.saveClinicianAssessed(account, now());
	}

	/** RF-CLEAR: advised to consult a doctor before starting exercise, and whether they did. */
	@Transactional
	public Clearance confirmClearance(AccountId account, boolean consultedDoctor) {
		this.accounts.holdForWrites(account);
		QuotaExceeded.checkDaily(this.confirmations.clearancesSince(account, midnight()), this.quotas.screeningsPerDay(),
				"confirmations of the advice to see a doctor", this.clock);
		Clearance clearance = new Clearance(now(), consultedDoctor);
		this.confirmations.saveClearance(account, clearance);
		return clearance;
	}

	@Transactional(readOnly = true)
	public CareStatus careStatus(AccountId account) {
		// Bounded: only the latest screening and the flagged ones since the last clinician assessment can
		// matter; older flagged ones were lifted by that assessment.
		Optional<Instant> assessedAt = this.confirmations.latestClinicianAssessed(account);
		List<RedFlagScreening> relevant = Stream
			.concat(this.screenings.latest(account).stream(),
					this.screenings.flaggedSince(account, assessedAt.orElse(null)).stream())
			.distinct()
			.toList();
		return CareStatus.decide(relevant, assessedAt, this.confirmations.latestClearance(account).isPresent());
	}

	/** Flagged screenings that no clinician assessment has lifted yet, newest first. */
	@Transactional(readOnly = true)
	public List<RedFlagScreening> openScreenings(AccountId account) {
		return this.screenings.flaggedSince(account, this.confirmations.latestClinicianAssessed(account).orElse(null));
	}

	@Transactional(readOnly = true)
	public Optional<RedFlagScreening> latestScreening(AccountId account) {
		return this.screenings.latest(account);
	}

	/** The date of the latest screening, in the clock's zone. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> lastScreenedOn(AccountId account) {
		return latestScreening(account).map((s) -> LocalDate.ofInstant(s.screenedAt(), this.clock.getZone()));
	}

	/**
	 * Hands every danger-sign screening of the account to {@code each}, newest first, 100 at a time. No
	 * transaction spans the calls, so a slow {@code each} (a download) holds no database connection.
	 */
	public void eachScreening(AccountId account, Consumer<RedFlagScreening> each) {
		this.screenings.forEach(account, 100, each);
	}

	/** Every clinician-assessed confirmation of the account, newest first. */
	@Transactional(readOnly = true)
	public List<Instant> clinicianAssessments(AccountId account) {
		return this.confirmations.clinicianAssessed(account);
	}

	/** Every clearance confirmation (RF-CLEAR) of the account, newest first. */
	@Transactional(readOnly = true)
	public List<Clearance> clearances(AccountId account) {
		return this.confirmations.clearances(account);
	}

	public Questionnaires questionnaires() {
		return this.questionnaires;
	}

	/** Stores the answers, or returns the one stored moments ago with the same answers (see {@link Submission}). */
	@Transactional
	public RiskResponse submitRisk(AccountId account, RiskAnswers answers) {
		return answerRisk(account, answers).response();
	}

	/**
	 * Stores the risk screen's answers, unless the runner sent the same answers within the last
	 * {@link Submission#REPEAT_WINDOW}: that is a repeat, returned as it was stored and not counted again.
	 */
	@Transactional
	public Submission<RiskResponse> answerRisk(AccountId account, RiskAnswers answers) {
		this.accounts.holdForWrites(account);
		Optional<RiskResponse> repeat = Submission.repeatOf(latestRisk(account), RiskResponse::answers,
				RiskResponse::answeredAt, answers, now());
		if (repeat.isPresent()) {
			return new Submission.Repeated<>(repeat.get());
		}
		QuotaExceeded.checkDaily(this.responses.riskSince(account, midnight()),
				this.quotas.questionnaireResponsesPerDay(), "answers to the risk screen", this.clock);
		RiskResponse response = RiskResponse.of(answers, this.questionnaires.risk().url(), now());
		this.responses.saveRisk(account, response);
		return new Submission.Stored<>(response);
	}

	/** Stores the answers, or returns the one stored moments ago with the same answers (see {@link Submission}). */
	@Transactional
	public FunctionResponse submitFunction(AccountId account, FunctionAnswers answers) {
		return answerFunction(account, answers).response();
	}

	/** As {@link #answerRisk}, for the function index. */
	@Transactional
	public Submission<FunctionResponse> answerFunction(AccountId account, FunctionAnswers answers) {
		this.accounts.holdForWrites(account);
		Optional<FunctionResponse> repeat = Submission.repeatOf(latestFunction(account), FunctionResponse::answers,
				FunctionResponse::answeredAt, answers, now());
		if (repeat.isPresent()) {
			return new Submission.Repeated<>(repeat.get());
		}
		QuotaExceeded.checkDaily(this.responses.functionSince(account, midnight()),
				this.quotas.questionnaireResponsesPerDay(), "answers to the function index", this.clock);
		FunctionResponse response = FunctionResponse.of(answers, this.questionnaires.function().url(), now());
		this.responses.saveFunction(account, response);
		return new Submission.Stored<>(response);
	}

	/** A page of M-RISK responses, newest first. */
	@Transactional(readOnly = true)
	public Page<RiskResponse> riskHistory(AccountId account, PageRequest page) {
		return this.responses.riskPage(account, page);
	}

	/** A page of M-FUNC responses, newest first. */
	@Transactional(readOnly = true)
	public Page<FunctionResponse> functionHistory(AccountId account, PageRequest page) {
		return this.responses.functionPage(account, page);
	}

	@Transactional(readOnly = true)
	public Optional<RiskResponse> latestRisk(AccountId account) {
		return this.responses.riskPage(account, PageRequest.first(1)).items().stream().findFirst();
	}

	@Transactional(readOnly = true)
	public Optional<FunctionResponse> latestFunction(AccountId account) {
		return this.responses.functionPage(account, PageRequest.first(1)).items().stream().findFirst();
	}

	@Transactional(readOnly = true)
	public MeasuresDue measuresDue(AccountId account) {
		LocalDate today = LocalDate.now(this.clock);
		return new MeasuresDue(Due.after(latestRisk(account).map((r) -> date(r.answeredAt())), today),
				Due.after(latestFunction(account).map((f) -> date(f.answeredAt())), today));
	}

	private static final String URGENT = "If you have any of the danger signs now, do not wait for the questions:"
			+ " get medical care straight away.";

	private Instant midnight() {
		return LocalDate.now(this.clock).atStartOfDay(this.clock.getZone()).toInstant();
	}

	private LocalDate date(Instant instant) {
		return LocalDate.ofInstant(instant, this.clock.getZone());
	}

	// PostgreSQL keeps microseconds; truncating keeps what we return equal to what we store.
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
