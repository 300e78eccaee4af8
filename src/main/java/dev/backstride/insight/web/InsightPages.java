package dev.backstride.insight.web;

import java.util.Map;

import dev.backstride.account.AccountId;
import dev.backstride.insight.InsightReport;
import dev.backstride.insight.Insights;
import dev.backstride.insight.TrendCharts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The insights page: pain, load, pain by surface and function over time, each chart with one sentence. */
@Controller
class InsightPages {

	private final Insights insights;

	InsightPages(Insights insights) {
		this.insights = insights;
	}

	@GetMapping("/insights")
	String insights(AccountId runner, Model model) {
		InsightReport report = this.insights.report(runner);
		model.addAttribute("report", report);
		model.addAttribute("charts", true);
		model.addAttribute("chartsJson", chartsJson(report));
		return "insight/insights";
	}

	/** The chart data as JSON, safe inside a script element (no "<"). */
	static String chartsJson(InsightReport report) {
		return TrendCharts.json(TrendCharts.data()
			.with("pain", TrendCharts.line(report.pain().points(), report.pain().markers()))
			.with("load", Map.of("weeks", report.load().weeks()))
			.with("terrain", report.terrain().groups())
			.with("function", TrendCharts.line(report.function().points(), report.function().markers()))
			.with("adherence", report.adherence().weeks()));
	}

}
