package dev.backstride.motion.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImuUploadsTests {

	@Test
	void aFileNameIsKeptWithoutControlCharactersOrHalfCharacters() {
		assertThat(ImuUploads.fileName("Run\u0000\u0007\ud800.zip")).isEqualTo("Run.zip");
		assertThat(ImuUploads.fileName("Lauf 😀.zip")).isEqualTo("Lauf 😀.zip");
		assertThat(ImuUploads.fileName("\u0000")).isEqualTo("upload");
		assertThat(ImuUploads.fileName(null)).isEqualTo("upload");
		assertThat(ImuUploads.fileName("a".repeat(500))).hasSize(100);
	}

}
