package dev.backstride.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Pain after runs by surface (T-TERRAIN): the average pain noted with the runs on each surface, and
 * one sentence reading it. A surface with too few runs ({@link Evidence}) is named as such, not
 * compared.
 */
public record TerrainPain(List<Group> groups, String reading) {

	/** The runs on one surface that have pain noted: how many, and their average pain to one decimal. */
	public record Group(Surface surface, int runs, BigDecimal averagePain, boolean tooFew) {
	}

	public static TerrainPain of(List<RunFact> runs) {
		Map<Surface, int[]> sums = new EnumMap<>(Surface.class);
		for (RunFact run : runs) {
			run.pain().ifPresent((pain) -> {
				int[] sum = sums.computeIfAbsent(run.surface(), (s) -> new int[2]);
				sum[0]++;
				sum[1] += pain;
			});
		}
		List<Group> groups = sums.entrySet()
			.stream()
			.map((e) -> new Group(e.getKey(), e.getValue()[0],
					BigDecimal.valueOf(e.getValue()[1]).divide(BigDecimal.valueOf(e.getValue()[0]), 1, RoundingMode.HALF_UP),
					Evidence.tooFew(e.getValue()[0])))
			.toList();
		return new TerrainPain(groups, reading(groups));
	}

	private static String reading(List<Group> groups) {
		int total = groups.stream().mapToInt(Group::runs).sum();
		if (total == 0) {
			return "No runs with pain noted yet: note your pain after each run to compare surfaces.";
		}
		List<Group> enough = groups.stream()
			.filter((g) -> !g.tooFew())
			.sorted(Comparator.comparing(Group::averagePain).reversed().thenComparing(Group::surface))
			.toList();
		List<Group> few = groups.stream().filter(Group::tooFew).toList();
		List<String> sentences = new ArrayList<>();
		if (enough.isEmpty()) {
			sentences.add("Only " + total + (total == 1 ? " run" : " runs")
					+ " with pain noted so far: too few to compare surfaces.");
		}
		else {
			List<String> parts = new ArrayList<>();
			for (Group g : enough) {
				parts.add((parts.isEmpty() ? "After " + g.surface().label() + " runs your pain averaged "
						: "after " + g.surface().label() + " runs ") + g.averagePain().toPlainString());
			}
			sentences.add(String.join(", ", parts) + " ("
					+ join(enough.stream().map((g) -> String.valueOf(g.runs())).toList())
					+ (enough.size() == 1 && enough.get(0).runs() == 1 ? " run)." : " runs)."));
			if (!few.isEmpty()) {
				sentences.add("Too few " + join(few.stream().map((g) -> g.surface().label()).toList())
						+ " runs to say anything about them yet (" + few.stream()
							.map((g) -> String.valueOf(g.runs()))
							.collect(Collectors.joining(", ")) + ").");
			}
		}
		return String.join(" ", sentences);
	}

	/** "a", "a and b", "a, b and c" */
	static String join(List<String> parts) {
		if (parts.size() <= 1) {
			return String.join("", parts);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

}
