package dev.backstride.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.backstride.database.jdbc.H2Backup;
import dev.backstride.database.jdbc.H2Files;

import org.springframework.stereotype.Service;

/**
 * Backs up the whole instance while it runs. On the embedded H2 database that is a zip of its file,
 * consistent as of one moment (H2's {@code BACKUP TO}); a PostgreSQL database is backed up with
 * {@code pg_dump}, outside the app.
 */
@Service
public class Backups {

	private final H2Backup h2;

	public Backups(H2Backup h2) {
		this.h2 = h2;
	}

	public synchronized Backup take() throws IOException {
		String url = this.h2.url();
		if (!H2Files.isEmbeddedFile(url)) {
			return new Backup.Elsewhere(url.startsWith("jdbc:postgresql:")
					? "This instance keeps its data in PostgreSQL. Back it up with pg_dump; the README shows how."
					: "This instance keeps no database file of its own to back up.");
		}
		Path zip = Files.createTempFile("backstride-backup-", ".zip");
		Files.delete(zip);
		this.h2.backUpTo(zip);
		return new Backup.Taken(zip);
	}

}
