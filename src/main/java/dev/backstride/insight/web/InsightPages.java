package dev.backstride.insight.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.account.Units;
import dev.backstride.insight.InsightReport;
import dev.backstride.insight.LoadTrend;
import dev.backstride.insight.Insights;
import dev.backstride.insight.TrendCharts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The insights page: pain, load, pain by surface and function over time, each chart with one sentence. */
@Controller
class InsightPages {

	private final Insights insights;

	private final Accounts accounts;

	InsightPages(Insights insights, Accounts accounts) {
		this.insights = insights;
		this.accounts = accounts;
	}

	@GetMapping("/insights")
	String insights(AccountId runner, Model model) {
		Units units = this.accounts.units(runner);
		InsightReport report = this.insights.report(runner, units);
		model.addAttribute("report", report);
		model.addAttribute("charts", true);
		model.addAttribute("distanceWord", units.word());
		model.addAttribute("chartsJson", chartsJson(report, units));
		return "insight/insights";
	}

	/** The chart data as JSON, safe inside a script element (no "<"), with distances in the runner's units. */
	static String chartsJson(InsightReport report, Units units) {
		return TrendCharts.json(TrendCharts.data()
			.with("pain", TrendCharts.line(report.pain().points(), report.pain().markers()))
			.with("load", Map.of("unit", units.symbol(), "weeks", weeks(report.load().weeks(), units)))
			.with("terrain", report.terrain().groups())
			.with("function", TrendCharts.line(report.function().points(), report.function().markers()))
			.with("adherence", report.adherence().weeks()));
	}

	/** Each week's distance, usual range and caution line in the runner's units, one decimal (null: no band). */
	private static List<Map<String, Object>> weeks(List<LoadTrend.Week> weeks, Units units) {
		return weeks.stream().map((w) -> {
			Map<String, Object> week = new LinkedHashMap<>();
			week.put("weekStart", w.weekStart().toString());
			week.put("distance", inUnits(w.km(), units));
			week.put("usualLow", w.usualLowKm() == null ? null : inUnits(w.usualLowKm(), units));
			week.put("usualHigh", w.usualHighKm() == null ? null : inUnits(w.usualHighKm(), units));
			week.put("caution", w.cautionKm() == null ? null : inUnits(w.cautionKm(), units));
			return week;
		}).toList();
	}

	private static double inUnits(double km, Units units) {
		return Math.round(units.fromKm(km) * 10) / 10.0;
	}

}
