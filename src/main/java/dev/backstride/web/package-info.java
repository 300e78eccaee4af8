/**
 * The shell: layout, home page, error handling shared by every page and endpoint. It reads the
 * other modules' APIs to compose the home page and owns no data.
 */
@NullMarked
package dev.backstride.web;

import org.jspecify.annotations.NullMarked;
