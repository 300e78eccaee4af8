package dev.backstride.insight;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.account.Units;
import dev.backstride.checkin.CallSource;
import dev.backstride.checkin.CheckIn;
import dev.backstride.checkin.CheckIns;
import dev.backstride.checkin.TodaysCall;
import dev.backstride.limits.PageRequest;
import dev.backstride.program.Programs;
import dev.backstride.screening.FunctionResponse;
import dev.backstride.screening.Screening;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The insight module's API: today's final call, the load report and the insights page's trends. Every
 * read is bounded in time: today's call reads 28 days of runs and {@link #LOOKBACK_DAYS} days of
 * check-ins (the L-TERRAIN and L-RETURN history; a stop further back than that no longer starts a
 * return ladder); the page reads {@link #PAIN_DAYS} days of check-ins, {@link #WEEKS} weeks of runs
 * (plus 3 for the band) and {@link #TERRAIN_DAYS} days of runs for the surfaces.
 */
@Service
public class Insights implements CallSource {

	public static final int LOOKBACK_DAYS = 90;

	public static final int PAIN_DAYS = 180;

	/** The home page's pain chart covers these last days (eight weeks); the insights page has more. */
	public static final int HOME_PAIN_DAYS = 56;

	public static final int WEEKS = 26;

	public static final int TERRAIN_DAYS = 365;

	public static final int MAX_WEEKS = 104;

	public static final int ADHERENCE_WEEKS = 12;

	/** At most this many check-ins are read for one answer (a day may hold several). */
	static final int MAX_CHECK_INS = 2000;

	/** At most this many answers of each questionnaire are read (200 at four weeks apart: 15 years). */
	private static final int MAX_SCORES = 200;

	private final CheckIns checkIns;

	private final Screening screening;

	private final RunHistory runs;

	private final Programs programs;

	private final Accounts accounts;

	public Insights(CheckIns checkIns, Screening screening, RunHistory runs, Programs programs, Accounts accounts) {
		this.checkIns = checkIns;
		this.screening = screening;
		this.runs = runs;
		this.programs = programs;
		this.accounts = accounts;
	}

	/** The call of {@link #todaysCall}, for the check-in module's answers ({@link CallSource}). */
	@Override
	@Transactional(readOnly = true)
	public TodaysCall callFor(AccountId account) {
		return todaysCall(account).call();
	}

	@Transactional(readOnly = true)
	public FinalCall todaysCall(AccountId account) {
		LocalDate today = this.checkIns.today();
		return compose(account, today, () -> loadUpTo(account, today, TrainingLoad.DAYS_NEEDED));
	}

	/** The last {@code weeks} ISO weeks (1–104), L-ACWR and the load findings of today's call. */
	@Transactional(readOnly = true)
	public LoadReport load(AccountId account, int weeks) {
		if (weeks < 1 || weeks > MAX_WEEKS) {
			throw new IllegalArgumentException("weeks must be a whole number from 1 to " + MAX_WEEKS + ".");
		}
		LocalDate today = this.checkIns.today();
		// one read of the runs serves both the weeks and today's call (its 28 days are among them)
		TrainingLoad load = loadUpTo(account, today, Math.max(TrainingLoad.DAYS_NEEDED, weeks * 7));
		FinalCall call = compose(account, today, () -> load);
		List<dev.backstride.checkin.PainMonitoring.Finding> flags = call.call() instanceof TodaysCall.Paused
				? LoadRules.assess(load, this.accounts.units(account)) : call.loadFindings();
		return new LoadReport(load.weeks(weeks), load.acwr(), flags);
	}

	/**
	 * Today's call from the pain call, the runs (read only when the call is not paused) and the lookback,
	 * with distances in the runner's units.
	 */
	private FinalCall compose(AccountId account, LocalDate today, Supplier<TrainingLoad> load) {
		TodaysCall painCall = this.checkIns.todaysCall(account);
		if (painCall instanceof TodaysCall.Paused) {
			// paused: no load findings, so no distances to put in the runner's units
			return FinalCall.compose(painCall, new TrainingLoad(today, List.of()), List.of(), Units.KM);
		}
		return FinalCall.compose(painCall, load.get(), checkInsSince(account, today.minusDays(LOOKBACK_DAYS)),
				this.accounts.units(account));
	}

	/** The insights page's data, with distances in sentences in kilometres. */
	public InsightReport report(AccountId account) {
		return report(account, Units.KM);
	}

	/** The insights page's data, with distances in sentences in the runner's units. */
	@Transactional(readOnly = true)
	public InsightReport report(AccountId account, Units units) {
		LocalDate today = this.checkIns.today();
		List<RunFact> year = this.runs.between(account, today.minusDays(TERRAIN_DAYS - 1L), today);
		TrainingLoad load = new TrainingLoad(today, year);
		List<CheckIn> pain = checkInsSince(account, today.minusDays(PAIN_DAYS - 1L));
		return new InsightReport(PainTrend.of(pain), LoadTrend.of(load, WEEKS, units), TerrainPain.of(year),
				FunctionTrend.of(functionScores(account)),
				Adherence.of(this.programs.coreSessionDays(account,
						TrainingLoad.weekStart(today).minusWeeks(ADHERENCE_WEEKS - 1L), today), today,
						ADHERENCE_WEEKS));
	}

	/** The home page's small trends: pain of the last eight weeks, the risk screen and the function index. */
	@Transactional(readOnly = true)
	public ScoreTrends scoreTrends(AccountId account) {
		LocalDate today = this.checkIns.today();
		return new ScoreTrends(PainTrend.of(checkInsSince(account, today.minusDays(HOME_PAIN_DAYS - 1L))),
				RiskTrend.of(riskScores(account)), FunctionTrend.of(functionScores(account)));
	}

	private TrainingLoad loadUpTo(AccountId account, LocalDate today, int days) {
		return new TrainingLoad(today, this.runs.between(account, today.minusDays(days - 1L), today));
	}

	/** The check-ins dated {@code from} or later, oldest first (the newest {@link #MAX_CHECK_INS} at most). */
	List<CheckIn> checkInsSince(AccountId account, LocalDate from) {
		return this.checkIns.since(account, from, MAX_CHECK_INS);
	}

	private List<FunctionTrend.Point> functionScores(AccountId account) {
		List<FunctionTrend.Point> points = new ArrayList<>(this.screening
			.functionHistory(account, PageRequest.first(MAX_SCORES))
			.items()
			.stream()
			.map(Insights::point)
			.toList());
		Collections.reverse(points);
		return points;
	}

	private List<RiskTrend.Point> riskScores(AccountId account) {
		List<RiskTrend.Point> points = new ArrayList<>(this.screening
			.riskHistory(account, PageRequest.first(MAX_SCORES))
			.items()
			.stream()
			.map((r) -> RiskTrend.Point.of(r.answeredAt().atZone(ZoneOffset.UTC).toLocalDate(), r.score().total(),
					r.score().stratum()))
			.toList());
		Collections.reverse(points);
		return points;
	}

	private static FunctionTrend.Point point(FunctionResponse response) {
		return new FunctionTrend.Point(response.answeredAt().atZone(ZoneOffset.UTC).toLocalDate(),
				response.score().percent());
	}

}
