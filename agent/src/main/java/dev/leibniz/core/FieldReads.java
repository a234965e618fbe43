package dev.leibniz.core;

import dev.leibniz.core.ir.MethodRef;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Whether a callee (or what it calls) may read a field or static: a jointly reversed callee that reads none computes,
 * when the adjoint runs it again in the reverse sweep, from its (snapshotted) arguments alone, so the method's later
 * field writes cannot change what it sees (Ardor3D's {@code normalizeLocal()}: {@code multiplyLocal(inverseSqrt(lengthSq))},
 * {@code inverseSqrt} being {@code 1.0 / Math.sqrt(value)}). The opposite of {@link HeldArrayReads}, the answer is
 * conservative: code that cannot be read (an unreadable class, an abstract, native or interface method, a lambda, more
 * than {@link #MAX_DEPTH} calls deep) and a call that an override may answer (not bound statically) may read; a JDK
 * method reads none only when it is static and takes primitives alone (no user object reaches it), or is one of the array
 * copies, fills and sorts both modes know ({@code analysis.ArrayIntrinsic}), which read only the arrays they are given; a math
 * function with a rule by name ({@code rules.MathRules}: Hipparchus' {@code FastMath} read from its jar, whose code reads
 * its static tables) reads none either. A constant (a
 * {@code static final} field of a primitive type or {@code String}) is not a read: nothing writes it after its class is
 * initialised.
 */
final class FieldReads {
  static final int MAX_DEPTH = 6;
  private final SourceClass source;
  private final ClassLibrary library;
  private final Map<String, Boolean> known = new HashMap<>();

  FieldReads(SourceClass source, ClassLibrary library) {
    this.source = source;
    this.library = library;
  }

  boolean mayRead(MethodRef m) {
    return !returnsFixedReference(m) && mayRead(m, 0);
  }

  /**
   * The callee itself (not one it calls: there its result's numbers would be read by the code re-run) is a getter of a
   * reference that never changes ({@link #fixedReferenceGetter}), bound statically.
   */
  private boolean returnsFixedReference(MethodRef m) {
    if (ClassLibrary.isJdk(m.owner()) || m.itf()) return false;
    ClassLibrary.Declaration d = m.owner().equals(source.cn.name)
        ? (source.methods.get(m.name() + m.desc()) == null ? null : new ClassLibrary.Declaration(source.cn, source.methods.get(m.name() + m.desc())))
        : library.resolve(m);
    return d != null && library.bindsStatically(m, d) && fixedReferenceGetter(d.owner(), d.method());
  }

  private boolean mayRead(MethodRef m, int depth) {
    // System.arraycopy, Arrays.copyOf, fill, sort, an array's clone(): they read the arrays they are given, no field
    if (dev.leibniz.core.analysis.ArrayIntrinsic.of(m) != null) return false;
    // a math function with a rule by name (Hipparchus' FastMath from its jar): both modes use the rule, not its code,
    // and that code's reads are of tables made once when its class is initialised
    if (primitivesOnly(m.desc()) && dev.leibniz.core.rules.MathRules.find(m) != null) return false;
    if (ClassLibrary.isJdk(m.owner())) return !m.isStatic() || !primitivesOnly(m.desc());
    String key = m.owner() + "." + m.name() + m.desc();
    Boolean b = known.get(key);
    if (b != null) return b;
    known.put(key, Boolean.FALSE); // a recursive call: what the method itself reads decides
    boolean reads = depth > MAX_DEPTH || m.itf() || readsOrUnknown(m, depth);
    known.put(key, reads);
    return reads;
  }

  private boolean readsOrUnknown(MethodRef m, int depth) {
    ClassLibrary.Declaration d = library.resolve(m);
    if (m.owner().equals(source.cn.name)) {
      MethodNode own = source.methods.get(m.name() + m.desc());
      d = own == null ? null : new ClassLibrary.Declaration(source.cn, own);
    }
    if (d == null || (d.method().access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) return true;
    if (!library.bindsStatically(m, d)) return true; // an override may read
    return reads(d.method(), depth);
  }

  private boolean reads(MethodNode mn, int depth) {
    for (AbstractInsnNode n : mn.instructions) {
      if (n instanceof InvokeDynamicInsnNode) return true;
      if (n instanceof FieldInsnNode && (n.getOpcode() == Opcodes.GETFIELD || n.getOpcode() == Opcodes.GETSTATIC)
          && !isConstant((FieldInsnNode) n)) {
        return true;
      }
      if (n instanceof MethodInsnNode) {
        MethodInsnNode c = (MethodInsnNode) n;
        if (c.owner.startsWith("[")) continue; // clone() of an array: its elements, an argument's (snapshotted) or new
        if (mayRead(new MethodRef(c.getOpcode(), c.owner, c.name, c.desc, c.itf), depth + 1)) return true;
      }
    }
    return false;
  }

  /**
   * A getter returning the array or object its receiver holds in a field that keeps the one reference its constructor
   * stored (final, or private and assigned only in the class's constructors): Rajawali's {@code Matrix4.getDoubleValues()}
   * returning {@code m}. Run again, it returns the very reference it returned at the call, whatever the method wrote into
   * that array or object meanwhile (the getter reads none of its numbers; the caller's own reads of them are its own, so
   * a method calling the getter and reading what it returns still reads fields).
   */
  private boolean fixedReferenceGetter(ClassNode owner, MethodNode mn) {
    int sort = Type.getReturnType(mn.desc).getSort();
    if ((mn.access & Opcodes.ACC_STATIC) != 0 || sort != Type.ARRAY && sort != Type.OBJECT) return false;
    FieldInsnNode read = null;
    int ops = 0;
    for (AbstractInsnNode n : mn.instructions) {
      if (n.getOpcode() < 0) continue; // labels, line numbers, frames
      ops++;
      if (ops == 1 && !(n.getOpcode() == Opcodes.ALOAD && ((org.objectweb.asm.tree.VarInsnNode) n).var == 0)) return false;
      if (ops == 2 && n instanceof FieldInsnNode f && f.getOpcode() == Opcodes.GETFIELD && f.owner.equals(owner.name)) read = f;
      if (ops == 2 && read == null) return false;
      if (ops == 3 && n.getOpcode() != Opcodes.ARETURN) return false;
    }
    if (ops != 3) return false;
    for (FieldNode d : owner.fields) {
      if (!d.name.equals(read.name) || !d.desc.equals(read.desc)) continue;
      if ((d.access & Opcodes.ACC_FINAL) != 0) return true;
      // a nest member could assign a private field directly
      return (d.access & Opcodes.ACC_PRIVATE) != 0 && owner.nestMembers == null && owner.nestHostClass == null
          && assignedOnlyInConstructors(owner, read);
    }
    return false;
  }

  private static boolean assignedOnlyInConstructors(ClassNode owner, FieldInsnNode field) {
    for (MethodNode m : owner.methods) {
      if (m.name.equals("<init>")) continue;
      for (AbstractInsnNode n : m.instructions) {
        if (n instanceof FieldInsnNode f && f.getOpcode() == Opcodes.PUTFIELD && f.owner.equals(owner.name)
            && f.name.equals(field.name) && f.desc.equals(field.desc)) return false;
      }
    }
    return true;
  }

  /** A {@code static final} field of a primitive type or {@code String}: written once, when its class is initialised. */
  private boolean isConstant(FieldInsnNode f) {
    if (f.getOpcode() != Opcodes.GETSTATIC) return false;
    Type t = Type.getType(f.desc);
    if (t.getSort() == Type.ARRAY || t.getSort() == Type.OBJECT && !f.desc.equals("Ljava/lang/String;")) return false;
    ClassNode c = f.owner.equals(source.cn.name) ? source.cn : library.classNode(f.owner);
    if (c == null) return false;
    for (FieldNode d : c.fields) {
      if (d.name.equals(f.name) && d.desc.equals(f.desc)) {
        return (d.access & (Opcodes.ACC_STATIC | Opcodes.ACC_FINAL)) == (Opcodes.ACC_STATIC | Opcodes.ACC_FINAL);
      }
    }
    return false; // inherited or not found: may be anything
  }

  private static boolean primitivesOnly(String desc) {
    for (Type t : Type.getArgumentTypes(desc)) {
      if (t.getSort() == Type.ARRAY || t.getSort() == Type.OBJECT) return false;
    }
    return true;
  }
}
