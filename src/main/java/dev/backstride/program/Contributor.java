package dev.backstride.program;

/**
 * A contributor found (PROTOCOL §1: {@code C-HAM}, {@code C-CORE}, {@code C-PELVIS}), the test that
 * found it, and why, in words.
 */
public record Contributor(String id, String foundBy, String reason) {

}
