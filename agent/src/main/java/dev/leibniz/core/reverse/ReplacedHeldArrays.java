package dev.leibniz.core.reverse;

import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.ArrayIntrinsic;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.lift.InsnText;
import org.objectweb.asm.Type;

/**
 * A new array or object assigned to a field of an object the caller gave with its shadow (the receiver, or an object
 * parameter): {@code if (size == values.length) values = Arrays.copyOf(values, 2 * size);} (Uncommons Maths'
 * {@code DataSet.addValue}), {@code sum = sum.add(value)} (Flink's Kahan sum held by an aggregator). The tangent is
 * right: the shadow's field gets the new one's shadow. In adjoint mode the caller's shadow holds, in the shadow its field
 * held before the call, the seeds of the field's final value, which is the new array or object; the forward sweep
 * replaces the shadow's field as the primal's, so before the reverse sweep starts the seeds are moved from the shadow the
 * caller gave into the shadow the field holds then (the copied {@code reseatField}, which zeroes the caller's, checks
 * lengths and does nothing when no replacement ran), and the reverse of each store puts back the shadow it replaced, so
 * the reads before it add into the caller's shadow: on exit it holds the adjoints of the array or object the field held
 * on entry ({@link #reseats}). This is the contract for a field as for an array parameter's cells: the seed goes to what
 * the path holds after the call, the adjoint to what it held before. A caller whose shadow shares the replaced part with
 * another path (the old array also held by another field, or another parameter's) gives one seed for both, which no
 * move can split: the adjoint fails with a {@code leibniz:} IllegalArgumentException naming the field
 * ({@code requireUnshared}).
 * Only the statically fresh values are reseated (a {@code new} array, {@code clone()}, {@code Arrays.copyOf},
 * {@code copyOfRange}; a new object or the result of a call whose code returns one it made); an array moved from elsewhere (an exchange of two fields'
 * arrays) is refused ({@link #movedArray}), and so are the builds that keep no sweeps apart in one call (split, vector
 * and workspace-free adjoints); a constructor's assignments to the object it makes are not concerned.
 */
final class ReplacedHeldArrays {
  private ReplacedHeldArrays() {}

  /**
   * Refuses {@code i} if it assigns an array or object to a field of a caller's object with a shadow that the adjoint
   * cannot reseat ({@code reseating}: this build moves seeds between its sweeps); returns true when the adjoint reseats
   * it ({@link #reseats}). Rows: {@link MovedRows}.
   */
  static boolean check(Insn i, Graph src, Activity activity, Callees callees, boolean reseating) throws NotDifferentiable {
    if (i.op != Op.PUTFIELD || !callees.shadows().has(i.arg(0).type) || !activity.isActive(i.arg(0))) return false;
    if (reseating && reseats(i, src, activity, callees)) return true;
    FieldRef f = (FieldRef) i.attr;
    boolean constructed = src.name.equals("<init>") && i.arg(0) == src.params.get(0); // the object this constructor makes
    if (callees.shadows().has(Type.getType(f.desc()))) {
      if (i.arg(0) instanceof Insn made && made.op == Op.NEW) return false;
      if (isParam(i.arg(0)) && lazilyMade(i, src)) throw lazyObject(i, f);
      throw heldObject(i, f);
    }
    if (!Types.isDifferentiableArray(Type.getType(f.desc())) || !isParam(i.arg(0)) || constructed) return false;
    if (!isFresh(i.arg(1))) throw movedArray(i, f);
    throw new NotDifferentiable(i.line, InsnText.of(i.origin), "a new array is assigned to field " + f.name() + " of "
        + dev.leibniz.core.JavaSignature.type(i.arg(0).type) + " given with its shadow (" + f.name() + " = new ...)"
        + ": in adjoint mode that shadow holds the seeds of the fields after the call, which this adjoint (a split, vector"
        + " or second-order one) cannot move into the new array's shadow before its reverse sweep; the tangent is"
        + " generated, and the method's own adjoint when called directly. Keep the array and write into it (make the"
        + " object with room enough), or return the new values instead");
  }

