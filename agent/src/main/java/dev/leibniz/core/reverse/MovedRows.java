package dev.leibniz.core.reverse;

import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.ArrayIntrinsic;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.analysis.ParamWrites;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.lift.InsnText;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Type;

/**
 * Rows of a caller's array of arrays moved by reference ({@code double[] t = v[i]; v[i] = v[j]; v[j] = t;}: jtk's
 * {@code Eigen} sorting its eigenvectors), in adjoint mode (docs/architecture.md, "Reverse mode"). The forward sweep
 * mirrors each row store on the shadow (the shadow's rows follow the primal's row objects); the builder records the
 * shadow row each such store overwrites and the store's reverse puts it back, so the reverse sweep ends with the shadow
 * arranged as the caller gave it. The caller seeds the final rows by index: between the sweeps the body moves each
 * seed from the shadow row that held that index at entry to the shadow row now there ({@code leibniz$reseatRows}, which
 * adds the seeds of two indices ending with one row and refuses at run time a shadow row given at two indices that end
 * with different rows). A split adjoint leaves the seeds where they are: its caller's shadow followed the rows.
 *
 * <p>Followed are stores into a {@code double[][]} or {@code float[][]} parameter (through casts), by the method or by a
 * callee reversed split that it gives the parameter, and stores of the method itself into such an array read from a
 * field of an object parameter with a shadow (la4j's {@code self[i] = self[j]} on the receiver) that nothing in the
 * method may assign; the body snapshots each one's shadow rows at entry. Anything else is refused with a located
 * reason: stores into another array the caller may hold (a row of a parameter, a field the method may assign), a call
 * of a callee moving rows that is reversed jointly (its re-run cannot move the caller's shadow rows) or given an object
 * or an array not followed, and the workspace-free and vector adjoints (second order, rows of seeds), which have no
 * such reseating.
 */
final class MovedRows {
  private final Graph src;
  private final Activity activity;
  private final Callees callees;
  private final OwnRows ownRows;
  /** Body (true), split (false): where seeds are reseated. */
  private final boolean body;
  /** False for the workspace-free and vector adjoints, which refuse every move. */
  private final boolean followable;
  /** The arrays whose shadow rows the body snapshots at entry (null until asked). */
  private List<Followed> followed;

  /**
   * An array of arrays whose rows are followed: parameter {@code param}, or its field {@code field} (an object given with
   * its shadow, the field never assigned in the method).
   */
  record Followed(Insn param, FieldRef field) {}

  MovedRows(Graph src, Activity activity, Callees callees, OwnRows ownRows, boolean body, boolean followable) {
    this.src = src;
    this.activity = activity;
    this.callees = callees;
    this.ownRows = ownRows;
    this.body = body;
    this.followable = followable;
  }

  /**
   * The active {@code double[][]}/{@code float[][]} parameters whose shadow rows the body snapshots at entry and reseats
   * between the sweeps: all of them when the method may move rows (a row store into an array not its own, or a call of
   * a callee that moves rows), none otherwise or in a split adjoint.
   */
  List<Followed> reseated() {
    if (followed != null) return followed;
    followed = new ArrayList<>();
    if (!body || !followable || !mayMove()) return followed;
    for (Insn p : src.params) {
      if (isRowsParam(p)) followed.add(new Followed(p, null));
    }
    for (Block b : src.blocks) {
      for (Insn i : b.insns) {
        Followed f = isMove(i) ? followedArray(i.arg(0)) : null;
        if (f != null && f.field() != null && !followed.contains(f)) followed.add(f);
      }
    }
    return followed;
  }

  /** True when the reverse of row store {@code i} must put back the shadow row it overwrote (refused when not followed). */
  boolean restores(Insn i) throws NotDifferentiable {
    if (!isMove(i)) return false;
    if (!followable || followedArray(i.arg(0)) == null && !local(i.arg(0))) throw ReplacedHeldArrays.heldRow(i, followable);
    return true;
  }

