package dev.leibniz.core;

import dev.leibniz.core.ir.MethodRef;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Whether a callee (or what it calls) may read an array of a given type from a field or static: a
 * jointly reversed callee re-run by the adjoint then sees the method's later writes into a
 * parameter array that a caller passed from that field ({@code f(Tbl.sw)}, then {@code sw[0] = ...}
 * after a call of {@code Tbl.g} reading {@code Tbl.sw}). Found in the callees' bytecode, as the
 * field writes that refuse joint calls are ({@code ParamWrites}): code that cannot be read (an
 * unreadable class, an abstract, native or interface method, a lambda, more than {@link #MAX_DEPTH}
 * calls deep) counts as reading nothing, like the JDK's code and another class's private fields whose
 * arrays never leave its nest, which no caller can pass ({@link #passable}). A virtual
 * call is read as the declaration it names (an override in a subclass is not seen). A field of type {@code Object}, {@code Object[]} or an
 * array of a higher rank whose rows have that type may hold it.
 */
final class HeldArrayReads {
  static final int MAX_DEPTH = 6;
  private final SourceClass source;
  private final ClassLibrary library;
  private final Map<String, Boolean> known = new HashMap<>();
  private final EscapingFields escaping;

  HeldArrayReads(SourceClass source, ClassLibrary library) {
    this.source = source;
    this.library = library;
    this.escaping = new EscapingFields(library);
  }

  boolean mayRead(MethodRef m, String arrayDesc) {
    return mayRead(m, arrayDesc, 0);
  }

  private boolean mayRead(MethodRef m, String arrayDesc, int depth) {
    // the JDK's fields are its own (no caller passes them to the method): a native Double.longBitsToDouble reads none
    if (ClassLibrary.isJdk(m.owner())) return false;
    String key = m.owner() + "." + m.name() + m.desc() + " " + arrayDesc;
    Boolean b = known.get(key);
    if (b != null) return b;
    known.put(key, Boolean.FALSE); // a recursive call: what the method itself reads decides
    MethodNode mn = m.owner().equals(source.cn.name) ? source.methods.get(m.name() + m.desc()) : null;
    if (mn == null && !m.itf()) {
      ClassLibrary.Declaration d = library.resolve(m);
      mn = d == null ? null : d.method();
    }
    boolean reads = depth <= MAX_DEPTH && mn != null && (mn.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0
        && reads(mn, arrayDesc, depth);
    known.put(key, reads);
    return reads;
  }

  private boolean reads(MethodNode mn, String arrayDesc, int depth) {
    for (AbstractInsnNode n : mn.instructions) {
      if (n instanceof FieldInsnNode && (n.getOpcode() == Opcodes.GETSTATIC || n.getOpcode() == Opcodes.GETFIELD)
          && mayHold(((FieldInsnNode) n).desc, arrayDesc) && passable((FieldInsnNode) n)) {
        return true;
      }
      if (n instanceof MethodInsnNode) {
        MethodInsnNode c = (MethodInsnNode) n;
        if (c.owner.startsWith("[")) continue; // clone() of an array
        if (mayRead(new MethodRef(c.getOpcode(), c.owner, c.name, c.desc, c.itf), arrayDesc, depth + 1)) return true;
      }
    }
    return false;
  }

  /**
   * Whether a caller of the method may hold the field to pass it: a field of the method's class, a
   * public or protected one, a package-private one (a class of its package may hand it out), or a
   * private one whose array leaves its nest ({@link EscapingFields}: a getter {@code weights()}
   * returning it, a call it is passed to). Not another class's private table that only its element
   * loads and stores use (a library's own tables, such as {@code FastMath}'s).
   */
  private boolean passable(FieldInsnNode f) {
    if (f.owner.equals(source.cn.name)) return true;
    org.objectweb.asm.tree.ClassNode c = library.classNode(f.owner);
    if (c == null) return true;
    for (org.objectweb.asm.tree.FieldNode d : c.fields) {
      if (!d.name.equals(f.name) || !d.desc.equals(f.desc)) continue;
      if ((d.access & Opcodes.ACC_PRIVATE) == 0) return true;
      return escaping.mayEscape(c, f.name, f.desc);
    }
    return true; // inherited: a public or protected field of a superclass, or not known
  }

  private static boolean mayHold(String fieldDesc, String arrayDesc) {
    return fieldDesc.equals("Ljava/lang/Object;") || fieldDesc.equals("[Ljava/lang/Object;")
        || (fieldDesc.startsWith("[") && fieldDesc.endsWith(arrayDesc));
  }
}