  /**
   * True when {@code i} assigns a fresh array or an active object made here to a field of the receiver or an object
   * parameter given with its shadow (not in the constructor making it): a store whose seeds the adjoint reseats.
   */
  static boolean reseats(Insn i, Graph src, Activity activity, Callees callees) {
    if (i.op != Op.PUTFIELD || !callees.shadows().has(i.arg(0).type) || !activity.isActive(i.arg(0)) || !isParam(i.arg(0))
        || src.name.equals("<init>") && i.arg(0) == src.params.get(0)) {
      return false;
    }
    Type declared = Type.getType(((FieldRef) i.attr).desc());
    if (lazilyMade(i, src)) return false;
    return callees.shadows().has(declared) ? isMade(i.arg(1), activity, callees) : Types.isDifferentiableArray(declared) && isFresh(i.arg(1));
  }

  /**
   * True for a store of a field of a holder whose reference the method tests ({@code if (tmp == null) tmp = new
   * Vector3(this);}, Rajawali's lazily made temporaries): the field holds null on entry, so the shadow made before the
   * call has no place for the seeds of the object made, and the object is a temporary kept for the next call, the
   * business of scratch objects (README, "Objects"), not a result. Left refused in the adjoint, as before.
   */
  private static boolean lazilyMade(Insn store, Graph src) {
    for (dev.leibniz.core.ir.Block b : src.blocks) {
      Insn t = b.terminator;
      if (t == null || t.op != Op.IF) continue;
      for (Value v : t.args) {
        if (v instanceof Insn read && read.op == Op.GETFIELD && read.attr.equals(store.attr) && read.arg(0) == store.arg(0)) return true;
      }
    }
    return false;
  }


  /**
   * An array that is not new (another field's, a parameter's: {@code double[] t = b.cur; b.cur = b.next; b.next = t;})
   * assigned to an array field of a caller's object with a shadow: the field version of rows moved by reference. The
   * tangent is right (the shadow's field follows). In adjoint mode the caller seeds the fields after the call through the
   * arrays its shadow held before it, and the forward sweep moves those shadow arrays with the primal ones, so the seed of
   * {@code b.cur} would reach the array that was {@code b.cur} before the call (silently wrong before:
   * arrays.HiddenMovesTest).
   */
  private static NotDifferentiable movedArray(Insn i, FieldRef f) {
    String holder = dev.leibniz.core.JavaSignature.type(i.arg(0).type);
    return new NotDifferentiable(i.line, InsnText.of(i.origin), "an array the method did not make is assigned to field "
        + f.name() + " of " + holder + ", which the caller gave with its shadow (" + f.name() + " = other;): in adjoint mode"
        + " the caller seeds the fields after the call through the arrays that shadow held before it, and the forward sweep"
        + " would move those shadow arrays with the primal ones, so the seed of " + f.name() + " would reach the array that"
        + " was there before the call (the tangent is generated). Copy the values into the arrays the fields hold"
        + " (System.arraycopy(other, 0, " + f.name() + ", 0, n)) instead of exchanging array references, or keep an index"
        + " saying which array is current");
  }

  /**
   * The same for an object (or array of objects) with a shadow assigned to a field of an object the caller reached
   * ({@code h.v = w}; not one created here) that the adjoint does not reseat: an object it did not make, or a holder
   * reached through fields, or a build that cannot. The tangent is right (the shadow's field gets {@code w}'s shadow,
   * mirroring the primal), but in adjoint mode the caller seeds the fields after the call through the objects its shadow
   * reached before it ({@code hbar.v.x} is the old vector's), and after the call finds {@code hbar.v} holding {@code
   * w}'s adjoints, not the old vector's: by path, another object's derivative.
   */
  private static NotDifferentiable heldObject(Insn i, FieldRef f) {
    String holder = dev.leibniz.core.JavaSignature.type(i.arg(0).type);
    return new NotDifferentiable(i.line, InsnText.of(i.origin), "an object is assigned to field " + f.name() + " of " + holder
        + ", which the caller gave with its shadow (" + f.name() + " = ...): in adjoint mode the caller seeds the fields"
        + " after the call through the objects that shadow held before it, and after the call its field " + f.name()
        + " would hold the new object's adjoints instead of the old one's (the tangent is generated; a new object, or one"
        + " a call returns, stored into a field of the receiver or of an object parameter is followed by the method's own"
        + " adjoint, not by a split, vector or second-order one). Write the new values into the held object instead of"
        + " replacing it, or take both objects as parameters and return the one to use");
  }

