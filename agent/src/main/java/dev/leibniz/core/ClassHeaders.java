package dev.leibniz.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * The declarations (no code) of the classes generated code refers to, read from class bytes and
 * never loaded: the user's through the core's class-bytes lookup ({@link ClassLibrary}), the JDK's
 * as resources of the system loader, the class being generated as its original with the
 * generated methods added. A class that cannot be read makes the answer about it {@link #unsure}:
 * a check then passes rather than refuse code it cannot judge.
 */
final class ClassHeaders {
  private final ClassLibrary library;
  private final ClassNode self;
  private final Map<String, ClassNode> read = new HashMap<>();
  /** Set when a class asked for could not be read. */
  boolean unsure;

  ClassHeaders(ClassLibrary library, ClassNode self) {
    this.library = library;
    this.self = self;
  }

  /** The class {@code name} (internal), or null (and {@link #unsure}) when unreadable. */
  ClassNode get(String name) {
    if (name.equals(self.name)) return self;
    ClassNode c = read.computeIfAbsent(name, this::readClass);
    if (c == null) unsure = true;
    return c;
  }

  private ClassNode readClass(String name) {
    if (name.startsWith("[")) return null;
    if (!ClassLibrary.isJdk(name)) return library == null ? null : library.classNode(name);
    try (InputStream in = ClassLoader.getSystemResourceAsStream(name + ".class")) {
      if (in == null) return null;
      ClassNode c = new ClassNode();
      new ClassReader(in.readAllBytes()).accept(c, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      return c;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  static String packageOf(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? "" : name.substring(0, slash);
  }

  /** The host of {@code c}'s nest (private members are shared within one, Java 11). */
  static String nestHost(ClassNode c) {
    return c.nestHostClass != null ? c.nestHostClass : c.name;
  }

  /** True when {@code sub} is {@code sup} or extends it (superclasses only); an unreadable step: true. */
  boolean isSubclass(String sub, String sup) {
    for (String k = sub; k != null; ) {
      if (k.equals(sup)) return true;
      ClassNode c = get(k);
      if (c == null) return true;
      k = c.superName;
    }
    return false;
  }
}
