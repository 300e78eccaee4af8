/**
 * How much one account may store, and how lists are read a page at a time. Plain Java only: the
 * limits ({@link Quotas}), the refusal when one is reached ({@link QuotaExceeded}), and the keyset
 * cursor that pages of every list are read with ({@link PageRequest}, {@link Page}, {@link Cursor}), and
 * the cap on the bytes a file or zip entry may unpack to ({@link BoundedInput}).
 * It knows nothing of the modules that use it.
 */
@NullMarked
package dev.backstride.limits;

import org.jspecify.annotations.NullMarked;
