package dev.leibniz.agent;

import java.security.CodeSource;

/**
 * Makes a second copy of the agent in the same JVM stay out: {@code -javaagent} given twice, or
 * {@code -javaagent} plus {@link Leibniz#install()}, would otherwise add every companion twice
 * and every annotated class would fail to load (duplicate methods). The mark is a system property
 * rather than a static field because the two copies may come from different jars or class
 * loaders.
 */
final class FirstInstance {
  /** Also read by {@code dev.leibniz.Facades} (annotations) to say whether the agent runs. */
  static final String PROPERTY = "leibniz.agent.installed";

  private FirstInstance() {}

  /** Claims the JVM for this copy; the location of the copy already running, or null if none. */
  static String claim() {
    Object earlier = System.getProperties().putIfAbsent(PROPERTY, location());
    return earlier == null ? null : earlier.toString();
  }

  /** Whether some copy of the agent already runs in this JVM. */
  static boolean claimed() {
    return System.getProperty(PROPERTY) != null;
  }

  /** Where this copy was loaded from, for the message that names both. */
  static String location() {
    CodeSource source = FirstInstance.class.getProtectionDomain().getCodeSource();
    return source == null || source.getLocation() == null ? "an unknown location" : source.getLocation().toString();
  }
}
