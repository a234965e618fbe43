package dev.leibniz.corpus;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.core.Result;
import dev.leibniz.testing.Transformed;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

/**
 * Loads an entry's classes after the core has run on them, as the agent would see them: the entry
 * class and the classes the entry marks for transformation (e.g. a user's ODE implementation) are
 * defined from the core's output, and so are, from their original bytes, their nested classes and the
 * non-public classes of their packages — those can only be reached from the same runtime package, which
 * under the agent they share. Public classes (those the test itself uses to build arguments) come from
 * the parent loader as usual.
 */
final class CorpusLoader extends ClassLoader {
  private final Map<String, byte[]> transformed;
  private final List<String> transformedNames;
  private final java.util.Set<String> superclasses;

  private CorpusLoader(ClassLoader parent, Map<String, byte[]> transformed) {
    super(parent);
    this.transformed = transformed;
    this.transformedNames = new ArrayList<>(transformed.keySet());
    this.superclasses = superclassesOfTransformed();
  }

  /** The core's verified output for a class and its diagnostics. */
  private record Differentiated(byte[] bytes, List<String> diagnostics) {}

  /**
   * The core's output for each class differentiated so far. It depends only on the class's bytes and
   * on the loader the core reads other classes from (the test's own, for every entry), and several
   * entries share a class (the jtransforms CommonUtils entries, Hivemall's MatrixUtils, also named
   * with {@code .with} by SDAR1D): each would otherwise run the core on it again, some 15 s each time
   * for MatrixUtils on a loaded machine. Each entry still gets a loader of its own, hence fresh
   * classes and static state.
   */
  private static final Map<Class<?>, Differentiated> DIFFERENTIATED = new java.util.concurrent.ConcurrentHashMap<>();

  /** Runs the core on each class (once per class), verifies its output, and returns a loader holding them with their diagnostics. */
  static CorpusLoader differentiate(List<Class<?>> types, List<String> diagnostics) {
    ClassLoader parent = types.get(0).getClassLoader();
    Map<String, byte[]> out = new HashMap<>();
    for (Class<?> type : types) {
      Differentiated d = DIFFERENTIATED.computeIfAbsent(type, t -> differentiate(t, parent));
      diagnostics.addAll(d.diagnostics());
      out.put(type.getName(), d.bytes());
    }
    return new CorpusLoader(parent, out);
  }

  /** A loader holding {@code transformed}, the core's verified output for {@code type}, as {@link #differentiate} would. */
  static CorpusLoader holding(Class<?> type, byte[] transformed) {
    return new CorpusLoader(type.getClassLoader(), Map.of(type.getName(), transformed));
  }

  /** The core's CPU time on each class differentiated (the thread's, in ms): the run ends by naming the slowest. */
  private static final Map<String, Long> CORE_MS = new java.util.concurrent.ConcurrentHashMap<>();

  /** The {@code n} classes on which the core took the most CPU time, slowest first, with their milliseconds. */
  static List<String> slowest(int n) {
    return CORE_MS.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
        .map(e -> e.getKey() + " " + e.getValue() + " ms").toList();
  }

