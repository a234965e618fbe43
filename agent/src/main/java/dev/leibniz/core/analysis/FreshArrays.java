package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.objectweb.asm.Type;

/**
 * Whether every return of a method gives back an array the call allocated and that nothing else
 * holds ({@code double[] out = new double[n]; ... out[j] += v[k] * m[k][j]; return out;}): its
 * rows, for an array of arrays, allocated or copied in the call as well, and none of them stored in
 * a field, in another array or handed to a callee that could keep it. A caller writing into such a
 * result writes memory of its own, not a parameter's or a field's ({@link
 * ParamWrites#RETURNS_FRESH_ARRAY}). Joint reversal re-runs such a callee in the reverse sweep: a
 * later write into its result cannot change what the re-run reads.
 */
final class FreshArrays {
  private final Graph g;
  private final BiPredicate<MethodRef, Integer> callees;
  private final Map<Value, List<Object>> users = new HashMap<>(); // Insn users and Phi users
  private final Set<Value> group = new HashSet<>();
  private final Deque<Value> unchecked = new ArrayDeque<>();

  private FreshArrays(Graph g, BiPredicate<MethodRef, Integer> callees) {
    this.g = g;
    this.callees = callees;
    for (Block b : g.blocks) {
      for (Phi p : b.phis) for (Value in : p.inputs) use(in, p);
      for (Insn i : b.insns) for (Value a : i.args) use(a, i);
      if (b.terminator != null) for (Value a : b.terminator.args) use(a, b.terminator);
    }
  }

  private void use(Value v, Object user) {
    users.computeIfAbsent(v, k -> new ArrayList<>()).add(user);
  }

  /** True when {@code g} returns an array and every return gives back a fresh one (or null). */
  static boolean returned(Graph g, BiPredicate<MethodRef, Integer> callees) {
    if (Type.getReturnType(g.desc).getSort() != Type.ARRAY) return false;
    FreshArrays f = new FreshArrays(g, callees);
    boolean any = false;
    for (Block b : g.blocks) {
      Insn t = b.terminator;
      if (t == null || t.op != Op.RETURN) continue;
      if (t.args.length != 1 || !f.add(t.arg(0))) return false;
      any = true;
    }
    return any && f.confined();
  }

  /** True when the result of {@code call} is a fresh array by its callee's summary (a call bound statically). */
  static boolean isFreshResult(Insn call, BiPredicate<MethodRef, Integer> callees) {
    if (!(call.attr instanceof MethodRef m) || callees == null) return false;
    if (!m.isStatic() && m.opcode() != org.objectweb.asm.Opcodes.INVOKESPECIAL) return false; // an override may differ
    return callees.test(m, ParamWrites.RETURNS_FRESH_ARRAY);
  }

  /** Adds {@code v} to the fresh group when it was made here; false when it may be older memory. */
  private boolean add(Value v) {
    if (group.contains(v)) return true;
    group.add(v);
    unchecked.push(v);
    if (v instanceof Phi p) {
      for (Value in : p.inputs) if (!add(in)) return false;
      return true;
    }
    if (!(v instanceof Insn i)) return false;
    switch (i.op) {
      case NEWARRAY:
        return true;
      case CONST:
        return v.type.equals(Types.NULL);
      case CHECKCAST:
        return add(i.arg(0));
      case ALOAD: // a row: fresh when its array is (every store into the group is checked to store fresh rows)
        return add(i.arg(0));
      case INVOKE:
        if (isFreshResult(i, callees)) return true;
        return i.attr instanceof MethodRef m && isPrimitiveCopy(m);
      default:
        return false;
    }
  }

  /** A copy of an array of primitives ({@code clone}, {@code copyOf}): a new array sharing nothing. */
  private static boolean isPrimitiveCopy(MethodRef m) {
    ArrayIntrinsic k = ArrayIntrinsic.of(m);
    if (k == ArrayIntrinsic.CLONE) return isPrimitiveArray(Type.getObjectType(m.owner())); // clone() returns Object
    return (k == ArrayIntrinsic.COPY_OF || k == ArrayIntrinsic.COPY_OF_RANGE) && isPrimitiveArray(Type.getReturnType(m.desc()));
  }

  private static boolean isPrimitiveArray(Type t) {
    return t.getSort() == Type.ARRAY && t.getDimensions() == 1 && t.getElementType().getSort() != Type.OBJECT;
  }

  /** True when no member of the group can be reached other than through the group and the returns. */
  private boolean confined() {
    while (!unchecked.isEmpty()) {
      Value v = unchecked.pop();
      for (Object u : users.getOrDefault(v, List.of())) {
        if (u instanceof Phi p ? !add(p) : !allowed((Insn) u, v)) return false;
      }
    }
    return true;
  }

  /** True when {@code use} of group member {@code v} keeps the group to itself. */
  private boolean allowed(Insn use, Value v) {
    switch (use.op) {
      case ALENGTH: case RETURN:
        return true;
      case CHECKCAST:
        return add(use);
      case ALOAD:
        return Types.isReference(use.type) ? add(use) : true;
      case ASTORE:
        if (use.arg(0) != v) return group.contains(use.arg(0)) && add(use.arg(2)); // stored into a member only
        return !Types.isReference(use.arg(2).type) || add(use.arg(2));
      case INVOKE:
        return use.attr instanceof MethodRef m && passedHarmlessly(use, m, v);
      default:
        return false;
    }
  }

  /**
   * A call given an array of primitives of the group: a copy, fill or sort of it, or a callee that writes no
   * field (so cannot keep it), returns nothing it could hand back, and has no array of references to put it in.
   */
  private boolean passedHarmlessly(Insn call, MethodRef m, Value v) {
    if (!isPrimitiveArray(v.type)) return false;
    ArrayIntrinsic k = ArrayIntrinsic.of(m);
    if (k != null) return true;
    if (callees == null || callees.test(m, ParamWrites.FIELDS) || callees.test(m, ParamWrites.CALLEE_FIELDS)
        || callees.test(m, ParamWrites.UNKNOWN)) {
      return false;
    }
    if (Types.isReference(Type.getReturnType(m.desc()))) return false;
    for (Value a : call.args) {
      Type t = a.type;
      if (t.getSort() == Type.OBJECT || (t.getSort() == Type.ARRAY && !isPrimitiveArray(t))) return false;
    }
    return true;
  }
}
