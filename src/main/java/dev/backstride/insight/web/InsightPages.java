package dev.backstride.insight.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.backstride.account.AccountId;
import dev.backstride.insight.InsightReport;
import dev.backstride.insight.Insights;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The insights page: pain, load, pain by surface and function over time, each chart with one sentence. */
@Controller
class InsightPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("pain", Map.of("points", report.pain().points(), "markers", report.pain().markers()));
		data.put("load", Map.of("weeks", report.load().weeks()));
		data.put("terrain", report.terrain().groups());
		data.put("function", Map.of("points", report.function().points(), "markers", report.function().markers()));
		data.put("adherence", report.adherence().weeks());
		return JSON.writeValueAsString(data).replace("<", "\\u003c");
	}

}
