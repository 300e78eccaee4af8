package dev.backstride.database;

import java.nio.file.Path;

/** What asking for a backup of the whole instance gives. */
public sealed interface Backup {

	/** A zip of the database, taken while the app ran; the caller deletes it when done. */
	record Taken(Path zip) implements Backup {
	}

	/** This database is backed up with its own tools; the reason says which. */
	record Elsewhere(String reason) implements Backup {
	}

}
