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
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * A differentiated call returning an array that may be one of its own array arguments ({@code x = reverse(n, x, copy)}:
 * the Mines Java Toolkit's {@code Conv.xcor} reverses its parameter in place and returns it), when after the call the
 * result is read and either name is written ({@code reverse(n, x, false)} restoring it through the result, or {@code
 * x[0] = ...} then {@code r[0]} read), before the call runs again. Both modes take the result for an array of its own: the tangent's primal call,
 * made for its value, runs on a copy of the arrays the callee writes, so a later write through the argument does not
 * show in the result's values; the adjoint gives the result a zero shadow of its own, so a later write through it is
 * reversed on that shadow, not on the argument's (the identity of reversing twice came out reversed). Refused in both
 * modes, for the class's shared analysis; a callee known to return a fresh array ({@code
 * ParamWrites.RETURNS_FRESH_ARRAY}) or a JDK array method is not concerned, nor is a result nobody reads, nor an argument
 * that is this method's own array and that nobody uses after the call ({@link #ownAndDeadAfter}: SIS' {@code
 * refineRoots(c, removeDuplicated(roots))}): the result then stands alone for the array, whether or not it is the same.
 */
final class ReturnedArguments {
  private ReturnedArguments() {}

  /** Why {@code call} cannot be differentiated as it is used, or null. */
  static String whyNot(Graph g, Insn call, Callees callees) {
    if (!(call.attr instanceof MethodRef m) || !Types.isDifferentiableArray(call.type)) return null;
    if (ArrayIntrinsic.of(m) != null || callees.returnsFreshArray(m)) return null;
    Set<Value> result = aliases(g, call);
    for (Value a : call.args) {
      if (!a.type.equals(call.type) || ownAndDeadAfter(g, call, a, result, callees)) continue;
      Set<Value> names = aliases(g, a);
      names.addAll(result);
      if (hazard(g, call, names, result, callees)) {
        return "calls " + dev.leibniz.core.JavaSignature.method(m) + ", which may return the array it is given (it is not"
            + " known to return a new one), and this method writes into the result or the argument and then uses the"
            + " result: both modes would take the result for an array of its own (a copy's values in the tangent, a"
            + " separate shadow in the adjoint), though the two names may be one array. Call it for its effect and keep"
            + " using the argument (x = f(x) -> f(x)), or have it return a new array";
      }
    }
    return null;
  }

  /**
   * True when argument {@code a} is an array only this method holds, made here ({@code new double[n]}, a call known to
   * return a fresh array, or a call given no reference, whose result is taken for an array of its own wherever it is
   * used; or a merge of such arrays), and nothing but element reads, writes and lengths before the call uses it, nothing
   * at all after it, and the call not in a loop (it would run again on the argument). Whether the result is that array or another, the code after the call sees
   * only the result, with its shadow: as an array of its own, it is right. A merge of the argument with the result
   * ({@code if (!quartic) roots = removeDuplicated(roots); return roots;}) is the result after the call when the argument
   * enters it only where the call has not run. An argument that is a parameter, read from a field or an array, or given to
   * another call or returned may be seen again through that other name, and stays concerned.
   */
  private static boolean ownAndDeadAfter(Graph g, Insn call, Value a, Set<Value> result, Callees callees) {
    Set<Value> origins = origins(a);
    Set<Value> names = new HashSet<>();
    for (Value o : origins) {
      if (!(o instanceof Phi) && !(o instanceof Insn i && (i.op == Op.CHECKCAST || madeHere(i, callees)))) return false;
      names.addAll(aliases(g, o));
    }
    if (result.contains(a)) return false;
    Block home = homeOf(g, call);
    if (home == null) return false;
    int callAt = home.insns.indexOf(call);
    Reach afterCall = new Reach(home, callAt + 1, home, callAt);
    // in a loop, the call runs again on the argument, which the result may be after writes through it
    if (afterCall.entered.contains(home)) return false;
    Set<Value> joined = new HashSet<>(names);
    joined.retainAll(result);
    for (Value j : joined) {
      if (origins.contains(j)) return false;
      if (j instanceof Phi p) {
        for (int k = 0; k < p.inputs.size(); k++) {
          Block pred = p.block.preds.get(k);
          boolean argumentSide = names.contains(p.inputs.get(k)) && !result.contains(p.inputs.get(k));
          if (argumentSide && (pred == home || afterCall.entered.contains(pred))) return false;
        }
      } else if (!(j instanceof Insn i && i.op == Op.CHECKCAST)) {
        return false;
      }
    }
    names.removeAll(joined); // after the call, a merge with the result holds the result
    for (Block b : g.blocks) {
      for (int k = 0; k < b.insns.size(); k++) {
        Insn i = b.insns.get(k);
        if (i == call || i.op == Op.CHECKCAST || java.util.Arrays.stream(i.args).noneMatch(names::contains)) continue;
        boolean elementAccess = (i.op == Op.ALOAD || i.op == Op.ALENGTH || i.op == Op.ASTORE) && names.contains(i.arg(0))
            && java.util.Arrays.stream(i.args).skip(1).noneMatch(names::contains);
        if (!elementAccess || afterCall.runs(b, k)) return false;
      }
      if (b.terminator != null && java.util.Arrays.stream(b.terminator.args).anyMatch(names::contains)) return false;
    }
    return true;
  }

