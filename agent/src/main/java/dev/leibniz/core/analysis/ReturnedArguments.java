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
 * x[0] = ...} then {@code r[0]} read). Both modes take the result for an array of its own: the tangent's primal call,
 * made for its value, runs on a copy of the arrays the callee writes, so a later write through the argument does not
 * show in the result's values; the adjoint gives the result a zero shadow of its own, so a later write through it is
 * reversed on that shadow, not on the argument's (the identity of reversing twice came out reversed). Refused in both
 * modes, for the class's shared analysis; a callee known to return a fresh array ({@code
 * ParamWrites.RETURNS_FRESH_ARRAY}) or a JDK array method is not concerned, nor is a result nobody reads.
 */
final class ReturnedArguments {
  private ReturnedArguments() {}

  /** Why {@code call} cannot be differentiated as it is used, or null. */
  static String whyNot(Graph g, Insn call, Callees callees) {
    if (!(call.attr instanceof MethodRef m) || !Types.isDifferentiableArray(call.type)) return null;
    if (ArrayIntrinsic.of(m) != null || callees.returnsFreshArray(m)) return null;
    Set<Value> result = aliases(g, call);
    if (!used(g, result)) return null;
    boolean written = writtenAfter(g, call, result, callees);
    for (Value a : call.args) {
      if (a.type.equals(call.type)) written |= writtenAfter(g, call, aliases(g, a), callees);
      else continue;
      if (written) {
        return "calls " + dev.leibniz.core.JavaSignature.method(m) + ", which may return the array it is given (it is not"
            + " known to return a new one), and this method reads the result and writes into it or into the argument"
            + " afterwards: both modes would take the result for an array of its own (a copy's values in the tangent, a"
            + " separate shadow in the adjoint), though the two names may be one array. Call it for its effect and keep"
            + " using the argument (x = f(x) -> f(x)), or have it return a new array";
      }
    }
    return null;
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

  private static boolean used(Graph g, Set<Value> values) {
    for (Block b : g.blocks) {
      for (Insn i : b.insns) for (Value a : i.args) if (values.contains(a) && i.op != Op.CHECKCAST) return true;
      if (b.terminator != null) for (Value a : b.terminator.args) if (values.contains(a)) return true;
    }
    return false;
  }

  /** True when an instruction that may run after {@code call} writes into one of {@code arrays}. */
  private static boolean writtenAfter(Graph g, Insn call, Set<Value> arrays, Callees callees) {
    Block home = null;
    for (Block b : g.blocks) if (b.insns.contains(call)) home = b;
    if (home == null) return true;
    Set<Block> later = reachable(home);
    for (Block b : g.blocks) {
      int from = later.contains(b) ? 0 : b == home ? b.insns.indexOf(call) + 1 : b.insns.size();
      for (int k = from; k < b.insns.size(); k++) {
        if (writes(b.insns.get(k), arrays, callees)) return true;
      }
    }
    return false;
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

  /** Blocks reachable from {@code from} through at least one edge. */
  private static Set<Block> reachable(Block from) {
    Set<Block> seen = new HashSet<>();
    Deque<Block> work = new ArrayDeque<>(from.successors());
    while (!work.isEmpty()) {
      Block x = work.pop();
      if (seen.add(x)) work.addAll(x.successors());
    }
    return seen;
  }
}
