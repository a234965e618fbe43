package dev.leibniz.core.reverse;

import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.ArrayIntrinsic;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.lift.InsnText;
import org.objectweb.asm.Type;

/**
 * A new array assigned to an array field of an object the caller gave with its shadow (the receiver, or an object
 * parameter): {@code if (size == values.length) values = Arrays.copyOf(values, 2 * size);} (Uncommons Maths'
 * {@code DataSet.addValue}). The tangent is right: the shadow's field gets the new array's shadow. The adjoint is not
 * made: the caller's shadow holds the seeds of the fields after the call, and the forward sweep would replace the
 * shadow's array as well (nothing in the reverse sweep restores it), so the caller would find the new array's zero
 * shadow where the adjoints of the array it passed should be, and the new array's seeds cannot be given before it
 * exists. Only the statically fresh values are recognised (a {@code new} array, {@code clone()}, {@code Arrays.copyOf},
 * {@code copyOfRange}); objects the method creates are not concerned (their shadows are the method's own).
 */
final class ReplacedHeldArrays {
  private ReplacedHeldArrays() {}

  /** Refuses {@code i} if it assigns a fresh array to an array field of a caller's object with a shadow. */
  static void check(Insn i, Activity activity, Callees callees) throws NotDifferentiable {
    if (i.op != Op.PUTFIELD || !callees.shadows().has(i.arg(0).type) || !activity.isActive(i.arg(0))) return;
    FieldRef f = (FieldRef) i.attr;
    if (!Types.isDifferentiableArray(Type.getType(f.desc())) || !isParam(i.arg(0)) || !isFresh(i.arg(1))) return;
    throw new NotDifferentiable(i.line, InsnText.of(i.origin), "a new array is assigned to field " + f.name() + " of "
        + dev.leibniz.core.JavaSignature.type(i.arg(0).type) + " given with its shadow (" + f.name() + " = new ...)"
        + ": in adjoint mode that shadow holds the seeds of the fields after the call, and the new array's seeds cannot"
        + " be given before it exists (the shadow would end holding its zero shadow, not the adjoints of the array the"
        + " caller passed); the tangent is generated. Keep the array and write into it (make the object with room"
        + " enough), or return the new values instead");
  }

  private static boolean isParam(Value v) {
    return v instanceof Insn p && p.op == Op.PARAM;
  }

  private static boolean isFresh(Value v) {
    if (!(v instanceof Insn a)) return false;
    if (a.op == Op.NEWARRAY) return true;
    if (a.op != Op.INVOKE || !(a.attr instanceof MethodRef m)) return false;
    ArrayIntrinsic k = ArrayIntrinsic.of(m);
    return k == ArrayIntrinsic.CLONE || k == ArrayIntrinsic.COPY_OF || k == ArrayIntrinsic.COPY_OF_RANGE;
  }
}