  /**
   * The positions of the arguments of joint call {@code i} whose shadow rows the call's forward makes follow the primal
   * rows its callee moved and its reverse puts back before the callee's adjoint runs (CallReversal, {@code
   * leibniz$followRowsOfCall}, {@code leibniz$unfollowRows}): the active {@code double[][]}/{@code float[][]} arguments of a
   * callee that moves rows, once {@link #checkCall} let the call pass. Empty for any other call.
   */
  List<Integer> followedInJointCall(Insn i) {
    List<Integer> out = new ArrayList<>();
    if (!followable || !(i.attr instanceof MethodRef) || !callees.movesRows(i.method()) || returnsArray(i)) return out;
    for (int a = 0; a < i.args.length; a++) {
      if (activity.isActive(i.arg(a)) && isFollowable(i.arg(a).type.getDescriptor())) out.add(a);
    }
    return out;
  }

  /**
   * True when call {@code i} returns an array, which may be the one it moved the rows of: its result's shadow, made at the
   * call apart from the argument's, would not follow the rows (left refused when reversed jointly).
   */
  private static boolean returnsArray(Insn i) {
    return Type.getReturnType(i.method().desc()).getSort() == Type.ARRAY;
  }

  /** Refuses call {@code i} of a callee moving rows, unless reversed split on arrays of rows this adjoint follows. */
  void checkCall(Insn i, boolean split) throws NotDifferentiable {
    if (!callees.movesRows(i.method())) return;
    for (Value a : i.args) {
      boolean rows = holdsRows(a.type);
      if (!activity.isActive(a) || !rows && !callees.shadows().has(a.type)) continue;
      // a joint call's shadow rows follow the primal ones at the call (followedInJointCall), a split callee's forward moves them
      boolean followedHere = (split || !returnsArray(i)) && (followedArray(a) != null && followedArray(a).field() == null
          || local(a) || ownRows.own(a));
      if (followable && isFollowable(a.type.getDescriptor()) && followedHere) continue;
      if (ownRows.own(a)) continue;
      throw new NotDifferentiable(i.line, InsnText.of(i.origin), dev.leibniz.core.JavaSignature.method(i.method())
          + " moves rows of an array of arrays it is given (a[i] = row), and " + (!followable
              ? "this adjoint (second order, or rows of seeds) does not follow moved rows"
              : split ? "what it is given is not a double[][] or float[][] parameter of this method, whose shadow rows it follows"
                  : "its call is reversed jointly: the re-run in the reverse sweep cannot move this method's shadow rows with the primal ones")
          + ". Write the values into the rows in place instead of moving row references, or call it with a double[][]"
          + " parameter of a static, private or final method of the class");
    }
  }

  /**
   * Refuses {@code System.arraycopy} copying rows into an active array of arrays (or of objects) the method did not make:
   * the forward sweep copies the shadow rows with them (forward.Sweep), the caller seeds the final rows by index through
   * the rows its shadow held before, and no overwritten shadow row is put back (silently wrong before: the seeds of the
   * rows went to the rows at their indices before the copy).
   */
  void checkCopy(Insn i) throws NotDifferentiable {
    if (i.op != Op.INVOKE || !(i.attr instanceof MethodRef m) || dev.leibniz.core.analysis.ArrayIntrinsic.of(m)
        != dev.leibniz.core.analysis.ArrayIntrinsic.ARRAYCOPY) return;
    Value dst = i.arg(2);
    if (!holdsRows(dst.type) || !activity.isActive(dst) || ownRows.own(dst)) return;
    throw new NotDifferentiable(i.line, InsnText.of(i.origin), "System.arraycopy copies rows (references) into the "
        + dev.leibniz.core.JavaSignature.type(dst.type) + " the caller gave, or one reached from it: in adjoint mode the caller"
        + " seeds the final rows by index through the rows its shadow held before the call, and the copied shadow rows would"
        + " take their place (the tangent is generated). Store the rows one by one (v[i] = t[i]), which the adjoint follows"
        + " for a double[][] or float[][] parameter, or copy the values element by element");
  }

  /** A store of a row ({@link ParamWrites#storesRow}) into an active array of arrays (or of objects) the method did not make. */
  private boolean isMove(Insn i) {
    return ParamWrites.storesRow(i) && activity.isActive(i.arg(0)) && !ownRows.own(i.arg(0));
  }

