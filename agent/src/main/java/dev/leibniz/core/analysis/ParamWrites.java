package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.TryBodies;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Which array parameters a method may write into (directly, through rows, or through callees).
 * An array traced back to a fresh allocation is the method's own; one that cannot be traced (a
 * callee's result) counts as every parameter. Joint-mode reversal snapshots an argument only when
 * it may change, so this decides how much the adjoint of a call copies. Three more bits say what
 * else the method may do: write a field or static itself ({@link #FIELDS}), through a callee
 * ({@link #CALLEE_FIELDS}), or read the bit pattern of a floating value ({@link #BIT_PATTERNS}).
 * Objects the method allocates itself are its own: constructing them, and a constructor writing
 * the fields of the object it constructs, are not writes; nor is anything done to an object made
 * only to be thrown ({@link ThrownObjects}: {@code throw new ...} writes nothing); nor is anything
 * done in code that only a throw can follow ({@link #THROWING_WRITES}: a check that logs, then throws).
 */
public final class ParamWrites {
  /** Bit: the method itself writes a field or static (of an object it did not construct). */
  public static final int FIELDS = 255;
  /** Bit: a method it calls may write a field or static. */
  public static final int CALLEE_FIELDS = 256;
  /** Bit: it, or a method it calls, reads the bit pattern of a floating value (a derivative cut). */
  public static final int BIT_PATTERNS = 257;
  /**
   * Bit: the method could not be analysed (set only in {@link #ALL}, never propagated): its other
   * bits are a guess, not a finding.
   */
  public static final int UNKNOWN = 258;
  /**
   * Bit: a method it calls, at any depth, writes a field or static in its own analysed code
   * ({@link #FIELDS} of a callee that is not {@link #UNKNOWN}); unlike {@link #CALLEE_FIELDS}, a
   * finding, not a guess. Not in {@link #ALL}.
   */
  public static final int FOUND_CALLEE_FIELDS = 259;
  /**
   * Shape bit (not in {@link #ALL}, dropped by {@link #withoutShapes}): every field the method
   * writes, itself or through callees, is its receiver's or an own object's ({@link OwnObjects}),
   * and the receiver does not escape it (read, written, receiver of such methods, or returned).
   */
  public static final int RECEIVER_ONLY = 260;
  /** Shape bit: every return gives back the receiver ({@code Sum add(double)} returning {@code this}). */
  public static final int RETURNS_RECEIVER = 261;
  /** Shape bit: every return gives back an object allocated in the call that escaped no other way. */
  public static final int RETURNS_FRESH = 262;
  /** Shape bit: every return gives back an array allocated in the call that nothing else holds ({@link FreshArrays}). */
  public static final int RETURNS_FRESH_ARRAY = 263;
  /**
   * Bit (in {@link #ALL}): it, or a method it calls, may write a field or static that is not a whole number or boolean
   * (a floating value, an object, an array), or an element other than a whole number into memory held in one. Without
   * it, its field writes are caches and counters ({@code int}, {@code long}, {@code boolean}), which carry no derivative.
   */
  public static final int NON_WHOLE_FIELDS = 264;
  /**
   * Bit (a finding, not in {@link #ALL}): it, or a method it calls, stores a reference ({@link #storesRow}) into an array of
   * references it may not have made (a parameter's, a field's: {@code v[1] = v[0]}), moving the rows of
   * a caller's array of arrays. A joint reversal of such a call cannot follow the moved rows (reverse.MovedRows).
   */
  public static final int MOVES_ROWS = 265;
  /**
   * Bit (a finding, not in {@link #ALL}): it, or a method it calls, may write something (a field, a static, an argument,
   * a call that may write) in code from which only a throw can follow ({@link ThrowOnlyCode}: an argument check that logs
   * before it throws, WorldWind's {@code Logging.logger().severe(msg); throw new IllegalArgumentException(msg);}). Such
   * writes are left out of the other bits: once they run the method delivers no value to differentiate, in the primal
   * and in both companions alike. They matter only where the exception is caught and a normal path goes on after
   * them: a call of such a method in the body of a recovering {@code try} counts as writing everything here, and in
   * differentiated code {@code Activity.checkWritesBeforeRecovery} refuses it.
   */
  public static final int THROWING_WRITES = 266;

  /** {@code w} without the shape bits, for the readers that ask whether anything is written at all. */
  public static BitSet withoutShapes(BitSet w) {
    if (w.nextSetBit(RECEIVER_ONLY) < 0) return w;
    BitSet b = (BitSet) w.clone();
    b.clear(RECEIVER_ONLY, RETURNS_FRESH_ARRAY + 1);
    return b;
  }

  /** Every parameter and every bit up to {@link #UNKNOWN}, for a method that cannot be analysed. */
  public static final BitSet ALL = allBits();

  private ParamWrites() {}

  private static BitSet allBits() {
    BitSet b = new BitSet();
    b.set(0, UNKNOWN + 1);
    b.set(NON_WHOLE_FIELDS);
    return b;
  }

  /**
   * The indices (in {@code g.params}, the receiver first) of the parameters {@code g} may write,
   * plus the bits {@link #FIELDS}, {@link #CALLEE_FIELDS} and {@link #BIT_PATTERNS}. {@code
   * calleeWrites.test(m, k)} says whether callee {@code m} writes its {@code k}-th argument (or
   * has bit {@code k}).
   */
  public static BitSet of(Graph g, BiPredicate<MethodRef, Integer> calleeWrites) {
    BitSet normal = new BitSet(); // what code a return can follow writes
    OwnObjects owned = new OwnObjects(g, calleeWrites);
    ThrowOnlyCode throwOnly = ThrowOnlyCode.of(g);
    ThrownObjects thrown = ThrownObjects.of(g, throwOnly);
    boolean foreign = false; // a field written that is neither the receiver's nor an own object's
    TryBodies tries = TryBodies.of(g);
    BitSet throwing = new BitSet(); // what code only a throw follows writes (THROWING_WRITES)
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        BitSet out = throwOnly.contains(i) ? throwing : normal;
        switch (i.op) {
          case ASTORE:
            if (storesRow(i) && reachesParameter(i.arg(0))) out.set(MOVES_ROWS);
            boolean held = rootsHeldOutside(g, i.arg(0), out, calleeWrites);
            if (held && !isWhole(i.arg(2).type)) out.set(NON_WHOLE_FIELDS);
            foreign |= held;
            break;
          case PUTSTATIC:
            out.set(FIELDS);
            if (!isWhole(fieldType(i))) out.set(NON_WHOLE_FIELDS);
            foreign = true;
            break;
          case PUTFIELD:
            if (constructs(g, i.arg(0)) || owned.isOwn(i.arg(0)) || thrown.writesOnlyThrown(i)) break;
            out.set(FIELDS);
            if (!isWhole(fieldType(i))) out.set(NON_WHOLE_FIELDS);
            foreign |= !owned.isReceiver(i.arg(0));
            break;
          case INVOKE:
            if (!(i.attr instanceof MethodRef)) {
              if (PassiveCalls.writesNothing(i.attr)) break;
              for (Value a : i.args) if (Types.isReference(a.type)) roots(g, a, out, calleeWrites);
              out.set(CALLEE_FIELDS);
              out.set(NON_WHOLE_FIELDS);
              foreign = true;
              break;
            }
            MethodRef m = i.method();
            // a sign or NaN test, the exponent, a table index (StepBits): a step of the value, no bits to rebuild it from
            if (PassiveCalls.readsBitPattern(m) && !StepBits.onlySteps(g, i)) out.set(BIT_PATTERNS);
            if (PassiveCalls.writesNothing(m) || isLibraryConstructorOfOwnObject(g, i) || thrown.writesOnlyThrown(i)) break;
            boolean onOwn = owned.isCallOnOwn(i); // Sum.add on a Sum allocated here: its writes stay in it
            boolean onReceiver = !m.isStatic() && owned.isReceiver(i.arg(0)) && calleeWrites.test(m, RECEIVER_ONLY);
            ArrayIntrinsic k = ArrayIntrinsic.of(m);
            HelperIntrinsic h = HelperIntrinsic.of(m);
            if (h != null) {
              for (int a = 0; a < i.args.length; a++) {
                if (h.writes(a)) foreign |= heldWritten(g, i.arg(a), out, calleeWrites);
              }
            } else if (k == ArrayIntrinsic.ARRAYCOPY) {
              foreign |= heldWritten(g, i.arg(2), out, calleeWrites);
            } else if (k != null && k.writesFirst()) {
              foreign |= heldWritten(g, i.arg(0), out, calleeWrites);
            } else if (k == null) {
              BitSet args = new BitSet();
              guessedOrFound(calleeWrites.test(m, UNKNOWN), args, into -> {
                for (int a = onOwn ? 1 : 0; a < i.args.length; a++) {
                  if (Types.isReference(i.arg(a).type) && calleeWrites.test(m, a)) {
                    BitSet r = new BitSet();
                    roots(g, i.arg(a), r, calleeWrites);
                    if ((r.get(FIELDS) || r.get(UNKNOWN)) && !isWholeArray(i.arg(a).type)) r.set(NON_WHOLE_FIELDS);
                    into.or(r);
                  }
                }
              });
              out.or(args);
              foreign |= args.get(FIELDS) || args.get(CALLEE_FIELDS) || args.get(UNKNOWN);
              if (calleeWrites.test(m, BIT_PATTERNS)) out.set(BIT_PATTERNS);
              // a recovering try here goes on after what the callee wrote before it threw
              if (calleeWrites.test(m, THROWING_WRITES)) {
                if (tries.inBody(b)) out.or(ALL);
                else out.set(THROWING_WRITES);
              }
              if (calleeWrites.test(m, MOVES_ROWS) && anyReachesParameter(i)) out.set(MOVES_ROWS);
              if (onOwn) break;
              if (calleeWrites.test(m, NON_WHOLE_FIELDS)) out.set(NON_WHOLE_FIELDS);
              if (calleeWrites.test(m, FIELDS) || calleeWrites.test(m, CALLEE_FIELDS)) {
                out.set(CALLEE_FIELDS);
                foreign |= !onReceiver;
              }
              // A constructor's writes (into arrays held in the new object's fields too) are the new
              // object's, which the analysis does not tell from other fields: not counted as found.
              boolean found = (calleeWrites.test(m, FIELDS) && !calleeWrites.test(m, UNKNOWN)) || calleeWrites.test(m, FOUND_CALLEE_FIELDS);
              if (found && !m.name().equals("<init>")) {
                out.set(FOUND_CALLEE_FIELDS);
              }
            }
            break;
          default:
        }
      }
    }
    BitSet out = normal;
    if (throwing.get(BIT_PATTERNS)) out.set(BIT_PATTERNS); // a read, not a write: counted as before
    throwing.clear(BIT_PATTERNS);
    if (!throwing.isEmpty()) out.set(THROWING_WRITES);
    if (!foreign && owned.receiverConfined()) out.set(RECEIVER_ONLY);
    if (owned.returnsReceiver()) out.set(RETURNS_RECEIVER);
    if (owned.returnsFresh()) out.set(RETURNS_FRESH);
    if (FreshArrays.returned(g, calleeWrites)) out.set(RETURNS_FRESH_ARRAY);
    return out;
  }

  /**
   * Runs {@code marks} into {@code out}; when the callee could not be analysed ({@code guessed}:
   * an abstract method, every argument taken as written), an array held in a field passed to it is
   * written by the callee, if at all, which is a guess ({@link #CALLEE_FIELDS}), not a write this
   * method is found to make ({@link #FIELDS}). Otherwise a field-held array given to a library
   * template method's abstract hook ({@code RealDuplication.integral} passing {@code initialVA} to
   * {@code evaluate}) would make every caller "found" to write fields, and refused in reverse mode.
   */
  private static void guessedOrFound(boolean guessed, BitSet out, java.util.function.Consumer<BitSet> marks) {
    if (!guessed) {
      marks.accept(out);
      return;
    }
    BitSet into = new BitSet();
    marks.accept(into);
    if (into.get(FIELDS) && !into.get(UNKNOWN)) {
      into.clear(FIELDS);
      into.set(CALLEE_FIELDS);
    }
    out.or(into);
  }

  /** True when {@code object} is the object that constructor {@code g} constructs. */
  private static boolean constructs(Graph g, Value object) {
    return g.name.equals("<init>") && !g.params.isEmpty() && object == g.params.get(0);
  }

  /**
   * A constructor of a JDK class called on an object this method allocated ({@code new
   * IllegalArgumentException(message)}) or, in a constructor, on the object it constructs ({@code
   * super(message)}): it writes only that object.
   */
  private static boolean isLibraryConstructorOfOwnObject(Graph g, Insn call) {
    MethodRef m = call.method();
    if (!m.name().equals("<init>") || !m.owner().startsWith("java/")) return false;
    Value object = call.arg(0);
    return (object instanceof Insn && ((Insn) object).op == Op.NEW) || constructs(g, object);
  }

  /**
   * True when {@code array} may be memory the method does not own: an array held in a field or a
   * static (or a row of one), or one of unknown origin (a callee's result). A write into it is a
   * write of that field or static for whoever reads it there.
   */
  public static boolean heldOutside(Graph g, Value array, BiPredicate<MethodRef, Integer> calleeWrites) {
    BitSet r = new BitSet();
    roots(g, array, r, calleeWrites);
    return r.get(FIELDS) || r.get(UNKNOWN);
  }

  /**
   * True when {@code i} stores a reference into an array ({@code a[k] = row}): whatever it stores (a row of numbers, an
   * object, a string), it moves the row that was at {@code k} out of the array, whose shadow the reverse sweep must put
   * back. The one definition of a row move, for {@link #MOVES_ROWS} and for reverse.MovedRows.
   */
  public static boolean storesRow(Insn i) {
    return i.op == Op.ASTORE && Types.isReference(i.arg(2).type);
  }

  /**
   * True when {@code v} is, through casts, merges, rows and fields, a parameter or what a parameter holds: memory of the
   * caller whose rows a store or a call may move ({@link #MOVES_ROWS}). Not a call's result (a pool's array handed out
   * by {@code ArrayPool.get}): a call given that moves no row the caller's shadows hold, and a direct call is checked by
   * its caller's own adjoint (reverse.MovedRows) whatever the summary says.
   */
  private static boolean reachesParameter(Value v) {
    Deque<Value> work = new ArrayDeque<>();
    Set<Value> seen = new HashSet<>();
    work.push(v);
    while (!work.isEmpty()) {
      Value u = work.pop();
      if (!seen.add(u)) continue;
      if (u instanceof Phi p) {
        p.inputs.forEach(work::push);
      } else if (u instanceof Insn i) {
        if (i.op == Op.PARAM) return true;
        if (i.op == Op.CHECKCAST || i.op == Op.ALOAD || i.op == Op.GETFIELD) work.push(i.arg(0));
      }
    }
    return false;
  }

  private static boolean anyReachesParameter(Insn call) {
    for (Value a : call.args) if (Types.isReference(a.type) && reachesParameter(a)) return true;
    return false;
  }

  /** True when {@code array} may be (a row of) a parameter: memory a caller may hold in a field or static. */
  public static boolean mayBeParameter(Graph g, Value array, BiPredicate<MethodRef, Integer> calleeWrites) {
    BitSet r = new BitSet();
    roots(g, array, r, calleeWrites);
    int first = r.nextSetBit(0);
    return first >= 0 && first < FIELDS;
  }

  /** {@link #rootsHeldOutside}, and {@link #NON_WHOLE_FIELDS} when such an array is not one of whole numbers. */
  private static boolean heldWritten(Graph g, Value array, BitSet out, BiPredicate<MethodRef, Integer> calleeWrites) {
    boolean held = rootsHeldOutside(g, array, out, calleeWrites);
    if (held && !isWholeArray(array.type)) out.set(NON_WHOLE_FIELDS);
    return held;
  }

  private static org.objectweb.asm.Type fieldType(Insn write) {
    return org.objectweb.asm.Type.getType(((dev.leibniz.core.ir.FieldRef) write.attr).desc());
  }

  /** A whole number or boolean: a value (a cache, a counter) that carries no derivative. */
  private static boolean isWhole(org.objectweb.asm.Type t) {
    switch (t.getSort()) {
      case org.objectweb.asm.Type.BOOLEAN: case org.objectweb.asm.Type.CHAR: case org.objectweb.asm.Type.BYTE:
      case org.objectweb.asm.Type.SHORT: case org.objectweb.asm.Type.INT: case org.objectweb.asm.Type.LONG:
        return true;
      default:
        return false;
    }
  }

  /** A one-dimensional array of whole numbers or booleans ({@code int[]}, a search cursor). */
  private static boolean isWholeArray(org.objectweb.asm.Type t) {
    return t.getSort() == org.objectweb.asm.Type.ARRAY && t.getDimensions() == 1 && isWhole(t.getElementType());
  }

  /** {@link #roots} into {@code out}; true when {@code array} may be held in a field or unknown. */
  private static boolean rootsHeldOutside(Graph g, Value array, BitSet out, BiPredicate<MethodRef, Integer> calleeWrites) {
    BitSet r = new BitSet();
    roots(g, array, r, calleeWrites);
    out.or(r);
    return r.get(FIELDS) || r.get(UNKNOWN);
  }

  /** A lambda made here that captures nothing: no memory is reachable through it, whoever calls it. */
  private static boolean statelessLambda(Insn i) {
    return i.attr instanceof org.objectweb.asm.tree.InvokeDynamicInsnNode d && dev.leibniz.core.objects.LambdaCalls.isLambda(d)
        && org.objectweb.asm.Type.getArgumentTypes(d.desc).length == 0;
  }

  /**
   * Marks the parameters {@code array} may be (a row of); a callee's result is its own memory when the
   * callee returns fresh arrays ({@code calleeWrites}, {@link #RETURNS_FRESH_ARRAY}; null: unknown).
   */
  private static void roots(Graph g, Value array, BitSet out, BiPredicate<MethodRef, Integer> calleeWrites) {
    Deque<Value> work = new ArrayDeque<>();
    Set<Value> seen = new HashSet<>();
    work.push(array);
    while (!work.isEmpty()) {
      Value v = work.pop();
      if (!seen.add(v)) continue;
      if (v instanceof Phi) {
        ((Phi) v).inputs.forEach(work::push);
      } else if (v instanceof Insn) {
        Insn i = (Insn) v;
        switch (i.op) {
          case PARAM:
            out.set(g.params.indexOf(i));
            break;
          case CHECKCAST: case ALOAD:
            work.push(i.arg(0));
            break;
          case NEWARRAY: case NEW: case CONST:
            break;
          case GETFIELD: case GETSTATIC: // an array held in a field: memory the method does not own
            out.set(FIELDS);
            break;
          case INVOKE:
            if (i.attr instanceof MethodRef && HelperIntrinsic.of(i.method()) != null) {
              if (HelperIntrinsic.of(i.method()).returnsArgument()) work.push(i.arg(0));
              break;
            }
            if (i.attr instanceof MethodRef && ArrayIntrinsic.of(i.method()) != null) {
              break;
            }
            if (FreshArrays.isFreshResult(i, calleeWrites)) break;
            if (statelessLambda(i)) break; // Complex::ofCartesian given to a helper: a new object holding nothing
            out.or(ALL);
            return;
          default:
            out.or(ALL);
            return;
        }
      }
    }
  }
}
