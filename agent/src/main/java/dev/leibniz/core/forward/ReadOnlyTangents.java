package dev.leibniz.core.forward;

import dev.leibniz.core.analysis.ArrayIntrinsic;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.analysis.HelperIntrinsic;
import dev.leibniz.core.analysis.ParamWrites;
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
 * The {@code double[]}/{@code float[]} parameters whose tangent array a tangent companion only reads: the
 * method reads their elements and length, tests them, and passes them only to analysed callees that write
 * neither the array nor any field and return no reference, with no object or array of arrays among the call's
 * arguments (so the callee cannot keep the array anywhere the caller could reach it again). For such a parameter
 * a {@code null} tangent (the contract's "passive") needs no zero array: every read of it gives 0 ({@code
 * leibniz$loadD}), and the callees receive the {@code null} itself, which their own contract accepts. Any other
 * use — an element store, a merge, a copy, a return, a field, an intrinsic — keeps the zero array ({@code
 * Op.SHADOW}): the tangent may then be written or escape, and a write into nothing would be lost.
 */
final class ReadOnlyTangents {
  private ReadOnlyTangents() {}

  /** The parameters of {@code src} (its own {@code PARAM} instructions) whose tangents are only read. */
  static Set<Insn> of(Graph src, Callees callees) {
    Set<Insn> out = new HashSet<>();
    for (Insn prm : src.params) {
      if (isFlatFloating(prm.type) && onlyRead(src, prm, callees)) out.add(prm);
    }
    return out;
  }

  private static boolean isFlatFloating(Type t) {
    return t.equals(Type.getType(double[].class)) || t.equals(Type.getType(float[].class));
  }

  private static boolean onlyRead(Graph g, Insn prm, Callees callees) {
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

  /** True when {@code i} using the parameter as its {@code k}-th operand reads its tangent at most. */
  private static boolean readOnlyUse(Insn i, int k, Callees callees) {
    switch (i.op) {
      case ALOAD:
        return k == 0; // an element read: its tangent is the tangent array's element, 0 when there is none
      case ALENGTH:
        return true; // the primal's length
      case INVOKE:
        return readOnlyArgument(i, k, callees);
      default:
        return false;
    }
  }

  /**
   * A call receiving the array as argument {@code k}: its tangent companion receives the tangent array,
   * which must then be only read there and kept nowhere. The callee's primal writes the array where its
   * tangent writes the tangent array, so "does not write argument k" (analysed, not guessed) covers writes;
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
