package dev.leibniz.agent;


import dev.leibniz.core.Companions;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;

/**
 * The java agent: {@code premain} registers a {@link PreFilter} (a scan of the raw class bytes,
 * and of the headers of non-JDK supertypes) in front of the {@link CompanionTransformer}, built
 * when the first class passes the filter ({@link Deferred}), which hands each such class file to
 * the core; the core decides whether the class declares a method annotated {@code
 * dev.leibniz.Differentiable} or overrides one (by name, so the annotation class is never loaded
 * for matching) and adds their companions as the classes load. A program without such classes
 * never loads the core. Invalid options stop the JVM
 * at start; beyond that, every entry point catches {@link Throwable}: the agent never stops the
 * application.
 */
public final class LeibnizAgent {
  private LeibnizAgent() {}

  /**
   * Started by {@code -javaagent}. Invalid options stop the JVM here, with a message naming the
   * option and listing the valid ones; anything else that goes wrong only disables the agent.
   */
  public static void premain(String args, Instrumentation inst) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("leibniz: " + e.getMessage() + "; the JVM stops here");
      System.exit(1);
      return;
    }
    start(options, inst);
  }

  /**
   * Attaching at run time ({@link Leibniz#install()} or the attach API); classes already loaded
   * keep their code. Invalid options throw {@link IllegalArgumentException} to the attacher.
   */
  public static void agentmain(String args, Instrumentation inst) {
    if (RetransformWatch.TAIL.equals(args)) {
      RetransformWatch.tailAttached(inst); // attached behind another agent to regenerate companions
      return;
    }
    start(Options.parse(args), inst);
  }

  /** Installs the transformer unless another copy of the agent already runs in this JVM. */
  static void start(Options options, Instrumentation inst) {
    try {
      String first = FirstInstance.claim();
      if (first != null) {
        if (!options.quiet) {
          System.err.println("leibniz: the agent is already running (from " + first + "); this second copy (from "
              + FirstInstance.location() + ") stays out");
        }
        return;
      }
      SelfCheck.enable(options.check);
      if (options.tape >= 0) {
        // read by the generated code of checkpointed loops (Checkpointer.BUDGET_PROPERTY)
        System.setProperty(dev.leibniz.core.outline.Checkpointer.BUDGET_PROPERTY, Long.toString(options.tape));
      }
      if (options.verbose) {
        // read by the generated code of checkpointed loops, which prints the schedule it chooses
        System.setProperty(dev.leibniz.core.outline.Checkpointer.VERBOSE_PROPERTY, "true");
      }
      FirstDispatch.install(options.verbose, inst); // companions of receivers the transformer never saw, at their first call
      FirstDispatch.configure(options.dump, options.check > 0); // they are dumped and checked like the others
      FirstDispatch.warnings(options); // and warned of like them
      inst.addTransformer(new PreFilter(new Deferred(() -> differentiator(options))));
      if (inst.isRetransformClassesSupported()) {
        inst.addTransformer(new RetransformWatch(options, inst), true); // regenerates companions after another agent retransforms a class
      }
      reportAlreadyLoaded(inst, options);
    } catch (Throwable t) {
      System.err.println("leibniz: the agent could not start and is disabled: " + t);
    }
  }

  /** The transformer that adds the companions; built at the first class that may need it (the core loads then). */
  static ClassFileTransformer differentiator(Options options) {
    return new CompanionTransformer(options);
  }

  /** Classes loaded before the agent cannot gain methods: say so instead of staying silent. */
  private static void reportAlreadyLoaded(Instrumentation inst, Options options) {
    if (options.quiet) {
      return;
    }
    java.security.ProtectionDomain own = LeibnizAgent.class.getProtectionDomain();
    for (Class<?> c : inst.getAllLoadedClasses()) {
      String n = c.getName();
      if (n.startsWith("java.") || n.startsWith("jdk.") || n.startsWith("sun.") || n.startsWith("dev.leibniz.shaded.")
          || c.getClassLoader() == null || (n.startsWith("dev.leibniz.") && c.getProtectionDomain() == own)) {
        continue; // the agent's own classes too: listing their methods would load the types they name (the core's among them)
      }
      try {
        for (Method m : c.getDeclaredMethods()) {
          for (java.lang.annotation.Annotation a : m.getDeclaredAnnotations()) {
            if (a.annotationType().getName().equals("dev.leibniz.Differentiable")) {
              System.err.println("leibniz: " + n + " was loaded before the agent started; its methods cannot gain companions ("
                  + m.getName() + Companions.TANGENT + ", " + m.getName() + Companions.ADJOINT + ")");
              break;
            }
          }
        }
      } catch (Throwable ignored) {
        // A class whose methods cannot be listed cannot be one of ours either.
      }
    }
  }
}
