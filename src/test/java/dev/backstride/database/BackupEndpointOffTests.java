package dev.backstride.database;

import dev.backstride.ApiClient;
import dev.backstride.ApiClient.Reply;
import dev.backstride.BackstrideTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Without BACKSTRIDE_ADMIN_TOKEN there is no backup endpoint, whoever asks. */
@BackstrideTest
class BackupEndpointOffTests {

	@LocalServerPort
	int port;

	@Test
	void withoutAnAdministratorTokenThereIsNoBackup() {
		ApiClient runner = new ApiClient(this.port).signUp();
		for (ApiClient client : new ApiClient[] { new ApiClient(this.port), runner }) {
			Reply reply = client.post("/admin/backup", "");
			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.contentType()).isEqualTo("application/problem+json");
		}
	}

}
