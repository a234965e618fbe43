package dev.leibniz.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Outlining for hosted callees: a static method of another class whose companion is over the
 * compile limit (Hipparchus' {@code CarlsonEllipticIntegral.rG}) cannot be split where it is, since
 * its parts would have to be added to a class that is already loaded. Instead it is copied into the
 * calling class as a private static method {@code leibniz$local$<owner>$<name>}, together with every
 * hosted static method that calls it (so the chain from the class's own code reaches the copy), and
 * the calls are redirected to the copies in the source that is differentiated. The copies are then
 * the class's own methods, which {@link dev.leibniz.core.outline.Outliner} splits like any other.
 * Their code is the other class's: their companions and the primal copies added to the class are
 * moved with {@link Relocation} (private members through {@code leibniz$access}) and checked for bit
 * patterns like hosted code. The class's own methods are never changed: only the companions call the copies.
 */
final class LocalCopies {
  /** Name prefix of a copy (its parts and companions extend the name). */
  static final String PREFIX = Companions.HELPER_PREFIX + "local$";

  private LocalCopies() {}

  /** True for a copy of another class's method, one of its parts, or one of their companions. */
  static boolean isLocal(String methodName) {
    return methodName.startsWith(PREFIX);
  }

  static String name(String owner, String method) {
    return PREFIX + owner.replace("_", "_1").replace('/', '_') + "$" + method;
  }

  /** The class with the copies added and the calls redirected, and the primal copies to add to the class. */
  record Copied(ClassNode cn, List<MethodNode> copies) {}

  /**
   * Copies the static hosted methods of {@code tooLarge} and the static hosted methods of {@code
   * hosted} that reach them into a copy of {@code cn}; null when there is none to copy.
   */
  static Copied of(ClassNode cn, Set<String> tooLarge, Map<String, MethodNode> hosted) {
    Set<String> copied = new LinkedHashSet<>();
    for (String key : tooLarge) {
      if (isStaticWithCode(hosted.get(key))) copied.add(key);
    }
    if (copied.isEmpty()) return null;
    boolean grew = true;
    while (grew) { // the hosted callers of copied methods, up to the class's own code
      grew = false;
      for (Map.Entry<String, MethodNode> e : hosted.entrySet()) {
        if (!copied.contains(e.getKey()) && isStaticWithCode(e.getValue()) && callsAny(e.getValue(), copied)) {
          copied.add(e.getKey());
          grew = true;
        }
      }
    }
    ClassNode out = ClassDifferentiator.copy(cn);
    boolean itf = (cn.access & Opcodes.ACC_INTERFACE) != 0;
    List<MethodNode> copies = new ArrayList<>();
    for (String key : copied) {
      MethodNode src = hosted.get(key);
      String owner = key.substring(0, key.lastIndexOf('.', key.indexOf('(')));
      MethodNode c = new MethodNode(Opcodes.ASM9, Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC
          | (src.access & Opcodes.ACC_STRICT), name(owner, src.name), src.desc, null,
          src.exceptions == null ? null : src.exceptions.toArray(new String[0]));
      src.accept(c);
      c.visibleAnnotations = null; // never marked: a copy is a helper of the class's companions
      c.invisibleAnnotations = null;
      c.visibleParameterAnnotations = null;
      c.invisibleParameterAnnotations = null;
      copies.add(c);
      out.methods.add(c);
    }
    for (MethodNode m : out.methods) redirect(m, copied, out.name, itf);
    return new Copied(out, copies);
  }

  private static boolean isStaticWithCode(MethodNode m) {
    return m != null && (m.access & Opcodes.ACC_STATIC) != 0 && (m.access & (Opcodes.ACC_NATIVE | Opcodes.ACC_ABSTRACT)) == 0
        && m.instructions.size() > 0;
  }

  private static boolean callsAny(MethodNode m, Set<String> keys) {
    for (AbstractInsnNode n : m.instructions) {
      if (n instanceof MethodInsnNode c && c.getOpcode() == Opcodes.INVOKESTATIC
          && keys.contains(SourceClass.hostedKey(c.owner, c.name, c.desc))) {
        return true;
      }
    }
    return false;
  }

  /** Static calls of a copied method go to its copy in {@code host}. */
  private static void redirect(MethodNode m, Set<String> copied, String host, boolean itf) {
    for (AbstractInsnNode n : m.instructions) {
      if (n instanceof MethodInsnNode c && c.getOpcode() == Opcodes.INVOKESTATIC
          && copied.contains(SourceClass.hostedKey(c.owner, c.name, c.desc))) {
        c.name = name(c.owner, c.name);
        c.owner = host;
        c.itf = itf;
      }
    }
  }
}
