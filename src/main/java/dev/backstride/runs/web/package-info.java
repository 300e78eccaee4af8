/** Pages and JSON API of the run log and its imports. */
@NullMarked
package dev.backstride.runs.web;

import org.jspecify.annotations.NullMarked;
