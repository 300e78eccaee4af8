/**
 * The clinical rules explained in plain words: one page per rule id of the care protocol, read at
 * start from the project's own Markdown files ({@code docs/rules/}), so that every "why?" link of
 * every other module lands on its explanation. It depends on no other module and stores nothing.
 */
@NullMarked
package dev.backstride.rules;

import org.jspecify.annotations.NullMarked;
