package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * The {@code double[]}/{@code float[]} parameters a method only reads: it reads their elements and length, tests
 * them, and passes them only to analysed callees that write neither the array nor any field and return no
 * reference, with no object or array of arrays among the call's arguments (so the callee cannot keep the array
 * anywhere the method could reach it again). Any other use — an element store, a merge, a copy, a return, a
 * field, an intrinsic — and the parameter is not in the set.
 *
 * <p>A tangent companion makes no zero array for such a parameter's {@code null} tangent (the contract's
 * "passive"): every read of it gives 0 ({@code leibniz$loadOrZeroD}), and callees receive the {@code null} itself,
 * which their contract accepts. A zero array made per call would only be read (as zeros) and dropped, so the
 * results are the same.
 */
public final class ReadOnlyArrays {
  private ReadOnlyArrays() {}

  /** The parameters of {@code src} (its own {@code PARAM} instructions) that it only reads. */
  public static Set<Insn> of(Graph src, Callees callees) {
    Set<Insn> out = new HashSet<>();
    for (Insn prm : src.params) {
      if (isFlatFloating(prm.type) && onlyRead(src, prm, callees)) out.add(prm);
    }
    return out;
  }

  private static boolean isFlatFloating(Type t) {
    return t.equals(Type.getType(double[].class)) || t.equals(Type.getType(float[].class));
  }

  /** True when {@code g} only reads the array parameter {@code prm} (see the class comment). */
  public static boolean onlyRead(Graph g, Insn prm, Callees callees) {
    for (Block blk : g.blocks) {
      for (Phi ph : blk.phis) {
        if (ph.inputs.contains(prm)) return false;
      }
      for (Insn i : blk.insns) {
        for (int k = 0; k < i.args.length; k++) {
          if (i.args[k] == prm && !readOnlyUse(i, k, callees)) return false;
        }
      }
      Insn t = blk.terminator;
      // a branch only tests the primal reference; a return or throw would hand the array on
      if (t != null && t.op != Op.IF && t.op != Op.SWITCH && t.op != Op.GOTO && java.util.Arrays.asList(t.args).contains(prm)) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code i}, using the parameter as its {@code k}-th operand, only reads it. */
  private static boolean readOnlyUse(Insn i, int k, Callees callees) {
    switch (i.op) {
      case ALOAD:
        return k == 0; // an element read
      case ALENGTH:
        return true; // the primal's length
      case INVOKE:
        return readOnlyArgument(i, k, callees);
      default:
        return false;
    }
  }

  /**
   * A call receiving the array as argument {@code k}: its tangent companion receives the array's tangent, which
   * must then be kept nowhere and not written. A callee's tangent writes it only where its primal writes the
   * array, so "does not write argument k" (analysed, not guessed) covers that;
   * writing no field, returning no reference and taking no object or array of arrays covers keeping it.
   */
  private static boolean readOnlyArgument(Insn call, int k, Callees callees) {
    if (!(call.attr instanceof MethodRef)) return false;
    MethodRef m = call.method();
    if (ArrayIntrinsic.of(m) != null || HelperIntrinsic.of(m) != null) return false;
    if (Types.isReference(Type.getReturnType(m.desc()))) return false;
    for (Value a : call.args) {
      if (Types.isReference(a.type) && !isFlatPrimitiveArray(a.type)) return false;
    }
    int[] bits = {k, ParamWrites.FIELDS, ParamWrites.CALLEE_FIELDS, ParamWrites.UNKNOWN, ParamWrites.FOUND_CALLEE_FIELDS};
    for (int bit : bits) {
      if (callees.writesArgument(m, bit)) return false;
    }
    return true;
  }

  private static boolean isFlatPrimitiveArray(Type t) {
    return t.getSort() == Type.ARRAY && t.getDimensions() == 1 && t.getElementType().getSort() != Type.OBJECT;
  }
}
