package dev.backstride.motion;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's stages, one sub-package each in the order the data flows, are pure: no Spring, no JDBC,
 * no file or network I/O, and none of the module's adapters (readers, pages, storage).
 */
class EngineStagesTests {

	private static final String[] STAGES = { "dev.backstride.motion.preparation..",
			"dev.backstride.motion.attitude..", "dev.backstride.motion.events..", "dev.backstride.motion.angles..",
			"dev.backstride.motion.metrics.." };

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.backstride.motion");

	@Test
	void stagesUseNeitherSpringNorStorageNorTheAdapters() {
		ArchRule rule = noClasses().that()
			.resideInAnyPackage(STAGES)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "java.io..", "java.nio..",
					"java.net..", "dev.backstride.motion.web..", "dev.backstride.motion.jdbc..",
					"dev.backstride.motion.csv..");
		rule.check(this.classes);
	}

	@Test
	void everyStageHoldsClasses() {
		for (String stage : STAGES) {
			String name = stage.substring(0, stage.length() - 2);
			assertThat(this.classes.stream().filter(c -> c.getPackageName().equals(name))).as(name).isNotEmpty();
		}
	}

}
