package dev.backstride.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.backstride.account.Account;
import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.checkin.CheckIns;
import dev.backstride.limits.Page;
import dev.backstride.limits.PageRequest;
import dev.backstride.motion.Motions;
import dev.backstride.program.Programs;
import dev.backstride.runs.OriginalFile;
import dev.backstride.runs.Run;
import dev.backstride.runs.RunSource;
import dev.backstride.runs.Runs;
import dev.backstride.screening.Screening;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * All of a runner's data as one zip: a JSON file per kind, the run files as uploaded, each pelvis
 * report, and a README.txt saying what is where. Written straight to the stream as it is read, a page
 * of rows (or one run file, or one report) at a time, so memory stays bounded whatever the account
 * holds; each page is its own short read, so a slow download holds no database connection between
 * pages. Every read goes through a module API with the runner's own id.
 */
@Service
public class DataExport {

	static final int PAGE = PageRequest.MAX_LIMIT;

	private final Accounts accounts;

	private final Screening screening;

	private final CheckIns checkIns;

	private final Programs programs;

	private final Runs runs;

	private final Motions motions;

	private final ObjectWriter json;

	public DataExport(Accounts accounts, Screening screening, CheckIns checkIns, Programs programs, Runs runs,
			Motions motions, JsonMapper json) {
		this.accounts = accounts;
		this.screening = screening;
		this.checkIns = checkIns;
		this.programs = programs;
		this.runs = runs;
		this.motions = motions;
		this.json = json.writerWithDefaultPrettyPrinter();
	}

	public void writeZip(AccountId owner, OutputStream out) throws IOException {
		Account account = this.accounts.find(owner).orElseThrow();
		ZipOutputStream zip = new ZipOutputStream(out);
		entry(zip, "README.txt", (o) -> o.write(readme()));
		entry(zip, "profile.json", (o) -> this.json.writeValue(JsonArrayWriter.unclosed(o),
				ExportViews.profile(account, this.accounts.profile(owner), this.accounts.units(owner))));
		array(zip, "access-tokens.json", (add) -> eachOf((p) -> this.accounts.tokens(owner, p), (t) -> add.accept(ExportViews.token(t))));
		array(zip, "safety-screenings.json", (add) -> this.screening.eachScreening(owner, (s) -> add.accept(ExportViews.screening(s))));
		entry(zip, "care-confirmations.json", (o) -> this.json.writeValue(JsonArrayWriter.unclosed(o),
				ExportViews.care(this.screening.clinicianAssessments(owner), this.screening.clearances(owner))));
		array(zip, "questionnaire-risk.json", (add) -> eachOf((p) -> this.screening.riskHistory(owner, p), (r) -> add.accept(ExportViews.risk(r))));
		array(zip, "questionnaire-function.json", (add) -> eachOf((p) -> this.screening.functionHistory(owner, p), (f) -> add.accept(ExportViews.function(f))));
		array(zip, "check-ins.json", (add) -> eachOf((p) -> this.checkIns.history(owner, p), (c) -> add.accept(ExportViews.checkIn(c))));
		array(zip, "exercise-sessions.json", (add) -> eachOf((p) -> this.programs.sessions(owner, p), (s) -> add.accept(ExportViews.session(s))));
		array(zip, "self-tests.json", (add) -> eachOf((p) -> this.programs.tests(owner, p), (t) -> add.accept(ExportViews.selfTest(t))));
		entry(zip, "exercise-settings.json", (o) -> this.json.writeValue(JsonArrayWriter.unclosed(o), Map.of("coreDays",
				this.programs.coreDays(owner).inWeekOrder().stream().map(Enum::name).toList(), "calendarFeedOpen",
				this.programs.calendarOpenedAt(owner).isPresent())));
		array(zip, "runs.json", (add) -> eachRun(owner, (run) -> add.accept(ExportViews.run(run,
				run.source() == RunSource.MANUAL ? Optional.empty() : Optional.of(originalPath(run))))));
		eachRun(owner, (run) -> this.runs.original(owner, run.id())
			.ifPresent((file) -> entry(zip, originalPath(run, file), (o) -> o.write(file.bytes()))));
		array(zip, "pelvis.json", (add) -> eachOf((p) -> this.motions.list(owner, p), add));
		eachOf((p) -> this.motions.list(owner, p), (summary) -> this.motions.find(owner, summary.id())
			.ifPresent((analysis) -> entry(zip, "pelvis/" + analysis.id() + ".json",
					(o) -> this.json.writeValue(JsonArrayWriter.unclosed(o), analysis))));
		zip.finish();
		zip.flush();
	}

	/** Reads a newest-first list page after page, handing each item on. */
	static <T> void eachOf(Function<PageRequest, Page<T>> read, Consumer<? super T> each) {
		PageRequest request = PageRequest.first(PAGE);
		while (true) {
			Page<T> page = read.apply(request);
			page.items().forEach(each);
			if (page.next().isEmpty()) {
				return;
			}
			request = new PageRequest(PAGE, page.next());
		}
	}

	/**
	 * Every run of the account, a year at a time from 1970 to a year ahead (a run's date comes from its
	 * file, which may be wrong), so at most a year of runs is held at once.
	 */
	void eachRun(AccountId owner, Consumer<Run> each) {
		int span = Math.min(366, this.runs.settings().maxSpanDays());
		LocalDate end = this.runs.today().plusYears(1);
		for (LocalDate from = LocalDate.of(1970, 1, 1); !from.isAfter(end); from = from.plusDays(span)) {
			this.runs.runsBetween(owner, from, from.plusDays(span - 1)).forEach(each);
		}
	}

	private static String originalPath(Run run) {
		return "runs/" + run.id() + "/";
	}

	private static String originalPath(Run run, OriginalFile file) {
		return originalPath(run) + safeName(file.name());
	}

	/** A file name that stays inside its folder on any system: letters, digits, dot, dash and underscore. */
	static String safeName(String name) {
		String safe = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
		return safe.isEmpty() ? "file" : safe.length() > 120 ? safe.substring(safe.length() - 120) : safe;
	}

	private interface EntryBody {

		void write(OutputStream out) throws IOException;

	}

	private void array(ZipOutputStream zip, String name, Consumer<Consumer<Object>> items) {
		entry(zip, name, (o) -> {
			try (JsonArrayWriter array = new JsonArrayWriter(this.json, o)) {
				items.accept(array::add);
			}
		});
	}

	private static void entry(ZipOutputStream zip, String name, EntryBody body) {
		try {
			zip.putNextEntry(new ZipEntry(name));
			body.write(zip);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the export could not be written", ex);
		}
	}

	private static byte[] readme() throws IOException {
		try (InputStream in = DataExport.class.getResourceAsStream("export-readme.txt")) {
			if (in == null) {
				throw new IllegalStateException("export-readme.txt is missing from the build");
			}
			return in.readAllBytes();
		}
	}

}
