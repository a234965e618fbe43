package dev.leibniz.agent;

import java.lang.instrument.Instrumentation;
import net.bytebuddy.agent.ByteBuddyAgent;

/**
 * Starts the agent from inside a running program, typically a test, for builds where adding
 * {@code -javaagent} to the JVM's command line is awkward. The agent jar must be on the class
 * path. Only classes loaded afterwards gain companions, so call it before the first use of a
 * class with {@code @Differentiable} methods (see {@link LeibnizExtension} for JUnit 5).
 *
 * <p>It attaches through ByteBuddy's self-attach: directly when the JVM runs with {@code
 * -Djdk.attach.allowAttachSelf=true}, else through a short-lived helper JVM (about half a second
 * more). JDK 21 and later print a warning for agents loaded this way unless the JVM runs with
 * {@code -XX:+EnableDynamicAgentLoading}; {@code -javaagent} needs neither.
 */
public final class Leibniz {
  private Leibniz() {}

  /** {@link #install(String)} with the default options. */
  public static void install() {
    install("");
  }

  /**
   * Starts the agent with {@code options} (as after {@code =} in {@code -javaagent}); does nothing
   * when the agent already runs in this JVM (from {@code -javaagent} or an earlier call).
   *
   * @throws IllegalArgumentException for an unknown option
   * @throws IllegalStateException when the JVM does not allow attaching an agent
   */
  public static synchronized void install(String options) {
    Options parsed = Options.parse(options);
    if (FirstInstance.claimed()) {
      return;
    }
    Instrumentation inst;
    try {
      inst = ByteBuddyAgent.install();
    } catch (RuntimeException e) {
      throw new IllegalStateException("leibniz: cannot attach the agent to this JVM (" + e.getMessage()
          + "); run it with -javaagent:leibniz-agent.jar instead", e);
    }
    LeibnizAgent.start(parsed, inst);
  }
}
