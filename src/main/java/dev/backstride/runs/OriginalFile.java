package dev.backstride.runs;

/** A file as it was uploaded (or as it sat inside an archive), kept with the run read from it. */
public record OriginalFile(String name, byte[] bytes) {
}