  /** The refusal of an object made when the field holding it is null ({@link #lazilyMade}). */
  private static NotDifferentiable lazyObject(Insn i, FieldRef f) {
    String holder = dev.leibniz.core.JavaSignature.type(i.arg(0).type);
    return new NotDifferentiable(i.line, InsnText.of(i.origin), "a new object is assigned to field " + f.name() + " of "
        + holder + " where it holds null (" + f.name() + " = new ..., a temporary kept for the next call), which the caller"
        + " gave with its shadow, replacing the object held there: in adjoint mode the shadow made before the call has no"
        + " place for its seeds, and an object kept as scratch is no result (the tangent is generated). Use a local"
        + " object, or make the temporary in the constructor");
  }

  /**
   * The refusal of a row (an element of reference type) stored into an array of arrays (or of objects) the method did not
   * make and whose rows {@link MovedRows} does not follow ({@code h.rows[1] = h.rows[0]} on an array held in a field, or
   * any move in a workspace-free or vector adjoint). The tangent is right: the shadow's element gets the stored row's
   * shadow, mirroring the primal. In adjoint mode the caller seeds the final rows by index through the rows its shadow
   * held before the call, and the forward sweep moves those shadow rows with the primal ones, so each seed would reach
   * the row that was at its index before the call, not the one there after it: another row's derivative, with no warning.
   */
  static NotDifferentiable heldRow(Insn i, boolean followable) {
    String array = dev.leibniz.core.JavaSignature.type(i.arg(0).type);
    return new NotDifferentiable(i.line, InsnText.of(i.origin), "a row (an element of reference type) is stored into the "
        + array + " the caller gave, or one reached from it (a[i] = row): in adjoint mode the caller seeds the final rows by"
        + " index through the rows its shadow held before the call, and the forward sweep would move those shadow rows"
        + " with the stored ones, so a seed would reach the row that was at its index before the call (the tangent is"
        + " generated). " + (followable ? "The adjoint follows rows moved within a double[][] or float[][] parameter only, not"
            + " within an array held in a field or a row of a parameter" : "The second-order and vector adjoints do not"
            + " follow moved rows") + ". Write the values into the rows in place (copy element by element) instead of storing"
        + " or swapping row references, or build the rows in a new array and return it");
  }

  private static boolean isParam(Value v) {
    return v instanceof Insn p && p.op == Op.PARAM;
  }

  /**
   * An active value made in the method: a new object, or the result of a call whose code, bound statically or run behind
   * the receiver check of its split, returns on every path an object it made ({@code sum.add(v)}). Any other call's result may be an object the caller's shadow
   * already reaches ({@code h.a = id(h.b)}), whose seeds a move would take from its own path: refused as an object the
   * method did not make.
   */
  private static boolean isMade(Value v, Activity activity, Callees callees) {
    if (v instanceof Insn cast && cast.op == Op.CHECKCAST) v = cast.arg(0);
    if (!(v instanceof Insn a) || !activity.isActive(a)) return false;
    if (a.op == Op.NEW) return true;
    // the code judged is the code run: bound statically, or split behind the check that the receiver runs it (jzy3d's
    // overridable Coord2d.mul(float) returning new Coord2d(x * value, y * value), stored by Triangle2d.mulSelf)
    return a.op == Op.INVOKE && a.attr instanceof MethodRef m && (callees.bindsStatically(m) || callees.splitGuard(m) != null)
        && callees.returnsFreshObject(m);
  }

  private static boolean isFresh(Value v) {
    if (v instanceof Insn cast && cast.op == Op.CHECKCAST) v = cast.arg(0); // (double[]) values.clone()
    if (!(v instanceof Insn a)) return false;
    if (a.op == Op.NEWARRAY) return true;
    if (a.op != Op.INVOKE || !(a.attr instanceof MethodRef m)) return false;
    ArrayIntrinsic k = ArrayIntrinsic.of(m);
    return k == ArrayIntrinsic.CLONE || k == ArrayIntrinsic.COPY_OF || k == ArrayIntrinsic.COPY_OF_RANGE;
  }
}
