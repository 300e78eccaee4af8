package dev.backstride.web;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The answers every API operation can give besides its own, written into the OpenAPI description in
 * this one place, as the filters and advice in this module give them: problem details for bad input
 * (400), a body over its limit (413), a limit reached (429 with
 * {@code Retry-After}, or 409 when an account holds the most it may keep) and a busy database (503 with
 * {@code Retry-After}). Lists read a page at a time name the next page in a {@code Link} header. The 401
 * of operations that need a token is written where the token scheme is ({@code account.security.ApiDocs}).
 */
@Configuration
class DocumentedAnswers {

	static final String PROBLEM = "Problem";

	private static final String SIGN_UP = "/api/v1/signup";

	/** Deleting the account asks for the password, so it is throttled like a sign-in. */
	private static final String ACCOUNT = "/api/v1/account";

	@Bean
	OpenApiCustomizer problemAnswersAndPages() {
		return openApi -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> describe(path, item));
		};
	}

	private static void describe(String path, PathItem item) {
		item.readOperationsMap().forEach((method, operation) -> {
			ApiResponses answers = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
			operation.setResponses(answers);
			answers.putIfAbsent("400", problem("The request cannot be used; the detail says why in plain words."));
			if (operation.getRequestBody() != null) {
				answers.putIfAbsent("413", problem("The body is over its limit (256 KiB of JSON, 64 MiB for a file or"
						+ " a sensor recording)."));
			}
			if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.DELETE && ACCOUNT.equals(path)) {
				answers.putIfAbsent("429", problem("A limit on how often this may be done is reached (for deleting the"
						+ " account: too many wrong passwords).")
					.addHeaderObject("Retry-After", seconds("Seconds until it may be done again.")));
			}
			if (method == PathItem.HttpMethod.POST) {
				if (!SIGN_UP.equals(path)) {
					answers.putIfAbsent("409", problem("The account holds the most of these it may keep."));
				}
			}
			answers.putIfAbsent("503", problem("The server is busy; nothing was changed.")
				.addHeaderObject("Retry-After", seconds("Seconds after which to try again.")));
			if (isPaged(operation)) {
				ApiResponse ok = answers.get("200");
				if (ok != null) {
					ok.addHeaderObject("Link", new Header().schema(new StringSchema())
						.description("The next page, as <address>; rel=\"next\", when there is one (RFC 8288)."));
				}
			}
		});
	}

	/** A list read a page at a time takes a {@code cursor} from the previous page's {@code Link} header. */
	private static boolean isPaged(Operation operation) {
		if (operation.getParameters() == null) {
			return false;
		}
		boolean paged = false;
		for (Parameter parameter : operation.getParameters()) {
			if ("cursor".equals(parameter.getName())) {
				parameter.description("Where the page starts: copied from the previous page's Link header.");
				paged = true;
			}
			else if ("limit".equals(parameter.getName())) {
				parameter.description("Rows per page, 1 to 200 (50 when left out).");
			}
		}
		return paged;
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	private static Header seconds(String description) {
		return new Header().description(description).schema(new IntegerSchema());
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		return new ObjectSchema().description("An RFC 9457 problem: what went wrong, in plain words.")
			.properties(Map.of("type", new StringSchema(), "title", new StringSchema(), "status", new IntegerSchema(),
					"detail", new StringSchema().description("What is wrong and how to put it right."), "instance",
					new StringSchema()));
	}

}
