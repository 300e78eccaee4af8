package dev.backstride;

import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Rules, scores and maths in a module's base package stay plain Java: only the module API services
 * and configuration classes there may touch Spring or JDBC. Adapters live in sub-packages.
 */
class PureCoreTests {

	private static final String[] MODULE_BASES = { "dev.backstride.account", "dev.backstride.screening",
			"dev.backstride.checkin", "dev.backstride.motion", "dev.backstride.program",
			"dev.backstride.runs", "dev.backstride.insight", "dev.backstride.interop" };

	private static final Pattern SPRING_GENERATED = Pattern.compile(".*(__|\\$\\$SpringCGLIB\\$\\$)[^/]*\\.class$");

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		// not the bean definitions and proxies that Spring AOT (./mvnw -Paot package) adds to target/classes
		.withImportOption(location -> !location.matches(SPRING_GENERATED))
		.importPackages("dev.backstride");

	@Test
	void pureClassesInModuleBasePackagesDoNotDependOnSpringOrJdbc() {
		ArchRule rule = noClasses().that()
			.resideInAnyPackage(MODULE_BASES)
			.and()
			.areNotAnnotatedWith(org.springframework.stereotype.Service.class)
			.and()
			.areNotAnnotatedWith(org.springframework.context.annotation.Configuration.class)
			.and()
			.areNotAnnotatedWith(org.springframework.boot.context.properties.ConfigurationProperties.class)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
			.allowEmptyShould(true);
		rule.check(this.classes);
	}

}
