package dev.leibniz.agent;

import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Companions;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.IllegalClassFormatException;
import java.nio.charset.StandardCharsets;
import java.security.ProtectionDomain;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;

/**
 * Passes on to ByteBuddy only the classes that may need companions: those whose bytes mention
 * {@code Ldev/leibniz/Differentiable;} (a class with an annotated method has that descriptor in its
 * constant pool), and those with a supertype outside the JDK that does, directly or further up
 * (an override of a marked method needs companions too). Supertypes are read through the class's
 * loader as resources, without loading them, once per loader and type. Every other class (nearly
 * all of a program's) costs a scan of its bytes and of its header instead of ByteBuddy's parse.
 * False positives are harmless: {@link LeibnizAgent}'s type matcher decides exactly.
 */
final class PreFilter implements ClassFileTransformer {
  private static final byte[] MARK = Companions.ANNOTATION.getBytes(StandardCharsets.UTF_8);
  private static final int MAX_DEPTH = 64;
  private final ClassFileTransformer next;
  /** Per loader (null: the boot loader): whether a type mentions the mark or inherits from one that does. */
  private final Map<ClassLoader, Map<String, Boolean>> inherited = Collections.synchronizedMap(new WeakHashMap<>());

  PreFilter(ClassFileTransformer next) {
    this.next = next;
  }

  @Override
  public byte[] transform(Module module, ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain,
      byte[] bytes) throws IllegalClassFormatException {
    return mayNeedCompanions(loader, bytes) ? next.transform(module, loader, name, redefined, domain, bytes) : null;
  }

  @Override
  public byte[] transform(ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain, byte[] bytes)
      throws IllegalClassFormatException {
    return mayNeedCompanions(loader, bytes) ? next.transform(loader, name, redefined, domain, bytes) : null;
  }

  /** The class mentions the mark, or one of its supertypes (outside the JDK) does or inherits it. */
  boolean mayNeedCompanions(ClassLoader loader, byte[] bytes) {
    return mentionsDifferentiable(bytes) || anyInherits(loader, supertypes(bytes), 0);
  }

  private boolean anyInherits(ClassLoader loader, String[] types, int depth) {
    for (String t : types) {
      if (inherits(loader, t, depth)) {
        return true;
      }
    }
    return false;
  }

  private boolean inherits(ClassLoader loader, String type, int depth) {
    if (type == null || depth > MAX_DEPTH || isJdk(type)) {
      return false;
    }
    Map<String, Boolean> known = inherited.computeIfAbsent(loader, l -> new ConcurrentHashMap<>());
    Boolean answer = known.get(type);
    if (answer == null) {
      byte[] bytes = ClassFinder.of(loader).find(type);
      answer = bytes != null && (mentionsDifferentiable(bytes) || anyInherits(loader, supertypes(bytes), depth + 1));
      known.put(type, answer);
    }
    return answer;
  }

  /** The JDK's own types never mark a method. */
  private static boolean isJdk(String type) {
    return type.startsWith("java/") || type.startsWith("javax/") || type.startsWith("jdk/") || type.startsWith("sun/")
        || type.startsWith("com/sun/");
  }

  /** The superclass and interfaces named in the class file's header (none if it cannot be read). */
  private static String[] supertypes(byte[] bytes) {
    try {
      ClassReader r = new ClassReader(bytes);
      String[] interfaces = r.getInterfaces();
      String[] all = java.util.Arrays.copyOf(interfaces, interfaces.length + 1);
      all[interfaces.length] = r.getSuperName();
      return all;
    } catch (RuntimeException e) {
      return new String[0];
    }
  }

  /** Whether {@code bytes} contain the annotation's descriptor (a plain search, no parsing). */
  static boolean mentionsDifferentiable(byte[] bytes) {
    byte first = MARK[0];
    int last = bytes.length - MARK.length;
    for (int i = 0; i <= last; i++) {
      if (bytes[i] == first && matchesAt(bytes, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(byte[] bytes, int at) {
    for (int j = 1; j < MARK.length; j++) {
      if (bytes[at + j] != MARK[j]) {
        return false;
      }
    }
    return true;
  }
}
