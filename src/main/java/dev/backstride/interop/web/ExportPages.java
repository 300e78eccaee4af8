package dev.backstride.interop.web;

import java.io.IOException;

import dev.backstride.account.AccountId;
import dev.backstride.interop.DataExport;
import dev.backstride.interop.ExportSlots;
import dev.backstride.interop.ExportTurn;
import dev.backstride.interop.FhirExport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The account page's two downloads (session). A download that cannot start now sends the browser back
 * to the account page's export card, which says why in {@code exportBusy}; one that starts is saved
 * by the browser as a file (Content-Disposition), so the page stays as it was.
 */
@Controller
class ExportPages {

	private final DataExport export;

	private final FhirExport fhir;

	private final ExportSlots slots;

	ExportPages(DataExport export, FhirExport fhir, ExportSlots slots) {
		this.export = export;
		this.fhir = fhir;
		this.slots = slots;
	}

	@GetMapping("/account/export")
	void zip(AccountId runner, HttpServletRequest request, HttpServletResponse response) throws IOException {
		switch (this.slots.take(runner)) {
			case ExportTurn.Busy busy -> backToAccount(busy, request, response);
			case ExportTurn.Granted granted -> Downloads.write(granted.slot(), response, "application/zip", "zip",
					(out) -> this.export.writeZip(runner, out));
		}
	}

	@GetMapping("/account/export/fhir")
	void fhir(AccountId runner, HttpServletRequest request, HttpServletResponse response) throws IOException {
		switch (this.slots.take(runner)) {
			case ExportTurn.Busy busy -> backToAccount(busy, request, response);
			case ExportTurn.Granted granted -> Downloads.write(granted.slot(), response, ExportController.FHIR_JSON,
					"fhir.json", (out) -> this.fhir.writeBundle(runner, out));
		}
	}

	private static void backToAccount(ExportTurn.Busy busy, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		RequestContextUtils.getOutputFlashMap(request).put("exportBusy", busy.reason());
		RequestContextUtils.saveOutputFlashMap("/account", request, response);
		response.setHeader("Retry-After", Long.toString(busy.retryAfter().toSeconds()));
		response.sendRedirect(request.getContextPath() + "/account#export");
	}

}
