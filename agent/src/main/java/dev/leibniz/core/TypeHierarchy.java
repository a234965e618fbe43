package dev.leibniz.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

/**
 * Superclass chains read from class files (never loaded), for the stack map frames of generated
 * code. Where a companion merges two references (an {@code x > 100 ? new Sub() : new Base()}
 * receiver), the frame must give the merged value their nearest common superclass: merged to
 * {@code Object}, the call on it that follows fails verification and the whole class with it.
 */
final class TypeHierarchy {
  /** Knows no class: every two different types merge to {@code Object}. */
  static final TypeHierarchy UNKNOWN = new TypeHierarchy(ClassFinder.NONE);

  private static final String OBJECT = "java/lang/Object";
  /** The JDK's class files (the run-time image), whatever loader the transformed class has. */
  private static final ClassFinder PLATFORM = ClassFinder.of(null);

  private final ClassFinder finder;
  /** Super class by class, "" for an interface; absent when not read yet, null when unknown. */
  private final Map<String, String> superOf = new HashMap<>();

  TypeHierarchy(ClassFinder finder) {
    this.finder = finder;
  }

  /**
   * The nearest common superclass of classes {@code a} and {@code b} (internal names); {@code Object}
   * when one is an interface (the verifier takes any reference for an interface type) or unknown.
   */
  String commonSuperClass(String a, String b) {
    if (a.equals(b)) return a;
    List<String> supersOfA = superclasses(a);
    List<String> supersOfB = superclasses(b);
    if (supersOfA == null || supersOfB == null) return OBJECT;
    Set<String> ofB = new HashSet<>(supersOfB);
    for (String s : supersOfA) {
      if (ofB.contains(s)) return s;
    }
    return OBJECT;
  }

  /**
   * True when the hierarchy of {@code c} is known: its class file and those of its superclasses
   * were read (or it is an interface or an array). A merge with one that is not is a guess ({@code
   * Object}), which {@link FrameCheck} then checks.
   */
  boolean knows(String c) {
    if (c.startsWith("[")) return true;
    for (String s = c; !s.equals(OBJECT); ) {
      String next = superOf.computeIfAbsent(s, this::readSuper);
      if (next == null) return false;
      if (next.isEmpty()) return true;
      s = next;
    }
    return true;
  }

  /** True when {@code c} is an interface (its class file read). */
  boolean isInterface(String c) {
    return "".equals(superOf.computeIfAbsent(c, this::readSuper));
  }

  /** The superclass of class {@code c}; null for {@code Object}, an interface, or when not known. */
  String superClass(String c) {
    if (c.equals(OBJECT)) return null;
    String s = superOf.computeIfAbsent(c, this::readSuper);
    return s == null || s.isEmpty() ? null : s;
  }

  /** {@code c} and its superclasses up to {@code Object}; null for an interface or when a class file is missing. */
  private List<String> superclasses(String c) {
    List<String> chain = new ArrayList<>();
    for (String s = c; !s.equals(OBJECT); ) {
      chain.add(s);
      String next = superOf.computeIfAbsent(s, this::readSuper);
      if (next == null || next.isEmpty() || chain.size() > 64) return null;
      s = next;
    }
    chain.add(OBJECT);
    return chain;
  }

  private String readSuper(String c) {
    byte[] bytes = finder.find(c);
    if (bytes == null && ClassLibrary.isJdk(c)) bytes = PLATFORM.find(c); // a loader that serves its own classes only
    if (bytes == null) return null;
    try {
      ClassReader reader = new ClassReader(bytes);
      if ((reader.getAccess() & Opcodes.ACC_INTERFACE) != 0) return "";
      return reader.getSuperName();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
