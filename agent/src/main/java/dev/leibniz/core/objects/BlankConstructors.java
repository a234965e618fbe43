package dev.leibniz.core.objects;

import dev.leibniz.core.ir.FieldRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Constructors that make an object carrying no derivative: <em>blank</em> ones (README, "Objects": a
 * store made when none is given). A blank constructor takes only primitive parameters, none of them
 * {@code double} or {@code float}, and touches
 * nothing but its own object: its code loads constants and primitives, computes, branches, writes
 * fields (the one reference it holds is {@code this}) and calls {@code Object()} or a blank
 * constructor of its superclass; no other call, no {@code new}, no array, no static write, no
 * reference read from a static field. Given passive arguments, such an object's floating fields
 * have derivative 0, so its shadow (tangent or adjoint) is the same constructor run again with the
 * same arguments, then every floating field set to 0 — no constructor ever sees a tangent, and a
 * constructor with no effect beyond its object may run twice. A class with a {@code final} floating
 * field is not covered (the field could not be set to 0 afterwards). jME's {@code new Vector3f()},
 * JOML's {@code new Vector3d()}.
 */
public final class BlankConstructors {
  private BlankConstructors() {}

  /**
   * The floating fields to set to 0 in the shadow of an object made by constructor {@code desc} of
   * {@code cls} (the non-final {@code double}/{@code float} fields of the class and its
   * superclasses), or null when that constructor is not blank or a class file cannot be read.
   */
  public static List<FieldRef> fieldsToZero(String cls, String desc, Function<String, ClassNode> classes) {
    for (Type t : Type.getArgumentTypes(desc)) {
      // numbers that could carry a derivative are never given (a new Vec3(x, y, z) holds them): so a callee that
      // makes one can be told from its bytecode (core.NewStoreReturns); a constructor it delegates to may take them
      if (t.getSort() == Type.DOUBLE || t.getSort() == Type.FLOAT) return null;
    }
    return fieldsToZero(cls, desc, classes, 0);
  }

  /** {@link #fieldsToZero} {@code depth} constructor calls down (bounded: class files need not come from javac). */
  private static List<FieldRef> fieldsToZero(String cls, String desc, Function<String, ClassNode> classes, int depth) {
    if (depth > 16) return null;
    for (Type t : Type.getArgumentTypes(desc)) {
      if (t.getSort() >= Type.ARRAY) return null;
    }
    ClassNode c = classes.apply(cls);
    if (c == null) return null;
    MethodNode init = null;
    for (MethodNode m : c.methods) {
      if (m.name.equals("<init>") && m.desc.equals(desc)) init = m;
    }
    if (init == null || init.instructions.size() == 0 || !blankCode(init, c, classes, depth)) return null;
    List<FieldRef> fields = new ArrayList<>();
    for (ClassNode k = c; k != null && !k.name.equals("java/lang/Object"); k = k.superName == null ? null : classes.apply(k.superName)) {
      for (FieldNode f : k.fields) {
        if ((f.access & Opcodes.ACC_STATIC) != 0 || !(f.desc.equals("D") || f.desc.equals("F"))) continue;
        if ((f.access & Opcodes.ACC_FINAL) != 0) return null;
        fields.add(new FieldRef(k.name, f.name, f.desc));
      }
    }
    return fields;
  }

  /**
   * The constructor's code touches only its own object, and the constructor it calls first (its
   * superclass's, or another of its class's: {@code this(0, 0, 0)}) is blank too.
   */
  private static boolean blankCode(MethodNode init, ClassNode c, Function<String, ClassNode> classes, int depth) {
    String superName = c.superName;
    if (!init.tryCatchBlocks.isEmpty()) return false;
    for (AbstractInsnNode n : init.instructions) {
      int op = n.getOpcode();
      if (op < 0 || op <= Opcodes.ALOAD || (op >= Opcodes.ISTORE && op <= Opcodes.ASTORE)
          || (op >= Opcodes.POP && op <= Opcodes.DCMPG) || (op >= Opcodes.IFEQ && op <= Opcodes.GOTO)
          || op == Opcodes.RETURN || op == Opcodes.GETFIELD || op == Opcodes.PUTFIELD) {
        continue; // constants, locals, stack, arithmetic, branches, fields of this (the only reference)
      }
      if (op == Opcodes.GETSTATIC && Type.getType(((FieldInsnNode) n).desc).getSort() < Type.ARRAY) continue;
      if (op == Opcodes.INVOKESPECIAL && n instanceof MethodInsnNode call && call.name.equals("<init>")
          && (call.owner.equals("java/lang/Object") ? call.owner.equals(superName)
              : (call.owner.equals(superName) || (call.owner.equals(c.name) && !call.desc.equals(init.desc)))
                  && fieldsToZero(call.owner, call.desc, classes, depth + 1) != null)) {
        continue; // javac rejects a constructor that calls itself, even through others
      }
      return false;
    }
    return true;
  }
}
