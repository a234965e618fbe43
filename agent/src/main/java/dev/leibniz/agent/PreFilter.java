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
 * Passes on to the {@link CompanionTransformer} only the classes that may need companions: those whose bytes mention
 * {@code Ldev/leibniz/Differentiable;} (a class with an annotated method has that descriptor in its
 * constant pool), and those with a supertype outside the JDK that does, directly or further up
 * (an override of a marked method needs companions too). Supertypes are read through the class's
 * loader as resources, without loading them, once per loader and type. Every other class (nearly
 * all of a program's) costs a scan of its bytes and of its header instead of a parse.
 * False positives are harmless: the core decides exactly (and returns the class unchanged).
 */
final class PreFilter implements ClassFileTransformer {
  private static final byte[] MARK = Companions.ANNOTATION.getBytes(StandardCharsets.UTF_8);
  private static final byte[] TANGENT = Companions.TANGENT.getBytes(StandardCharsets.UTF_8);
  private static final byte[] ADJOINT = Companions.ADJOINT.getBytes(StandardCharsets.UTF_8);
  private static final int MAX_DEPTH = 64;
  /** Class-name prefixes (internal names) never transformed: the JDK's and the agent's own. */
  private static final String[] IGNORED = {"java/", "jdk/", "sun/", "dev/leibniz/shaded/", "net/bytebuddy/"};
  private final ClassFileTransformer next;
  /** Per loader (null: the boot loader): whether a type mentions the mark or inherits from one that does. */
  private final Map<ClassLoader, Map<String, Boolean>> inherited = Collections.synchronizedMap(new WeakHashMap<>());

  PreFilter(ClassFileTransformer next) {
    this.next = next;
  }

  @Override
  public byte[] transform(Module module, ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain,
      byte[] bytes) throws IllegalClassFormatException {
    if (redefined != null) RetransformWatch.redefinitionSeen(redefined); // a retransformation does not call this transformer
    return passes(loader, name, bytes) ? next.transform(module, loader, name, redefined, domain, bytes) : null;
  }

  @Override
  public byte[] transform(ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain, byte[] bytes)
      throws IllegalClassFormatException {
    if (redefined != null) RetransformWatch.redefinitionSeen(redefined);
    return passes(loader, name, bytes) ? next.transform(loader, name, redefined, domain, bytes) : null;
  }

  /**
   * A class that may need companions, or a proxy class whose interfaces have companions (named {@code pkg/$ProxyN},
   * in {@code jdk/proxyN} for public interfaces: its companions must refuse, {@code core.ProxyCompanions}).
   */
  private boolean passes(ClassLoader loader, String name, byte[] bytes) {
    if (isProxyName(name)) return contains(bytes, TANGENT) || contains(bytes, ADJOINT);
    return !ignored(name) && mayNeedCompanions(loader, bytes);
  }

  /** The JDK's names of proxy classes: a cheap test before {@code core.ProxyCompanions} parses one. */
  static boolean isProxyName(String name) {
    return name != null && name.startsWith("$Proxy", name.lastIndexOf('/') + 1);
  }

  /**
   * Classes never transformed, by name: the JDK's and the agent's own (ASM, the self-attach). Checked before the scan:
   * the JDK's classes that load after the agent starts (hundreds, with the core's first run) cost a prefix test only.
   */
  static boolean ignored(String name) {
    if (name == null) return false;
    for (String prefix : IGNORED) {
      if (name.startsWith(prefix)) return true;
    }
    return false;
  }

  /**
   * The class mentions the mark, or it declares a method that could override a marked one (a
   * descriptor with a {@code double} or {@code float}: a marked method has one, and an override
   * has the same descriptor) and one of its supertypes outside the JDK mentions or inherits the
   * mark. The answer is remembered under the class's name, for its subclasses.
   */
  boolean mayNeedCompanions(ClassLoader loader, byte[] bytes) {
    boolean mentions = mentionsDifferentiable(bytes);
    ClassReader header = header(bytes);
    if (header == null) {
      return mentions;
    }
    Map<String, Boolean> known = known(loader);
    if (mentions) {
      known.putIfAbsent(header.getClassName(), true);
      return true;
    }
    if (!hasFloatingDescriptor(header, bytes)) {
      return false; // cannot override a marked method; its own answer for subclasses is left to inherits()
    }
    boolean inheritsMark = anyInherits(loader, supertypes(header), 0);
    known.putIfAbsent(header.getClassName(), inheritsMark);
    return inheritsMark;
  }

  /** Whether a constant-pool string looks like a method descriptor with a double or float in it. */
  private static boolean hasFloatingDescriptor(ClassReader r, byte[] b) {
    for (int i = 1; i < r.getItemCount(); i++) {
      int at = r.getItem(i);
      if (at == 0 || b[at - 1] != 1 || b[at + 2] != '(') {
        continue; // not a CONSTANT_Utf8 that starts like a descriptor
      }
      int end = at + 2 + (((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF));
      boolean inName = false;
      for (int k = at + 3; k < end; k++) {
        byte c = b[k];
        if (inName) {
          inName = c != ';';
        } else if (c == 'L') {
          inName = true;
        } else if (c == 'D' || c == 'F') {
          return true;
        }
      }
    }
    return false;
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
    Map<String, Boolean> known = known(loader);
    Boolean answer = known.get(type);
    if (answer == null) {
      byte[] bytes = ClassFinder.of(loader).find(type);
      answer = bytes != null && (mentionsDifferentiable(bytes) || anyInherits(loader, supertypes(header(bytes)), depth + 1));
      known.put(type, answer);
    }
    return answer;
  }

  /** What is known of {@code loader}'s types (a plain lookup, not a lambda: this runs for the program's first classes). */
  private Map<String, Boolean> known(ClassLoader loader) {
    synchronized (inherited) {
      Map<String, Boolean> known = inherited.get(loader);
      if (known == null) inherited.put(loader, known = new ConcurrentHashMap<>());
      return known;
    }
  }

  /** The JDK's own types never mark a method. */
  private static boolean isJdk(String type) {
    return type.startsWith("java/") || type.startsWith("javax/") || type.startsWith("jdk/") || type.startsWith("sun/")
        || type.startsWith("com/sun/");
  }

  private static ClassReader header(byte[] bytes) {
    try {
      return new ClassReader(bytes);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The superclass and interfaces named in the class file's header (none if it cannot be read). */
  private static String[] supertypes(ClassReader r) {
    if (r == null) {
      return new String[0];
    }
    String[] interfaces = r.getInterfaces();
    String[] all = java.util.Arrays.copyOf(interfaces, interfaces.length + 1);
    all[interfaces.length] = r.getSuperName();
    return all;
  }

  /** Whether {@code bytes} contain the annotation's descriptor (a plain search, no parsing). */
  static boolean mentionsDifferentiable(byte[] bytes) {
    return contains(bytes, MARK);
  }

  private static boolean contains(byte[] bytes, byte[] pattern) {
    byte first = pattern[0];
    int last = bytes.length - pattern.length;
    for (int i = 0; i <= last; i++) {
      if (bytes[i] == first && matchesAt(bytes, i, pattern)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(byte[] bytes, int at, byte[] pattern) {
    for (int j = 1; j < pattern.length; j++) {
      if (bytes[at + j] != pattern[j]) {
        return false;
      }
    }
    return true;
  }
}
