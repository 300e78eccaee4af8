package dev.backstride.insight.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.backstride.account.AccountId;
import dev.backstride.insight.Acwr;
import dev.backstride.insight.Insights;
import dev.backstride.insight.LoadReport;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Today's composed call and the training load, as JSON. */
@RestController
@RequestMapping("/api/v1")
class InsightApi {

	private static final int DEFAULT_WEEKS = 12;

	private final Insights insights;

	InsightApi(Insights insights) {
		this.insights = insights;
	}

	@GetMapping("/today")
	TodayView today(AccountId runner) {
		return TodayView.of(this.insights.todaysCall(runner));
	}

	record WeekView(LocalDate weekStart, double distanceKm) {
	}

	record LoadView(List<WeekView> weeks, @Nullable BigDecimal acwr, @Nullable String acwrBand,
			List<TodayView.Flag> flags) {

		static LoadView of(LoadReport report) {
			return new LoadView(report.weeks().stream().map((w) -> new WeekView(w.weekStart(), w.km())).toList(),
					report.acwr().map(Acwr::ratio).orElse(null), report.acwr().map((a) -> a.band().name()).orElse(null),
					TodayView.Flag.of(report.flags()));
		}

	}

	/** The last {@code weeks} ISO weeks (Monday to Sunday; 1–104, 12 unless given), oldest first. */
	@GetMapping("/load")
	LoadView load(AccountId runner, @RequestParam(required = false) @Nullable String weeks) {
		return LoadView.of(this.insights.load(runner, parseWeeks(weeks)));
	}

	private static int parseWeeks(@Nullable String weeks) {
		if (weeks == null || weeks.isBlank()) {
			return DEFAULT_WEEKS;
		}
		try {
			return Integer.parseInt(weeks.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("weeks must be a whole number from 1 to " + Insights.MAX_WEEKS + ".");
		}
	}

}
