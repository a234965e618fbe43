package dev.leibniz.agent;

import dev.leibniz.core.ClassDifferentiator;
import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * Says when another agent retransforms a class that has companions. A retransformation (a mocking
 * library, a profiler or tracer attached later) replays the companions as first generated and
 * lets the retransforming agent change the methods' code after them; the companions cannot be
 * regenerated from code the agent never sees, nor removed (retransformation cannot remove
 * methods), so they would silently differentiate the code as loaded. This transformer, registered
 * as retransformation-capable, is called in every retransformation and prints one warning per
 * class. A redefinition (a debugger's hot swap) is different: it passes the new class file through
 * the companion writer first, which regenerates the companions from it ({@link #redefining} marks
 * that, on the same thread, so that no warning is printed).
 */
final class RetransformWatch implements ClassFileTransformer {
  /** The class the companion writer just saw being redefined on this thread, or null. */
  private static final ThreadLocal<String> redefining = new ThreadLocal<>();
  private final Set<String> warned = ConcurrentHashMap.newKeySet();
  private final Options options;

  RetransformWatch(Options options) {
    this.options = options;
  }

  /** Called by the companion writer's filter for a class being redefined (not retransformed). */
  static void redefinitionSeen(String internalName) {
    redefining.set(internalName);
  }

  @Override
  public byte[] transform(ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain, byte[] bytes) {
    try {
      String redefinedHere = redefining.get();
      redefining.remove();
      if (redefined == null || name == null || name.equals(redefinedHere) || options.quiet
          || !PreFilter.mentionsDifferentiable(bytes)) {
        return null;
      }
      ClassNode cn = new ClassNode();
      new ClassReader(bytes).accept(cn, ClassReader.SKIP_CODE);
      if (ClassDifferentiator.hasCompanions(cn) && warned.add(name)) {
        System.err.println("leibniz: warning: " + name.replace('/', '.') + " is being retransformed by another agent after its"
            + " companions were generated; they are not regenerated: where that agent changes what a @Differentiable method"
            + " computes (a mock, a stub), the companions still differentiate the code as loaded (check=FRACTION compares"
            + " them with the running code)");
      }
    } catch (Throwable ignored) {
      // only a message: never in the way of the other agent
    }
    return null;
  }
}
