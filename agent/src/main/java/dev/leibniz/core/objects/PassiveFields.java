package dev.leibniz.core.objects;

import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Types;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Passive fields of value classes (issue 10; Commons Numbers' {@code Quaternion}: four {@code double}s and a
 * {@code Type} enum choosing its norm's implementation): fields of a type that is not floating, beside the numbers of
 * a class built from values ({@link ValuedConstructions}). A plain constructor may store them from parameters of their
 * type or from constants ({@link NewResults#plainConstructor}); the construction from values gives them, like the
 * numbers, as field writes after the constructor given zeros (0, {@code null}), and the object's shadow, made by the
 * same call, holds 0 or {@code null} there, as {@code Derivatives.zeroShadow} leaves them: companions read the numbers
 * of a shadow, never its passive fields. A field of a class with shadows would hold a derivative, not a passive value:
 * constructions storing one are left as they were ({@link #carryNothing}), and so is an immutable constant with one
 * ({@code analysis.Activity}).
 */
public final class PassiveFields {
  private PassiveFields() {}

  /**
   * True for a type a field may have beside a value class's numbers: a primitive that is not floating, or a class
   * other than {@code Object} (an enum, a {@code String}, a strategy object); not an array (it may hold numbers that
   * a shadow must carry) nor {@code Object} (it may hold anything).
   */
  public static boolean type(Type t) {
    return switch (t.getSort()) {
      case Type.BOOLEAN, Type.CHAR, Type.BYTE, Type.SHORT, Type.INT, Type.LONG -> true;
      case Type.OBJECT -> !t.getInternalName().equals("java/lang/Object") && !t.getInternalName().equals("java/lang/Number")
          && !t.getInternalName().equals("java/lang/Double") && !t.getInternalName().equals("java/lang/Float");
      default -> false;
    };
  }

  /**
   * True when no type among {@code types} that is not floating carries a derivative here: no class with shadows (nor
   * an interface with their slots), which would make the field a derivative's holder rather than a passive value.
   */
  public static boolean carryNothing(Iterable<Type> types, dev.leibniz.core.ir.Shadows shadows) {
    for (Type t : types) {
      if (t.getSort() != Type.DOUBLE && t.getSort() != Type.FLOAT && (shadows.has(t) || Types.isDifferentiableArray(t))) return false;
    }
    return true;
  }

  /**
   * Like {@code NewResults.parameterLoaded} for a passive field of type {@code fieldDesc}: the parameter whose
   * load {@code value} is (its type exactly the field's), -1 for a constant (any: a passive field of the shadow
   * is never read, so the constructor may store it in both), -2 for anything else.
   */
  static int loaded(AbstractInsnNode value, int[] slots, Type[] ps, String fieldDesc) {
    Type t = Type.getType(fieldDesc);
    if (value instanceof VarInsnNode v && value.getOpcode() == t.getOpcode(Opcodes.ILOAD)) {
      for (int k = 0; k < slots.length; k++) {
        if (slots[k] == v.var) return ps[k].getDescriptor().equals(fieldDesc) ? k : -2;
      }
      return -2;
    }
    int op = value.getOpcode();
    boolean constant = t.getSort() == Type.OBJECT ? op == Opcodes.ACONST_NULL || value instanceof LdcInsnNode l && l.cst instanceof String
        && fieldDesc.equals("Ljava/lang/String;")
        : t.getSort() == Type.LONG ? op == Opcodes.LCONST_0 || op == Opcodes.LCONST_1 || value instanceof LdcInsnNode l && l.cst instanceof Long
        : op >= Opcodes.ICONST_M1 && op <= Opcodes.ICONST_5 || value instanceof IntInsnNode && op != Opcodes.NEWARRAY
            || value instanceof LdcInsnNode l && l.cst instanceof Integer;
    return constant ? -1 : -2;
  }

  /** The constant 0 of a parameter of type {@code t}: +0.0, +0f, 0, 0L or {@code null}. */
  static Insn zero(Graph g, Type t) {
    return switch (t.getSort()) {
      case Type.DOUBLE -> g.newInsn(Op.CONST, t, 0.0);
      case Type.FLOAT -> g.newInsn(Op.CONST, t, 0f);
      case Type.LONG -> g.newInsn(Op.CONST, Type.LONG_TYPE, 0L);
      case Type.OBJECT, Type.ARRAY -> g.newInsn(Op.CONST, Types.NULL, null);
      default -> g.newInsn(Op.CONST, Type.INT_TYPE, 0);
    };
  }

  /** True when {@code v} is the constant 0 of its kind: +0.0 or +0f, an integer 0, or {@code null}. */
  static boolean isZero(dev.leibniz.core.ir.Value v) {
    if (!(v instanceof Insn c) || c.op != Op.CONST) return false;
    if (c.attr == null) return c.type.equals(Types.NULL) || Types.isReference(c.type);
    if (c.attr instanceof Double || c.attr instanceof Float) {
      double d = ((Number) c.attr).doubleValue();
      return d == 0.0 && 1 / d > 0;
    }
    return (c.attr instanceof Integer || c.attr instanceof Long) && ((Number) c.attr).longValue() == 0;
  }
}
