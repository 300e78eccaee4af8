/**
 * The database itself, whatever the modules keep in it: an acknowledged write on the embedded H2
 * database is on disk before its answer leaves, and an administrator can back the whole instance up
 * while it runs. It reads no module's data and no module depends on it.
 */
@NullMarked
package dev.backstride.database;

import org.jspecify.annotations.NullMarked;
