package dev.backstride.account.security;

import dev.backstride.account.AccountId;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the OpenAPI description shows authentication: a bearer scheme for personal access tokens on
 * every operation but sign-up. The signed-in runner ({@link AccountId} in a handler's parameters) comes
 * from the token, so it is left out of every operation's parameters, in this one place.
 */
@Configuration
class ApiDocs {

	static final String BEARER = "personalAccessToken";

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(AccountId.class);
	}

	@Bean
	OpenAPI backstrideOpenApi() {
		return new OpenAPI().info(new Info().title("Backstride API").version("v1"))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A personal access token (bst_…) from sign-up, /tokens or /api/v1/tokens.")));
	}

	/**
	 * Every API operation needs the token except sign-up, as {@link SecurityConfiguration#api} says, and
	 * answers 401 without it.
	 */
	@Bean
	OpenApiCustomizer bearerOnAuthenticatedOperations() {
		return openApi -> openApi.getPaths()
			.forEach((path, item) -> item.readOperations()
				.stream()
				.filter(operation -> !SecurityConfiguration.PUBLIC_API.equals(path))
				.forEach(operation -> {
					operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
					if (operation.getResponses() == null) {
						operation.setResponses(new ApiResponses());
					}
					operation.getResponses()
						.putIfAbsent("401", new ApiResponse().description("No valid personal access token was sent.")
							.content(new Content().addMediaType("application/problem+json", new MediaType())));
				}));
	}

}
