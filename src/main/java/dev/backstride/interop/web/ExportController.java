package dev.backstride.interop.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.backstride.account.AccountId;
import dev.backstride.interop.DataExport;
import dev.backstride.interop.FhirExport;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of all the runner's data: the zip and the FHIR Bundle, on the API (token) and for the
 * account page (session). The body is written straight to the response while it is read.
 */
@RestController
class ExportController {

	private final DataExport export;

	private final FhirExport fhir;

	ExportController(DataExport export, FhirExport fhir) {
		this.export = export;
		this.fhir = fhir;
	}

	@GetMapping({ "/api/v1/export", "/account/export" })
	void zip(AccountId runner, HttpServletResponse response) throws IOException {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("zip"));
		this.export.writeZip(runner, response.getOutputStream());
	}

	@GetMapping({ "/api/v1/export/fhir", "/account/export/fhir" })
	void fhir(AccountId runner, HttpServletResponse response) throws IOException {
		response.setContentType("application/fhir+json;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("fhir.json"));
		this.fhir.writeBundle(runner, response.getOutputStream());
	}

	private static String attachment(String extension) {
		return "attachment; filename=\"backstride-" + LocalDate.now(ZoneOffset.UTC) + "." + extension + "\"";
	}

}
