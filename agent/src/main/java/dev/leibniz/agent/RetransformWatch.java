package dev.leibniz.agent;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Regeneration;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * Regenerates the companions of a class that another agent retransforms (a mocking library, a
 * tracer attached later). A retransformation replays the companions as first generated and lets
 * the retransforming agent change the methods' code after them, and this transformer, registered
 * before that agent's, sees the class before that change. So it works in two passes:
 *
 * <ol>
 *   <li>In the other agent's retransformation, it makes every companion throw an {@code
 *       IllegalStateException} saying that the companions are being regenerated (never the
 *       derivative of code that no longer runs) and, on a thread of its own, asks for one more
 *       retransformation of the class (which the JVM runs after the first one is complete:
 *       retransformations of one class are serialised).
 *   <li>That retransformation goes through a transformer of a new instance of this agent,
 *       attached for it (a jar holding only a manifest that names this agent's class): the JVM calls the agents in the order they were attached, so this one
 *       runs last and sees the class as the other agent leaves it. It gives each companion the body
 *       generated from the changed code ({@link Regeneration}; a retransformation cannot add or
 *       remove methods, so a companion that the changed code no longer gives keeps throwing,
 *       saying why) and prints one line. This watch lets that pass through unchanged.
 * </ol>
 *
 * A redefinition (a debugger's hot swap) is different: it passes the new class file through the
 * companion writer first, which regenerates the companions from it ({@link #redefining} marks
 * that, on the same thread, so that nothing is done here). The mark names the class and is taken
 * only by this watch's call for that class (a class redefined while another is, on the same thread, has a mark of its own): a class that loads on the same thread in between (a
 * class another agent's transformer loads while the JVM runs the transformers of the redefinition
 * in turn) must not take it, or the redefinition would be handled as a retransformation.
 */
final class RetransformWatch implements ClassFileTransformer {
  /** The classes the companion writer saw being redefined on this thread and this watch has not seen yet (nested: a few). */
  private static final ThreadLocal<java.util.List<Class<?>>> redefining = new ThreadLocal<>();
  /** The argument of the jar's {@code agentmain} that attaches it behind every other agent ({@link #tailAttached}). */
  static final String TAIL = "leibniz-retransform-tail";
  /** The instrumentation of the instance attached last for a regeneration, handed over by {@code agentmain}. */
  private static volatile Instrumentation attachedTail;
  /**
   * Classes whose second, regenerating retransformation is under way, with the thread that asked for it (the JVM runs
   * the transformers on the asking thread): a retransformation of the class by another agent on another thread is a
   * change of its own and is handled as such.
   */
  private final Map<Class<?>, Thread> regenerating = new ConcurrentHashMap<>();
  private final Options options;
  private final Instrumentation inst;

  RetransformWatch(Options options, Instrumentation inst) {
    this.options = options;
    this.inst = inst;
  }

  /** Called by the companion writer's filter for a class being redefined (not retransformed). */
  static void redefinitionSeen(Class<?> redefined) {
    java.util.List<Class<?>> seen = redefining.get();
    if (seen == null) redefining.set(seen = new java.util.ArrayList<>(1));
    seen.add(redefined);
  }

  /** Whether {@code c} is being redefined on this thread (then the mark is taken: this watch sees each redefinition once). */
  private static boolean takeRedefinition(Class<?> c) {
    java.util.List<Class<?>> seen = redefining.get();
    if (seen == null || !seen.remove(c)) return false;
    if (seen.isEmpty()) redefining.remove();
    return true;
  }

  /** Called by {@code agentmain} of the instance attached for a regeneration. */
  static void tailAttached(Instrumentation inst) {
    attachedTail = inst;
  }

  @Override
  public byte[] transform(ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain, byte[] bytes) {
    try {
      if (redefined == null) return null; // a class loading (it leaves the mark of a redefinition under way alone)
      if (takeRedefinition(redefined)) return null; // a redefinition: the companion writer regenerated the companions already
      if (name == null || !PreFilter.mentionsDifferentiable(bytes)) return null;
      ClassNode cn = new ClassNode();
      new ClassReader(bytes).accept(cn, ClassReader.SKIP_CODE);
      if (!ClassDifferentiator.hasCompanions(cn)) return null;
      String shown = name.replace('/', '.');
      if (regenerating.get(redefined) == Thread.currentThread()) return null; // the second pass: the last transformer regenerates
      regenerate(redefined, shown);
      return Regeneration.interim(bytes, "was retransformed by another agent and its companions are being regenerated"
          + " from the changed code; call again in a moment (if this persists, the agent said why on standard error)");
    } catch (Throwable t) {
      say("leibniz: warning: the companions of " + name + " could not follow its retransformation by another agent: " + t);
      return null; // never in the way of the other agent
    }
  }

  /**
   * Retransforms {@code c} once more through a transformer of an instance of this jar attached
   * now, behind every other agent, which regenerates the companions from what it sees.
   */
  private void regenerate(Class<?> c, String shown) {
    Thread t = new Thread(() -> {
      synchronized (RetransformWatch.class) {
        ClassFileTransformer last = new ClassFileTransformer() {
          @Override
          public byte[] transform(ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain, byte[] bytes) {
            if (redefined != c || Thread.currentThread() != regenerating.get(c)) return null; // only the retransformation asked for
            try {
              // wrapped for the self-check as the companion writer wraps them (the same members, checked again)
              boolean checked = CompanionTransformer.checks(options, loader, !c.getModule().isNamed());
              Regeneration.Outcome o = Regeneration.regenerate(bytes, ClassFinder.of(loader),
                  (original, transformed) -> checked ? CompanionTransformer.checked(original, transformed, shown, ClassFinder.of(loader)) : transformed);
              say("leibniz: " + shown + " was retransformed by another agent; its companions were regenerated from the changed code"
                  + (o.dropped().isEmpty() ? "" : "; " + o.dropped().size() + " could not be and throw IllegalStateException saying why"));
              return o.bytes();
            } catch (Throwable e) {
              say("leibniz: warning: the companions of " + shown + " could not be regenerated after its retransformation by"
                  + " another agent and throw IllegalStateException: " + e);
              return null;
            }
          }
        };
        Instrumentation tail = null;
        try {
          tail = attachTail();
          tail.addTransformer(last, true);
          regenerating.put(c, Thread.currentThread());
          tail.retransformClasses(c); // waits for the retransformation in progress to finish
        } catch (Throwable e) {
          say("leibniz: warning: the companions of " + shown + " could not be regenerated after its retransformation by another"
              + " agent and throw IllegalStateException: " + e);
        } finally {
          regenerating.remove(c);
          if (tail != null) tail.removeTransformer(last);
        }
      }
    }, "leibniz-regenerate");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The instrumentation of an agent attached now (behind every agent attached so far) whose
   * {@code agentmain} is this agent's: a jar holding only a manifest naming {@link LeibnizAgent},
   * which the JVM finds already loaded by the system class loader, as the {@code -javaagent} jar
   * put it there.
   */
  private static Instrumentation attachTail() throws Exception {
    java.io.File jar = java.io.File.createTempFile("leibniz-tail", ".jar");
    jar.deleteOnExit();
    java.util.jar.Manifest manifest = new java.util.jar.Manifest();
    manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().putValue("Agent-Class", LeibnizAgent.class.getName());
    manifest.getMainAttributes().putValue("Can-Retransform-Classes", "true");
    try (java.io.OutputStream out = new java.util.jar.JarOutputStream(new java.io.FileOutputStream(jar), manifest)) {
      // the manifest is the whole jar
    }
    attachedTail = null;
    net.bytebuddy.agent.ByteBuddyAgent.attach(jar, Long.toString(ProcessHandle.current().pid()), TAIL);
    Instrumentation tail = attachedTail;
    if (tail == null) throw new IllegalStateException("the agent could not be attached behind the other agent");
    return tail;
  }

  private void say(String line) {
    if (!options.quiet) System.err.println(line);
  }
}
