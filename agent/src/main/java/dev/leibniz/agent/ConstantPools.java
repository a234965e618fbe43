package dev.leibniz.agent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
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
 * are told apart by shape only.
 */
final class ConstantPools {
  private ConstantPools() {}

  private static volatile Function<Class<?>, List<String>> reader;

  /** Sets up the reader; false when the JDK does not allow it. */
  @SuppressWarnings("unchecked")
  static boolean open(Instrumentation inst) {
    try (InputStream in = ConstantPools.class.getResourceAsStream("ConstantPoolReader.class")) {
      byte[] bytes = in.readAllBytes();
      Isolated loader = new Isolated();
      Class<?> c = loader.define(ConstantPoolReader.class.getName(), bytes);
      Module base = Object.class.getModule(), own = loader.getUnnamedModule();
      inst.redefineModule(base, Set.of(), Map.of("jdk.internal.reflect", Set.of(own)), Map.of("java.lang", Set.of(own)), Set.of(), Map.of());
      Function<Class<?>, List<String>> r = (Function<Class<?>, List<String>>) c.getConstructor().newInstance();
      if (r.apply(ConstantPools.class) == null) return false;
      reader = r;
      return true;
    } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
      return false;
    }
  }

  /** Forgets the reader (the module stays open to its loader, which nothing else can reach). */
  static void close() {
    reader = null;
  }

  /** The methods {@code c}'s constant pool refers to ({@code owner/name(desc)}), or null when unknown. */
  static List<String> methodsReferredToBy(Class<?> c) {
    Function<Class<?>, List<String>> r = reader;
    return r == null ? null : r.apply(c);
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
