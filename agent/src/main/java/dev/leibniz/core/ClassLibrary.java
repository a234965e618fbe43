package dev.leibniz.core;

import dev.leibniz.core.ir.MethodRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Other classes' methods, read through a {@link ClassFinder} (never loaded) and cached for the
 * work on one class. JDK classes are never read: their code is not differentiated.
 */
final class ClassLibrary {
  private final ClassFinder finder;
  private final Map<String, ClassNode> classes = new HashMap<>();
  /** The classes whose differentiation is under way, this one included (calls between marked classes may cycle). */
  private final Set<String> inProgress;
  /** The classes nobody annotated with shadows, found from each class's marked methods (ShadowClasses: computed once). */
  private final Map<String, Map<String, String>> unannotatedShadows = new HashMap<>();
  /** The companions ({@code name+desc}) that marked classes get, by class. */
  private final Map<String, Set<String>> companions = new HashMap<>();

  ClassLibrary(ClassFinder finder, Set<String> inProgress) {
    this.finder = finder;
    this.inProgress = inProgress;
  }

  /**
   * False when the class {@code owner}, differentiated as it will be when it loads, gets no
   * companion {@code name+desc} (its method, or a callee of it, cannot be differentiated). True
   * when it does, and when that is decided further up a cycle of calls between marked classes.
   */
  boolean mayHaveCompanion(String owner, String name, String desc) {
    if (inProgress.contains(owner)) return true;
    Set<String> made = companions.computeIfAbsent(owner, o -> {
      byte[] bytes = finder.find(o);
      if (bytes == null) return null;
      Set<String> names = declaredIfTransformed(bytes);
      if (names != null) return names;
      names = new HashSet<>();
      for (String g : new ClassDifferentiator(finder, inProgress).differentiate(bytes).generated()) {
        names.add(g.substring(g.lastIndexOf('.') + 1));
      }
      return names;
    });
    return made == null || made.contains(name + desc);
  }

  /** The methods of a class that already has its companions (transformed at build time), else null. */
  private static Set<String> declaredIfTransformed(byte[] bytes) {
    try {
      ClassNode c = new ClassNode();
      new ClassReader(bytes).accept(c, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      if (!ClassDifferentiator.hasCompanions(c)) return null;
      Set<String> names = new HashSet<>();
      for (MethodNode m : c.methods) names.add(m.name + m.desc);
      return names;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** {@code compute}'s answer for class {@code owner}, computed once per library (one class's transformation). */
  Map<String, String> unannotatedShadows(String owner, java.util.function.Supplier<Map<String, String>> compute) {
    Map<String, String> known = unannotatedShadows.get(owner);
    if (known == null) {
      known = compute.get();
      unannotatedShadows.put(owner, known);
    }
    return known;
  }

  /** The class node of {@code owner}, or null when unknown, unreadable or a JDK class. */
  ClassNode classNode(String owner) {
    if (isJdk(owner)) return null;
    return classes.computeIfAbsent(owner, o -> {
      byte[] bytes = finder.find(o);
      if (bytes == null) return null;
      try {
        ClassNode c = new ClassNode();
        new ClassReader(bytes).accept(c, ClassReader.SKIP_FRAMES);
        return c;
      } catch (RuntimeException e) {
        return null;
      }
    });
  }

  /**
   * True when class {@code owner} or a superclass is annotated {@code @Differentiable} (its
   * instances have shadows; the annotation is {@code @Inherited}, as {@code zeroShadow} sees it).
   */
  boolean isShadowClass(String owner) {
    return isShadowClass(owner, Set.of());
  }

  /** As above, or a class of {@code unannotated} (README, "Objects": written fields) or a subclass of one. */
  boolean isShadowClass(String owner, Set<String> unannotated) {
    int depth = 0;
    for (ClassNode c = classNode(owner); c != null && depth++ < 64; c = c.superName == null ? null : classNode(c.superName)) {
      if (SourceClass.isMarked(c) || unannotated.contains(c.name)) return true;
    }
    return false;
  }

  /**
   * The highest class in {@code owner}'s superclass chain that is annotated {@code @Differentiable}
   * ({@code owner} itself when none is, or when a class on the way cannot be read).
   */
  String shadowRoot(String owner) {
    return shadowRoot(owner, Set.of());
  }

  /** As above, classes of {@code unannotated} counting as annotated. */
  String shadowRoot(String owner, Set<String> unannotated) {
    String root = owner;
    int depth = 0;
    for (ClassNode c = classNode(owner); c != null && depth++ < 64; c = c.superName == null ? null : classNode(c.superName)) {
      if (SourceClass.isMarked(c) || unannotated.contains(c.name)) root = c.name;
    }
    return root;
  }

  /** A method and the class that declares it. */
  record Declaration(ClassNode owner, MethodNode method) {}

  /**
   * Where a call of {@code m} resolves: the method in {@code m}'s class or, for an inherited one,
   * in its nearest superclass that declares it; null when a class on the way cannot be read.
   */
  Declaration resolve(MethodRef m) {
    for (ClassNode c = classNode(m.owner()); c != null; c = c.superName == null ? null : classNode(c.superName)) {
      for (MethodNode mn : c.methods) {
        if (mn.name.equals(m.name()) && mn.desc.equals(m.desc())) return new Declaration(c, mn);
      }
      if (m.itf()) return null;
    }
    return null;
  }

  /** True when a supertype of {@code c} (transitively) declares a marked, overridable {@code name+desc}. */
  boolean overridesMarked(ClassNode c, String name, String desc) {
    java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    if (c.superName != null) work.add(c.superName);
    work.addAll(c.interfaces);
    while (!work.isEmpty()) {
      ClassNode s = classNode(work.poll());
      if (s == null || !seen.add(s.name)) continue;
      for (MethodNode m : s.methods) {
        if (m.name.equals(name) && m.desc.equals(desc) && SourceClass.isMarked(m)
            && (m.access & (org.objectweb.asm.Opcodes.ACC_STATIC | org.objectweb.asm.Opcodes.ACC_PRIVATE)) == 0) {
          return true;
        }
      }
      if (s.superName != null) work.add(s.superName);
      work.addAll(s.interfaces);
    }
    return false;
  }

  /** Arrays and the platform's own classes, whose code is never differentiated. */
  static boolean isJdk(String owner) {
    return owner.startsWith("[") || owner.startsWith("java/") || owner.startsWith("javax/") || owner.startsWith("jdk/")
        || owner.startsWith("sun/") || owner.startsWith("com/sun/");
  }

  /** The declaration of {@code m} in its owner's class file, or null. */
  MethodNode method(MethodRef m) {
    ClassNode c = classNode(m.owner());
    if (c == null) return null;
    for (MethodNode mn : c.methods) {
      if (mn.name.equals(m.name()) && mn.desc.equals(m.desc())) return mn;
    }
    return null;
  }
}
