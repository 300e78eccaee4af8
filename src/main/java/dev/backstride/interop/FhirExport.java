package dev.backstride.interop;

import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.account.Profile;
import dev.backstride.checkin.CheckIns;
import dev.backstride.motion.Motions;
import dev.backstride.program.Programs;
import dev.backstride.runs.Runs;
import dev.backstride.screening.Screening;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * The runner's data for a clinician: one FHIR R4 Bundle of type {@code collection} (see
 * {@link FhirResources} for what becomes which resource). Entries are named by fresh {@code urn:uuid}s
 * and refer to the Patient entry by it. Written straight to the stream a page at a time, like
 * {@link DataExport}.
 */
@Service
public class FhirExport {

	private final Accounts accounts;

	private final Screening screening;

	private final CheckIns checkIns;

	private final Programs programs;

	private final Runs runs;

	private final Motions motions;

	private final DataExport export;

	private final ObjectWriter json;

	private final Clock clock;

	public FhirExport(Accounts accounts, Screening screening, CheckIns checkIns, Programs programs, Runs runs,
			Motions motions, DataExport export, JsonMapper json, Clock clock) {
		this.accounts = accounts;
		this.screening = screening;
		this.checkIns = checkIns;
		this.programs = programs;
		this.runs = runs;
		this.motions = motions;
		this.export = export;
		// a Bundle cut off half way (a database error, the time limit) must not be closed into valid JSON
		this.json = json.writer().without(StreamWriteFeature.AUTO_CLOSE_CONTENT);
		this.clock = clock;
	}

	public void writeBundle(AccountId owner, OutputStream out) {
		try (JsonGenerator bundle = this.json.createGenerator(JsonArrayWriter.unclosed(out))) {
			bundle.writeStartObject();
			bundle.writeStringProperty("resourceType", "Bundle");
			bundle.writeStringProperty("type", "collection");
			bundle.writeStringProperty("timestamp", this.clock.instant().toString());
			bundle.writeName("entry");
			bundle.writeStartArray();
			Entries entries = new Entries(bundle);
			Profile profile = this.accounts.profile(owner);
			String patient = entries.add(FhirResources.patient(profile));
			profile.age().ifPresent((age) -> entries.add(FhirResources.age(patient, age, this.clock.instant())));
			var questionnaires = this.screening.questionnaires();
			DataExport.eachOf((p) -> this.screening.riskHistory(owner, p), (r) -> {
				String response = entries.add(FhirQuestionnaires.riskResponse(patient, r, questionnaires.risk()));
				entries.add(FhirQuestionnaires.riskScore(patient, response, r));
			});
			DataExport.eachOf((p) -> this.screening.functionHistory(owner, p), (f) -> {
				String response = entries.add(FhirQuestionnaires.functionResponse(patient, f, questionnaires.function()));
				entries.add(FhirQuestionnaires.functionScore(patient, response, f));
			});
			DataExport.eachOf((p) -> this.checkIns.history(owner, p),
					(c) -> FhirResources.checkIn(patient, c).forEach(entries::add));
			this.export.eachRun(owner, (run) -> entries.add(FhirActivities.run(patient, run)));
			DataExport.eachOf((p) -> this.programs.sessions(owner, p),
					(s) -> FhirSessions.session(patient, s, entries::add));
			DataExport.eachOf((p) -> this.programs.tests(owner, p), (t) -> entries.add(FhirActivities.selfTest(patient, t)));
			DataExport.eachOf((p) -> this.motions.list(owner, p),
					(m) -> FhirActivities.pelvis(patient, m).ifPresent(entries::add));
			bundle.writeEndArray();
			bundle.writeEndObject();
		}
	}

	/** Writes each resource as a bundle entry under a new {@code urn:uuid}, and returns that name. */
	private final class Entries {

		private final JsonGenerator bundle;

		Entries(JsonGenerator bundle) {
			this.bundle = bundle;
		}

		String add(Map<String, Object> resource) {
			String fullUrl = "urn:uuid:" + UUID.randomUUID();
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("fullUrl", fullUrl);
			entry.put("resource", resource);
			FhirExport.this.json.writeValue(this.bundle, entry);
			return fullUrl;
		}

	}

}
