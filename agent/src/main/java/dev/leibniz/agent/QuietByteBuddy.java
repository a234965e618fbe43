package dev.leibniz.agent;

import net.bytebuddy.dynamic.Nexus;

/**
 * Keeps the bundled ByteBuddy from touching {@code sun.misc.Unsafe}, which JDK 24 and later
 * report with four {@code WARNING} lines on every start. The only use on our path is eager:
 * {@code new AgentBuilder.Default()} builds a self-injecting initialisation strategy whose
 * {@code NexusAccessor} probes {@code Unsafe}, although the agent replaces that strategy with
 * {@code NoOp} (it never adds initialisers, so the Nexus is never needed). ByteBuddy skips the
 * Nexus when its property is set. In the shaded jar the property's name is relocated with the
 * classes ({@code dev.leibniz.shaded.net.bytebuddy.nexus.disabled}), so this affects our copy of
 * ByteBuddy only, never one the application itself uses.
 */
final class QuietByteBuddy {
  private QuietByteBuddy() {}

  static void configure() {
    System.getProperties().putIfAbsent(Nexus.PROPERTY, "true");
  }
}
