package dev.leibniz.agent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which method a lambda's class calls — its body, or the method a method reference names — read
 * from the class's constant pool ({@link ConstantPoolReader}), for the lambdas whose body cannot be
 * told from their shape alone (two lambdas of one function type, capturing the same types, created
 * in one class). Reading it needs a JDK internal; the agent opens it with {@link
 * Instrumentation#redefineModule} to a class loader holding only the reader, so the application's
 * own modules gain no access. Without it (no {@code Instrumentation}, or a JDK that refuses), lambdas
 * are told apart by shape only. The same loader holds {@link JdkLambdaAccess}, to which {@code java.util.function} is
 * opened: the operators a lambda the JDK made ({@code DoubleUnaryOperator.andThen}'s) captured are read through it.
 */
final class ConstantPools {
  private ConstantPools() {}

  private static volatile Function<Class<?>, List<String>> reader;
  /** A private lookup in a lambda class of {@code java.util.function} ({@link JdkLambdaAccess}), set up with the reader. */
  private static volatile Function<Class<?>, MethodHandles.Lookup> jdkLambdas;
  /**
   * The instrumentation to set the reader up with at its first use, or null. Not at the agent's start: setting it up
   * reads a class file, defines a loader and calls the JDK reflectively (method handles spun on JDK 18 and later), work
   * that every program under the agent would pay for a question that only a first dispatch on a lambda asks.
   */
  private static Instrumentation pending;

  /** Sets up the reader with {@code inst} when it is first needed ({@link #methodsReferredToBy}). */
  static synchronized void open(Instrumentation inst) {
    reader = null;
    jdkLambdas = null;
    pending = inst;
  }

  /** Sets up the reader; false when the JDK does not allow it. */
  @SuppressWarnings("unchecked")
  private static boolean openNow(Instrumentation inst) {
    try (InputStream in = ConstantPools.class.getResourceAsStream("ConstantPoolReader.class")) {
      byte[] bytes = in.readAllBytes();
      Isolated loader = new Isolated();
      Class<?> c = loader.define(ConstantPoolReader.class.getName(), bytes);
      Class<?> access = loader.define(JdkLambdaAccess.class.getName(), bytesOf(JdkLambdaAccess.class));
      Module base = Object.class.getModule(), own = loader.getUnnamedModule();
      inst.redefineModule(base, Set.of(), Map.of("jdk.internal.reflect", Set.of(own)),
          Map.of("java.lang", Set.of(own), "java.util.function", Set.of(own)), Set.of(), Map.of());
      Function<Class<?>, List<String>> r = (Function<Class<?>, List<String>>) c.getConstructor().newInstance();
      if (r.apply(ConstantPools.class) == null) return false;
      jdkLambdas = (Function<Class<?>, MethodHandles.Lookup>) access.getConstructor().newInstance();
      reader = r;
      return true;
    } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static byte[] bytesOf(Class<?> c) throws IOException {
    try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
      return in.readAllBytes();
    }
  }

  /**
   * A private lookup in {@code lambda}, a lambda class the JDK made in {@code java.util.function} (its captured
   * operators are read through it), or null when it is not one or the JDK does not allow it.
   */
  static MethodHandles.Lookup inJdkLambda(Class<?> lambda) {
    if (reader == null) opened();
    Function<Class<?>, MethodHandles.Lookup> a = jdkLambdas;
    return a == null ? null : a.apply(lambda);
  }

  /** Forgets the reader (the module stays open to its loader, which nothing else can reach). */
  static synchronized void close() {
    reader = null;
    jdkLambdas = null;
    pending = null;
  }

  /** The methods {@code c}'s constant pool refers to ({@code owner/name(desc)}), or null when unknown. */
  static List<String> methodsReferredToBy(Class<?> c) {
    Function<Class<?>, List<String>> r = reader;
    if (r == null) r = opened();
    return r == null ? null : r.apply(c);
  }

  /** The reader, set up now if {@link #open} was called and it has not been tried yet. */
  private static synchronized Function<Class<?>, List<String>> opened() {
    Instrumentation inst = pending;
    if (reader == null && inst != null) {
      pending = null; // tried once: a JDK that refuses refuses every time
      openNow(inst);
    }
    return reader;
  }

  /** A loader that knows only java.base (its parent is the bootstrap loader) and the one class given. */
  private static final class Isolated extends ClassLoader {
    Isolated() {
      super(null);
    }

    Class<?> define(String name, byte[] bytes) {
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