  private boolean mayMove() {
    for (Block b : src.blocks) {
      for (Insn i : b.insns) {
        if (isMove(i) || (i.op == Op.INVOKE && i.attr instanceof MethodRef && callees.movesRows(i.method()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when {@code array} is a {@code double[][]}/{@code float[][]} this call of the method made (through casts and
   * merges: {@code new}, {@code clone()}, {@code Arrays.copyOf}, a statically bound callee returning a fresh array) and
   * that leaves the method by its return at most (stored nowhere, given to no call that may write a field). Its rows may
   * be the caller's ({@code vs = vs.clone()}, a shallow copy), but the array is not: no caller seeds it by index but
   * through the result, whose shadow follows its rows as the primal, so its shadow may simply mirror every row store.
   */
  private boolean local(Value array) {
    if (!isFollowable(array.type.getDescriptor())) return false;
    java.util.Set<Value> aliases = new java.util.HashSet<>();
    if (!madeHere(array, aliases)) return false;
    for (Block b : src.blocks) {
      for (Insn i : b.insns) {
        for (int k = 0; k < i.args.length; k++) {
          if (!aliases.contains(i.arg(k))) continue;
          if (i.op == Op.PUTFIELD || i.op == Op.PUTSTATIC || i.op == Op.ASTORE && k == 2) return false;
          if (i.op == Op.INVOKE && (!(i.attr instanceof MethodRef m) || ArrayIntrinsic.of(m) == null
              && (callees.writesArgument(m, ParamWrites.FIELDS) || callees.writesArgument(m, ParamWrites.CALLEE_FIELDS)))) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** True when {@code v} (through casts and merges, collected into {@code aliases}) is an array made in this call. */
  private boolean madeHere(Value v, java.util.Set<Value> aliases) {
    if (!aliases.add(v)) return true;
    if (v instanceof dev.leibniz.core.ir.Phi p) {
      for (Value in : p.inputs) if (!madeHere(in, aliases)) return false;
      return true;
    }
    if (!(v instanceof Insn i)) return false;
    return switch (i.op) {
      case NEWARRAY, CONST -> true;
      case CHECKCAST -> madeHere(i.arg(0), aliases);
      case INVOKE -> i.attr instanceof MethodRef m && (ArrayIntrinsic.of(m) == ArrayIntrinsic.CLONE
          || ArrayIntrinsic.of(m) == ArrayIntrinsic.COPY_OF || ArrayIntrinsic.of(m) == ArrayIntrinsic.COPY_OF_RANGE
          || callees.bindsStatically(m) && callees.returnsFreshArray(m));
      default -> false;
    };
  }

  /** The parameter, or field of one, {@code array} is (through casts) when its rows are followed, else null. */
  private Followed followedArray(Value array) {
    Value v = array;
    while (v instanceof Insn c && c.op == Op.CHECKCAST) v = c.arg(0);
    if (!(v instanceof Insn i)) return null;
    if (i.op == Op.PARAM) return isRowsParam(i) ? new Followed(i, null) : null;
    if (i.op != Op.GETFIELD || !(i.arg(0) instanceof Insn holder) || holder.op != Op.PARAM) return null;
    FieldRef f = (FieldRef) i.attr;
    return isFollowable(f.desc()) && callees.shadows().has(holder.type) && activity.isActive(holder) && fieldKept(f) ? new Followed(holder, f) : null;
  }

  /**
   * True when nothing in the method may assign field {@code f} (no {@code putfield} of its name and type, no call that
   * may write a field), so that the array the shadow's field holds at entry is the one whose rows move.
   */
  private boolean fieldKept(FieldRef f) {
    for (Block b : src.blocks) {
      for (Insn i : b.insns) {
        if (i.op == Op.PUTFIELD && ((FieldRef) i.attr).name().equals(f.name()) && ((FieldRef) i.attr).desc().equals(f.desc())) {
          return false;
        }
        if (i.op == Op.INVOKE && (!(i.attr instanceof MethodRef m) || callees.writesArgument(m, ParamWrites.FIELDS)
            || callees.writesArgument(m, ParamWrites.CALLEE_FIELDS))) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean isRowsParam(Insn p) {
    if (p.op != Op.PARAM || !activity.isActive(p)) return false;
    return isFollowable(p.type.getDescriptor());
  }

  /** An array whose elements are references (rows, objects): what a row store or a copy of references writes into. */
  private static boolean holdsRows(Type t) {
    return t.getSort() == Type.ARRAY && (t.getDimensions() > 1 || t.getElementType().getSort() == Type.OBJECT);
  }

  /** A {@code double[][]} or {@code float[][]}: the arrays whose moved rows the adjoint follows. */
  private static boolean isFollowable(String desc) {
    return desc.equals("[[D") || desc.equals("[[F");
  }
}