  private static Differentiated differentiate(Class<?> type, ClassLoader loader) {
    byte[] bytes = Transformed.bytesOf(type);
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    Result r = new ClassDifferentiator(ClassFinder.of(loader)).differentiate(bytes);
    CORE_MS.put(type.getName(), (threads.getCurrentThreadCpuTime() - start) / 1_000_000);
    List<String> diagnostics = new ArrayList<>();
    for (Diagnostic d : r.diagnostics()) diagnostics.add(d.message());
    byte[] result = r.transformed() == null ? bytes : r.transformed();
    Transformed.verify(result, loader);
    return new Differentiated(result, List.copyOf(diagnostics));
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      Class<?> c = findLoadedClass(name);
      if (c == null) {
        byte[] bytes = transformed.containsKey(name) ? transformed.get(name) : childFirst(name);
        if (bytes == null) return super.loadClass(name, resolve);
        c = defineClass(name, bytes, 0, bytes.length);
      }
      if (resolve) resolveClass(c);
      return c;
    }
  }

  /** The original bytes of a nested class or a non-public package mate of a transformed class, else null. */
  private byte[] childFirst(String name) {
    boolean related = false;
    for (String t : transformedNames) {
      related |= name.startsWith(t + "$") || packageOf(name).equals(packageOf(t));
    }
    if (!related || name.startsWith("java.")) return null;
    byte[] bytes = resource(name);
    if (bytes == null) return null;
    boolean nested = false;
    for (String t : transformedNames) nested |= name.startsWith(t + "$");
    boolean isPublic = (new ClassReader(bytes).getAccess() & Opcodes.ACC_PUBLIC) != 0;
    return nested || !isPublic || superclasses.contains(name) ? bytes : null;
  }

  /**
   * The public superclasses of the transformed classes in their packages, and the public interfaces of their packages
   * they implement whose methods name one of those classes. One of them taken from the parent would link its
   * package-private types (H2O's {@code Distribution(DistributionFamily, LinkFunction)}) to the parent's copies, or name
   * in a method the parent's copy of a class defined here (LWJGL's {@code ReadableVector.store} returns {@code Vector},
   * the superclass of the transformed {@code Vector3f}), while the transformed subclass, loaded here, links them to this
   * loader's: a loader constraint violation that one loader, as under the agent, cannot have. Defined here, the class
   * and its package mates agree. Other interfaces stay the parent's: the test builds arguments of its own classes that
   * implement them (JOML's {@code Vector3d} given as the {@code Vector3dc} that the transformed {@code Vector3dAngle}
   * implements).
   */
  private java.util.Set<String> superclassesOfTransformed() {
    java.util.Set<String> classes = new java.util.HashSet<>(), interfaces = new java.util.LinkedHashSet<>();
    for (String t : transformedNames) {
      addSupertypes(new ClassReader(transformed.get(t)), packageOf(t), classes, interfaces);
      for (String nested : nestedClasses(t)) {
        byte[] bytes = resource(nested);
        if (bytes != null) addSupertypes(new ClassReader(bytes), packageOf(t), classes, interfaces);
      }
    }
    java.util.Set<String> here = new java.util.HashSet<>(classes);
    here.addAll(transformedNames);
    java.util.Set<String> found = new java.util.HashSet<>(classes);
    for (String i : interfaces) {
      if (namesAny(i, here, interfaces)) found.add(i);
    }
    return found;
  }

  /**
   * The classes nested in transformed class {@code t}, defined here too: their public superclasses in the package must
   * be as well (Commons Geometry's {@code Vector3D.Sum extends EuclideanVectorSum}, made by {@code Vector3D.lerp}).
   */
  private List<String> nestedClasses(String t) {
    org.objectweb.asm.tree.ClassNode n = new org.objectweb.asm.tree.ClassNode();
    new ClassReader(transformed.get(t)).accept(n, ClassReader.SKIP_CODE);
    List<String> out = new ArrayList<>();
    for (org.objectweb.asm.tree.InnerClassNode i : n.innerClasses) {
      String name = i.name.replace('/', '.');
      if (name.startsWith(t + "$")) out.add(name);
    }
    return out;
  }

  /** Adds the superclasses and interfaces of {@code reader}'s class that are in {@code pkg}, and theirs. */
  private void addSupertypes(ClassReader reader, String pkg, java.util.Set<String> classes, java.util.Set<String> interfaces) {
    List<String> supertypes = new ArrayList<>(List.of(reader.getInterfaces()));
    if (reader.getSuperName() != null) supertypes.add(reader.getSuperName());
    for (String internal : supertypes) {
      String name = internal.replace('/', '.');
      if (!packageOf(name).equals(pkg) || classes.contains(name) || interfaces.contains(name)) continue;
      byte[] bytes = resource(name);
      if (bytes == null) continue;
      ClassReader r = new ClassReader(bytes);
      ((r.getAccess() & Opcodes.ACC_INTERFACE) != 0 ? interfaces : classes).add(name);
      addSupertypes(r, pkg, classes, interfaces);
    }
  }

  /** Whether interface {@code name}, or one of its superinterfaces among {@code interfaces}, names a class of {@code here} in a method. */
  private boolean namesAny(String name, java.util.Set<String> here, java.util.Set<String> interfaces) {
    byte[] bytes = resource(name);
    if (bytes == null) return false;
    ClassReader r = new ClassReader(bytes);
    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    for (String c : here) {
      if (text.contains("L" + c.replace('.', '/') + ";")) return true;
    }
    for (String up : r.getInterfaces()) {
      String u = up.replace('/', '.');
      if (interfaces.contains(u) && namesAny(u, here, interfaces)) return true;
    }
    return false;
  }

  private byte[] resource(String name) {
    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
  }

  private static String packageOf(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }
}
