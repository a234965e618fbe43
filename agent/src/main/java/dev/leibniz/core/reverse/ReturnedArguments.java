package dev.leibniz.core.reverse;

import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.analysis.ArrayIntrinsic;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.lift.InsnText;

/**
 * A call returning an array that may be one of its own array arguments ({@code x = reverse(n, x, copy)}: the Mines Java
 * Toolkit's {@code Conv.xcor} reverses its parameter in place, or a copy, and returns it), whose result this method then
 * writes ({@code reverse(n, x, false)} to restore it). The tangent is right: the result's tangent is the argument's,
 * through the callee's tangent. The adjoint is not made: it gives such a result a shadow of its own (zeros, into which
 * the callee's adjoint adds nothing but the result's seed), while the result is the argument itself, whose adjoints the
 * caller's shadow holds; what the method then writes through the result is reversed on that separate shadow, not on the
 * argument's, so the seeds of the argument's final contents would skip those writes. A callee known to return a fresh
 * array (its summary, {@code ParamWrites.RETURNS_FRESH_ARRAY}) or a JDK array copy is not concerned.
 */
final class ReturnedArguments {
  private ReturnedArguments() {}

  /** Refuses {@code call} when it may return one of its array arguments and the method writes its result afterwards. */
  static void check(Insn call, Callees callees, WrittenArrays written) throws NotDifferentiable {
    if (call.op != Op.INVOKE || !(call.attr instanceof MethodRef m) || !Types.isDifferentiableArray(call.type)) return;
    if (ArrayIntrinsic.of(m) != null || callees.returnsFreshArray(m) || !takesArrayOf(call) || !written.writesResultOf(call)) return;
    throw new NotDifferentiable(call.line, InsnText.of(call.origin), "the array this call returns may be one of its array"
        + " arguments (the callee can return the array it was given), and this method writes into it afterwards: in"
        + " adjoint mode the result gets a shadow of its own, so those writes would be reversed on that shadow, not on the"
        + " argument's, whose final contents the caller seeds (the tangent is generated). Keep using the argument itself"
        + " after the call (call it for its effect, x = f(x) -> f(x)), or have the callee return a new array");
  }

  /** Whether an argument of {@code call} has the type of its result (the callee could return it). */
  private static boolean takesArrayOf(Insn call) {
    for (Value a : call.args) if (a.type.equals(call.type)) return true;
    return false;
  }
}
