package dev.leibniz.core.objects;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Fields every constructor leaves at their default (issue 10; WorldWind's {@code Vec4} caches its hash in a {@code
 * private int hashCode} that only {@code hashCode()} writes): a non-final primitive field that is not floating, which
 * no constructor of its class writes and whose constructors give {@code this} to no method but another constructor
 * of the class or {@code Object()} (no other constructor, virtual, interface or dynamic call; a static call only of
 * primitives and strings). Every new object, one a
 * layout constructor rebuilds from the numbers included ({@code NewResults.layoutConstructor}), then holds 0 there, so
 * the field is no part of the object's value: the result's shadow holds 0 there as {@code Derivatives.zeroShadow}
 * leaves it, and companions never read a shadow's passive field.
 */
final class DefaultFields {
  private DefaultFields() {}

  /** True when {@code f}, an instance field of {@code c}, is 0 in every object a constructor of {@code c} made. */
  static boolean leftAtDefault(ClassNode c, FieldNode f) {
    Type t = Type.getType(f.desc);
    if ((f.access & (Opcodes.ACC_STATIC | Opcodes.ACC_FINAL)) != 0 || t.getSort() == Type.DOUBLE || t.getSort() == Type.FLOAT
        || t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY) return false;
    for (MethodNode m : c.methods) {
      if (!m.name.equals("<init>")) continue;
      if (m.instructions.size() == 0) return false;
      for (AbstractInsnNode n : m.instructions) {
        if (!keepsDefault(n, c.name, f.name)) return false;
      }
    }
    return true;
  }

  /** {@code n}, an instruction of a constructor, neither writes the field nor may hand {@code this} to a method. */
  private static boolean keepsDefault(AbstractInsnNode n, String owner, String field) {
    if (n instanceof FieldInsnNode w) return w.getOpcode() != Opcodes.PUTFIELD || !w.name.equals(field) || !w.owner.equals(owner);
    if (n.getOpcode() == Opcodes.INVOKEDYNAMIC) return false;
    if (!(n instanceof MethodInsnNode call)) return true;
    if (call.getOpcode() == Opcodes.INVOKESPECIAL) { // this(...) or Object(): no other class's code sees the object
      return call.name.equals("<init>") && (call.owner.equals(owner) || call.owner.equals("java/lang/Object"));
    }
    if (call.getOpcode() != Opcodes.INVOKESTATIC) return false;
    for (Type p : Type.getArgumentTypes(call.desc)) {
      if (p.getSort() == Type.ARRAY || p.getSort() == Type.OBJECT && !p.getInternalName().equals("java/lang/String")) return false;
    }
    return true;
  }
}