  /** {@code v} and the values it may be, back through merges and casts. */
  private static Set<Value> origins(Value v) {
    Set<Value> out = new HashSet<>();
    Deque<Value> work = new ArrayDeque<>(java.util.List.of(v));
    while (!work.isEmpty()) {
      Value x = work.pop();
      if (!out.add(x)) continue;
      if (x instanceof Phi p) work.addAll(p.inputs);
      else if (x instanceof Insn i && i.op == Op.CHECKCAST) work.add(i.arg(0));
    }
    return out;
  }

  /**
   * An array made by this instruction: {@code new}, a fresh array's call, or a call given no reference (not even a
   * receiver); or an empty array constant.
   */
  private static boolean madeHere(Insn i, Callees callees) {
    if (i.op == Op.NEWARRAY) return true;
    // an empty array constant (SIS' ArraysExt.EMPTY_DOUBLE): no element to write or read through another name
    if ((i.op == Op.GETSTATIC || i.op == Op.GETFIELD) && callees.isEmptyArrayConstant((dev.leibniz.core.ir.FieldRef) i.attr)) return true;
    if (i.op != Op.INVOKE || !(i.attr instanceof MethodRef m)) return false;
    if (callees.returnsFreshArray(m)) return true;
    for (Value v : i.args) if (Types.isReference(v.type) || v.type.equals(Types.NULL)) return false;
    return !m.name().startsWith("<");
  }

  /**
   * True when, after {@code call} and before it runs again, an instruction writes into one of {@code names} (the result
   * or the argument) and uses the result itself or is followed by a use of it (a loop that makes its array afresh and
   * calls again before reading the result is not concerned: the result is then the next call's).
   */
  private static boolean hazard(Graph g, Insn call, Set<Value> names, Set<Value> result, Callees callees) {
    Block home = homeOf(g, call);
    if (home == null) return true;
    int callAt = home.insns.indexOf(call);
    Reach afterCall = new Reach(home, callAt + 1, home, callAt);
    for (Block b : g.blocks) {
      for (int k = 0; k < b.insns.size(); k++) {
        Insn w = b.insns.get(k);
        if (!afterCall.runs(b, k) || !writes(w, names, callees)) continue;
        for (Value a : w.args) if (result.contains(a)) return true;
        if (new Reach(b, k + 1, home, callAt).uses(g, result)) return true;
      }
    }
    return false;
  }

  private static Block homeOf(Graph g, Insn call) {
    for (Block b : g.blocks) if (b.insns.contains(call)) return b;
    return null;
  }

  /** The instructions that run from {@code (start, from)} on before the call (at {@code callAt} of {@code home}) runs again. */
  private static final class Reach {
    final Block start;
    final int from;
    final Block home;
    final int callAt;
    final Set<Block> entered = new HashSet<>(); // blocks entered at their head

    Reach(Block start, int from, Block home, int callAt) {
      this.start = start;
      this.from = from;
      this.home = home;
      this.callAt = callAt;
      Deque<Block> work = new ArrayDeque<>();
      if (passesEnd(start, from)) work.addAll(start.successors());
      while (!work.isEmpty()) {
        Block x = work.pop();
        if (entered.add(x) && passesEnd(x, 0)) work.addAll(x.successors());
      }
    }

    /** Whether running {@code b} from {@code k} reaches its end without meeting the call. */
    private boolean passesEnd(Block b, int k) {
      return b != home || k > callAt;
    }

    boolean runs(Block b, int k) {
      boolean fromStart = b == start && k >= from && (b != home || from > callAt || k < callAt);
      return fromStart || entered.contains(b) && (b != home || k < callAt);
    }

    /** True when a use of {@code result} (an instruction, a phi at an entered head, a terminator) runs. */
    boolean uses(Graph g, Set<Value> result) {
      for (Block b : g.blocks) {
        for (int k = 0; k < b.insns.size(); k++) {
          Insn i = b.insns.get(k);
          if (i.op == Op.CHECKCAST || !runs(b, k)) continue;
          for (Value a : i.args) if (result.contains(a)) return true;
        }
        boolean end = b == start && passesEnd(b, from) || entered.contains(b) && passesEnd(b, 0);
        if (end && b.terminator != null) for (Value a : b.terminator.args) if (result.contains(a)) return true;
        if (entered.contains(b)) for (Phi p : b.phis) for (Value in : p.inputs) if (result.contains(in)) return true;
      }
      return false;
    }
  }

  /** {@code v} and the values merged or cast from it. */
  private static Set<Value> aliases(Graph g, Value v) {
    Set<Value> out = new HashSet<>();
    out.add(v);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Block b : g.blocks) {
        for (Phi p : b.phis) {
          if (!out.contains(p) && p.inputs.stream().anyMatch(out::contains)) grew |= out.add(p);
        }
        for (Insn i : b.insns) {
          if (i.op == Op.CHECKCAST && out.contains(i.arg(0)) && !out.contains(i)) grew |= out.add(i);
        }
      }
    }
    return out;
  }

  private static boolean writes(Insn i, Set<Value> arrays, Callees callees) {
    if (i.op == Op.ASTORE) return arrays.contains(i.arg(0));
    if (i.op != Op.INVOKE) return false;
    if (!(i.attr instanceof MethodRef m)) {
      for (Value a : i.args) if (arrays.contains(a)) return true;
      return false;
    }
    ArrayIntrinsic k = ArrayIntrinsic.of(m);
    if (k == ArrayIntrinsic.ARRAYCOPY) return arrays.contains(i.arg(2));
    if (k != null) return k.writesFirst() && arrays.contains(i.arg(0));
    for (int a = 0; a < i.args.length; a++) {
      if (arrays.contains(i.arg(a)) && callees.writesArgument(m, a)) return true;
    }
    return false;
  }

}
