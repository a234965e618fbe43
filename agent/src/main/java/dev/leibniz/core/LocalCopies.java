package dev.leibniz.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Outlining for hosted callees: a static method of another class whose companion is over the
 * compile limit (Hipparchus' {@code CarlsonEllipticIntegral.rG}) cannot be split where it is, since
 * its parts would have to be added to a class that is already loaded. Instead it is copied into the
 * calling class as a private static method {@code leibniz$local$<owner>$<name>}, together with every
 * hosted static method that calls it or makes a method reference to it (so the chain from the class's
 * own code reaches the copy), and the calls and method references are redirected to the copies in the source that is differentiated. The copies are then
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
  static Copied of(ClassNode cn, Set<String> tooLarge, Map<String, MethodNode> met, ClassLibrary library) {
    Map<String, MethodNode> hosted = withReferenced(met, library);
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

  /**
   * A copy whose size comes from the objects it takes apart (Carlson's {@code rJ}: one statement,
   * {@code new RjRealDuplication(...).integral()}, whose loop is in the object's code) has no place
   * to cut: its code with those objects taken apart and their methods inlined, emitted back to
   * bytecode, has the loops and statements in sight, for {@link dev.leibniz.core.outline.Outliner}.
   * Null when that code needs generated helpers or cannot be emitted.
   */
  static MethodNode flattened(ClassNode cn, ClassLibrary library, MethodNode copy) {
    try {
      SourceClass source = new SourceClass(cn);
      source.objectCode = new LibraryObjectCode(cn, library);
      source.shadows = ClassDifferentiator.shadows(cn, library);
      dev.leibniz.core.ir.Graph g = source.inlined(copy.name + copy.desc);
      if (!g.keptObjects.isEmpty()) return null; // nothing gained: objects stay
      Set<String> helpers = new java.util.TreeSet<>();
      MethodNode emitted = dev.leibniz.core.emit.Emitter.emit(g, copy.access, helpers);
      library.restoreArgumentViews(emitted);
      if (!helpers.isEmpty()) return null;
      // the emitter leaves max stack and locals to the class writer: a round trip through one sets them
      // (its frames are dropped below, so they need no hierarchy)
      ClassDifferentiator.FrameWriter cw = new ClassDifferentiator.FrameWriter(TypeHierarchy.UNKNOWN);
      cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, cn.name, null, "java/lang/Object", null);
      emitted.accept(cw);
      cw.visitEnd();
      ClassNode read = new ClassNode();
      new org.objectweb.asm.ClassReader(cw.toByteArray()).accept(read, org.objectweb.asm.ClassReader.SKIP_FRAMES);
      MethodNode flat = read.methods.get(0);
      flat.exceptions = copy.exceptions;
      return flat;
    } catch (NotDifferentiable | RuntimeException e) {
      return null;
    }
  }

  private static boolean isStaticWithCode(MethodNode m) {
    return m != null && (m.access & Opcodes.ACC_STATIC) != 0 && (m.access & (Opcodes.ACC_NATIVE | Opcodes.ACC_ABSTRACT)) == 0
        && m.instructions.size() > 0;
  }

  /**
   * The hosted methods met, and the static methods of other classes their method references name
   * (transitively): a lambda made from {@code Legendre::bigE} is inlined as its body, so the method
   * it names is never met as a callee, yet its callees reach the copies.
   */
  private static Map<String, MethodNode> withReferenced(Map<String, MethodNode> met, ClassLibrary library) {
    Map<String, MethodNode> all = new java.util.LinkedHashMap<>(met);
    java.util.Deque<MethodNode> todo = new java.util.ArrayDeque<>(met.values());
    while (!todo.isEmpty()) {
      MethodNode m = todo.poll();
      if (m == null) continue;
      for (AbstractInsnNode n : m.instructions) {
        if (!(n instanceof InvokeDynamicInsnNode d)) continue;
        for (Object a : d.bsmArgs) {
          if (!(a instanceof Handle h) || h.getTag() != Opcodes.H_INVOKESTATIC) continue;
          String key = SourceClass.hostedKey(h.getOwner(), h.getName(), h.getDesc());
          if (all.containsKey(key)) continue;
          ClassNode owner = library.classNode(h.getOwner());
          MethodNode target = owner == null ? null : find(owner, h.getName() + h.getDesc());
          all.put(key, target);
          if (target != null) todo.add(target);
        }
      }
    }
    return all;
  }

  private static MethodNode find(ClassNode c, String nameAndDesc) {
    for (MethodNode m : c.methods) {
      if ((m.name + m.desc).equals(nameAndDesc)) return m;
    }
    return null;
  }

  /** True when {@code m} calls one of {@code keys} statically or makes a method reference to one ({@code Legendre::bigE}). */
  private static boolean callsAny(MethodNode m, Set<String> keys) {
    for (AbstractInsnNode n : m.instructions) {
      if (n instanceof MethodInsnNode c && c.getOpcode() == Opcodes.INVOKESTATIC
          && keys.contains(SourceClass.hostedKey(c.owner, c.name, c.desc))) {
        return true;
      }
      if (n instanceof InvokeDynamicInsnNode d) {
        for (Object a : d.bsmArgs) {
          if (a instanceof Handle h && h.getTag() == Opcodes.H_INVOKESTATIC
              && keys.contains(SourceClass.hostedKey(h.getOwner(), h.getName(), h.getDesc()))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Static calls of a copied method, and method references to one, go to its copy in {@code host}. */
  private static void redirect(MethodNode m, Set<String> copied, String host, boolean itf) {
    for (AbstractInsnNode n : m.instructions) {
      if (n instanceof MethodInsnNode c && c.getOpcode() == Opcodes.INVOKESTATIC
          && copied.contains(SourceClass.hostedKey(c.owner, c.name, c.desc))) {
        c.name = name(c.owner, c.name);
        c.owner = host;
        c.itf = itf;
      }
      if (n instanceof InvokeDynamicInsnNode d) {
        for (int k = 0; k < d.bsmArgs.length; k++) {
          if (d.bsmArgs[k] instanceof Handle h && h.getTag() == Opcodes.H_INVOKESTATIC
              && copied.contains(SourceClass.hostedKey(h.getOwner(), h.getName(), h.getDesc()))) {
            d.bsmArgs[k] = new Handle(Opcodes.H_INVOKESTATIC, host, name(h.getOwner(), h.getName()), h.getDesc(), itf);
          }
        }
      }
    }
  }
}
