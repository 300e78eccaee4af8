package dev.backstride.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Every rule of the care protocol, explained: read once at start from {@code classpath*:rules/*.md} (the
 * build copies {@code docs/rules/} there), in file-name order. A file that does not parse, or an id
 * explained twice, stops the start.
 */
@Service
public class Rulebook {

	private final List<Section> sections;

	private final Map<String, Rule> byId = new LinkedHashMap<>();

	private final Map<String, Section> sectionOf = new LinkedHashMap<>();

	public Rulebook() {
		this(read("classpath*:rules/*.md"));
	}

	Rulebook(List<Section> sections) {
		this.sections = List.copyOf(sections);
		for (Section section : sections) {
			for (Rule rule : section.rules()) {
				if (this.byId.putIfAbsent(rule.id(), rule) != null) {
					throw new IllegalStateException("rule " + rule.id() + " is explained twice in docs/rules");
				}
				this.sectionOf.put(rule.id(), section);
			}
		}
	}

	public List<Section> sections() {
		return this.sections;
	}

	public Optional<Rule> rule(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/** The section a rule belongs to; only for ids that {@link #rule} finds. */
	public Section sectionOf(Rule rule) {
		return this.sectionOf.get(rule.id());
	}

	private static List<Section> read(String pattern) {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
			if (files.length == 0) {
				throw new IllegalStateException("no rules found at " + pattern);
			}
			return Arrays.stream(files)
				.sorted(Comparator.comparing((Resource file) -> String.valueOf(file.getFilename())))
				.map(Rulebook::parse)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Section parse(Resource file) {
		try {
			return RuleDocs.parse(String.valueOf(file.getFilename()), file.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
