package dev.leibniz.core;

import dev.leibniz.core.ir.MethodRef;
import java.util.HashMap;
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

  ClassLibrary(ClassFinder finder) {
    this.finder = finder;
  }

  /** The class node of {@code owner}, or null when unknown, unreadable or a JDK class. */
  ClassNode classNode(String owner) {
    if (owner.startsWith("[") || owner.startsWith("java/")) return null;
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
