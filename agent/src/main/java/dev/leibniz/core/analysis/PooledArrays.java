package dev.leibniz.core.analysis;

import dev.leibniz.core.JavaSignature;
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
import java.util.function.Predicate;
import org.objectweb.asm.Type;

/**
 * A floating array taken from a pool and given back to it within the call (JBullet's {@code float[] temp =
 * floatArrays.getFixed(4); ... floatArrays.release(temp);}): a per-call temporary for differentiation. The <em>take</em> is a
 * call given only passive values whose result, a one-dimensional {@code double[]}/{@code float[]}, receives active values;
 * a <em>release</em> is a call given it (once, its other arguments passive) whose result carries no derivative. Proven here,
 * on the method's own code: (1) the array is only read, written, measured and released — no phi, store, return or other
 * call, so nothing but this code sees it between its take and its release; (2) it is not used after a release; (3) every
 * element read follows, on every path from the take, a write of that element in the same call (constant indices, the
 * index value itself, or indices computed from one value of a finite set of constants, each of whose values writes the
 * element: JBullet's {@code temp[i]}, {@code temp[(i + 1) % 3]}, {@code temp[(i + 2) % 3]} with {@code i} one of 0, 1, 2),
 * so no value an earlier call (or anything) left in the pool's array is read: what the pool holds between calls carries no
 * derivative anyone reads; (4) the take is in no loop (its shadow is one array per call). The shadow is then a zero array
 * of the same length made per call; the companions use the pool as the original does (tangent), except that the adjoint
 * does not give the array back ({@link #releases}): its reverse sweep still reads it after the original's release, and a
 * callee re-run there could be handed it again by the pool, so it leaves it to the collector (the pool makes another,
 * its own fallback).
 */
final class PooledArrays {
  private final Graph g;
  private final Predicate<Value> active;
  private final java.util.function.BiPredicate<MethodRef, Integer> keepsOnlyReference;
  private final Set<Insn> takes = new HashSet<>();
  private final Set<Insn> takeCalls = new HashSet<>();
  private final Set<Insn> releases = new HashSet<>();
  private final ReleasedUses graph;

  /** True for a release-shaped call the ordinary passive-call check refuses (it stores the array away: a pool's release). */
  private final Predicate<Insn> keptAway;

  PooledArrays(Graph g, Predicate<Value> active, java.util.function.BiPredicate<MethodRef, Integer> keepsOnlyReference,
      Predicate<Insn> keptAway) {
    this.g = g;
    this.graph = new ReleasedUses(g);
    this.active = active;
    this.keepsOnlyReference = keepsOnlyReference;
    this.keptAway = keptAway;
  }

  /**
   * True for the array value of a call that may take a pooled array: the call given only passive values, its result (or
   * the cast of it that is its only use: a generic pool's erased {@code T getFixed(int)}) an active one-dimensional
   * floating array, given to a release that stores it away (a call the ordinary passive-call check would refuse; one it
   * accepts keeps its old treatment).
   */
  boolean candidate(Insn i) {
    if (i.type.getSort() != Type.ARRAY || i.type.getDimensions() != 1 || !Types.isDifferentiableArray(i.type) || !active.test(i)) return false;
    Insn call = callOf(i);
    if (call == null) return false;
    for (Value a : call.args) {
      if (active.test(a)) return false;
    }
    for (Insn u : users().getOrDefault(i, List.of())) {
      if (isRelease(u, i) && keptAway.test(u)) return true;
    }
    return false;
  }

  /** The call a take's array value comes from: itself, or the call it casts when the cast is that call's only use. */
  private Insn callOf(Insn i) {
    Insn call = i.op == Op.CHECKCAST && i.arg(0) instanceof Insn c ? c : i;
    if (call.op != Op.INVOKE || !(call.attr instanceof MethodRef m) || m.name().equals("<init>")) return null;
    if (call != i && !users().getOrDefault(call, List.of()).equals(List.of(i))) return null;
    return call;
  }

  /** Why a pooled array is refused, at the instruction that shows it. */
  record Refusal(Insn at, String why) {}

  /** Null when {@code take} is a pooled array as above (recorded with its releases); else why not, located. */
  Refusal whyNot(Insn take, Cycles cycles) {
    Block home = blockOf(take);
    if (cycles.inCycle(home)) return refusal(take, "it is taken inside a loop, where its shadow would have to change with it");
    List<Insn> own = new ArrayList<>();
    for (Insn u : users().getOrDefault(take, List.of())) {
      if (u == null) return refusal(take, "it is merged with another array (a phi)");
      if (isRelease(u, take)) {
        own.add(u);
      } else if (u.op == Op.IF || u.op == Op.GOTO) {
        continue; // a terminator carrying it (as BlankStoreUses takes them)
      } else if (!(u.op == Op.ALOAD && u.arg(0) == take || u.op == Op.ALENGTH || u.op == Op.ASTORE && u.arg(0) == take && u.arg(2) != take)) {
        return refusal(u, "it is " + (u.op == Op.INVOKE ? "given to " + JavaSignature.method(u.method()) + ", a call that is not its"
            + " release" : u.op == Op.RETURN ? "returned" : "stored or passed on") + "; a pooled array may only be read, written and"
            + " given back (a call given it, its other arguments passive, returning no number, is taken as its release)");
      }
    }
    for (Insn r : own) {
      Insn late = usedAfter(take, r);
      if (late != null) return refusal(late, "it is used after it was given back to the pool at line " + r.line);
    }
    Insn unwritten = new ElementWrites(take).firstUnwrittenRead();
    if (unwritten != null) {
      return refusal(unwritten, "an element is read that this call may not have written since it took the array, so it could"
          + " read a value an earlier call left in the pool (write every element before reading it)");
    }
    takes.add(take);
    takeCalls.add(callOf(take));
    releases.addAll(own);
    return null;
  }

  /** For each take, the earlier takes still held when it runs (their releases not yet reached on some path to it). */
  private final Map<Insn, List<Insn>> heldAt = new HashMap<>();

  /**
   * After every take is decided: the takes held at once. A pool hands out an array nobody else holds, so at run time two
   * of them (or one and an array parameter) are never the same array; the companions check it (forward.Sweep), since a
   * "pool" that is not one would make the two temporaries one array with two shadows. An earlier take held at a later one
   * must dominate it (its array is there to compare); else refused.
   */
  Refusal overlaps(Dominators dominators) {
    for (Insn first : takes) {
      for (Insn second : takes) {
        if (first == second || !reachedBeforeRelease(first, second)) continue;
        if (!dominators.dominates(blockOf(first), blockOf(second))) {
          return refusal(second, "it is taken while the array taken at line " + first.line + " may be held, on a path that does not"
              + " always take that one first");
        }
        heldAt.computeIfAbsent(second, k -> new ArrayList<>()).add(first);
      }
    }
    return null;
  }

  /** The earlier takes held when {@code take} runs ({@link #overlaps}). */
  List<Insn> heldAt(Insn take) {
    return heldAt.getOrDefault(take, List.of());
  }

  /** True when {@code second} may run after {@code first} before one of {@code first}'s releases. */
  private boolean reachedBeforeRelease(Insn first, Insn second) {
    Block start = blockOf(first);
    int at = start.insns.indexOf(first);
    for (Insn i : start.insns.subList(at + 1, start.insns.size())) {
      if (releases.contains(i) && java.util.Arrays.asList(i.args).contains(first)) return false;
      if (i == second) return true;
    }
    Deque<Block> work = new ArrayDeque<>(start.successors());
    Set<Block> seen = new HashSet<>();
    while (!work.isEmpty()) {
      Block b = work.poll();
      if (!seen.add(b)) continue;
      boolean released = false;
      for (Insn i : b.insns) {
        if (releases.contains(i) && java.util.Arrays.asList(i.args).contains(first)) {
          released = true;
          break;
        }
        if (i == second) return true;
      }
      if (!released) work.addAll(b.successors());
    }
    return false;
  }

  private static Refusal refusal(Insn at, String why) {
    return new Refusal(at, "the array taken from a pool is not a per-call temporary: " + why);
  }

  /** The array values of the pooled arrays' takes proven so far. */
  boolean isTake(Insn i) {
    return takes.contains(i);
  }

  /** The calls of the takes proven so far (the array value itself, or the call it casts). */
  boolean isTakeCall(Insn i) {
    return takeCalls.contains(i);
  }

  /** The releases of the pooled arrays proven so far: kept in tangent mode, left out of the adjoint (see the class). */
  boolean isRelease(Insn i) {
    return releases.contains(i);
  }

  private boolean isRelease(Insn u, Insn take) {
    return isReleaseOf(u, take, active, keepsOnlyReference);
  }

  /**
   * True when {@code u} is a release-shaped call of {@code pooled} (arrays here, objects in {@link PooledObjects}): a
   * method returning no number or reference, given {@code pooled} once and no other active value, that only keeps the
   * reference ({@code keepsOnlyReference}: a pool's {@code release(x)} storing it away for the next take).
   */
  static boolean isReleaseOf(Insn u, Value pooled, Predicate<Value> active,
      java.util.function.BiPredicate<MethodRef, Integer> keepsOnlyReference) {
    if (u == null || u.op != Op.INVOKE || !(u.attr instanceof MethodRef m) || m.name().equals("<init>")) return false;
    Type r = Type.getReturnType(m.desc());
    if (r.getSort() == Type.DOUBLE || r.getSort() == Type.FLOAT || Types.isReference(r)) return false;
    int given = -1;
    for (int k = 0; k < u.args.length; k++) {
      if (u.args[k] == pooled) {
        if (given >= 0) return false;
        given = k;
      } else if (active.test(u.args[k])) {
        return false;
      }
    }
    return given >= 0 && keepsOnlyReference.test(m, given);
  }

  /** A use of {@code take} reachable from release {@code r} (before the take runs again), or null. */
  private Insn usedAfter(Insn take, Insn r) {
    return graph.reachedAfter(r, take, new HashSet<>(users().getOrDefault(take, List.of())), t -> true);
  }

  private Map<Value, List<Insn>> users() {
    return graph.users();
  }

  private Block blockOf(Insn i) {
    return graph.blockOf(i);
  }

  /**
   * The must-write flow of one pooled array's elements from its take: which constant indices (and index values) are
   * written on every path; an element read that is not is where a value left in the pool could be read.
   */
  private final class ElementWrites {
    private final Insn take;

    ElementWrites(Insn take) {
      this.take = take;
    }

    Insn firstUnwrittenRead() {
      Map<Block, Written> out = new HashMap<>();
      List<Block> order = Dominators.reversePostOrder(g);
      Block home = blockOf(take);
      for (boolean changed = true; changed; ) {
        changed = false;
        for (Block b : order) {
          Written w = in(b, home, out);
          if (w == null) continue; // before the take, or not reached from it yet
          Insn bad = run(b, w, b == home);
          if (bad != null) return bad;
          if (!w.equals(out.get(b))) {
            out.put(b, w);
            changed = true;
          }
        }
      }
      return null;
    }

    /** The meet over the predecessors reached from the take; the take's own block starts empty. */
    private Written in(Block b, Block home, Map<Block, Written> out) {
      if (b == home) return new Written();
      Written w = null;
      for (Block p : b.preds) {
        Written o = out.get(p);
        if (o == null) continue;
        w = w == null ? o.copy() : w.meet(o);
      }
      return w;
    }

    private Insn run(Block b, Written w, boolean home) {
      int from = home ? b.insns.indexOf(take) + 1 : 0;
      for (Insn i : b.insns.subList(from, b.insns.size())) {
        if (i.op == Op.ASTORE && i.arg(0) == take) {
          w.store(i.arg(1));
        } else if (i.op == Op.ALOAD && i.arg(0) == take && !w.covers(i.arg(1))) {
          return i;
        }
      }
      return null;
    }
  }

  /** Indices written on every path: constants, and index values whose every possible value is one. */
  private static final class Written {
    final Set<Integer> constants = new HashSet<>();
    final Set<Value> values = new HashSet<>();

    Written copy() {
      Written w = new Written();
      w.constants.addAll(constants);
      w.values.addAll(values);
      return w;
    }

    Written meet(Written o) {
      constants.retainAll(o.constants);
      values.retainAll(o.values);
      return this;
    }

    void store(Value index) {
      Integer c = IndexValues.constant(index);
      if (c != null) constants.add(c);
      else values.add(index);
      constants.addAll(IndexValues.coveredByAll(values));
    }

    boolean covers(Value index) {
      Integer c = IndexValues.constant(index);
      if (c != null) return constants.contains(c);
      if (values.contains(index)) return true;
      Set<Integer> all = IndexValues.possible(index);
      return all != null && constants.containsAll(all);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Written w && w.constants.equals(constants) && w.values.equals(values);
    }

    @Override
    public int hashCode() {
      return constants.hashCode() * 31 + values.hashCode();
    }
  }

  /**
   * Integer index values as functions of one value with a finite set of constant values (a phi or select of constants:
   * {@code i = a < b ? (b < c ? 2 : 1) : (a < c ? 2 : 0)}), evaluated for each of them.
   */
  static final class IndexValues {
    private static final int LIMIT = 16;

    private IndexValues() {}

    static Integer constant(Value v) {
      return v instanceof Insn i && i.op == Op.CONST && i.attr instanceof Integer n ? n : null;
    }

    /** The constants written whatever value the common root takes: for each root, the indices every value of it writes. */
    static Set<Integer> coveredByAll(Set<Value> indices) {
      Map<Value, List<Value>> byRoot = new HashMap<>();
      for (Value v : indices) {
        Value root = root(v, 0);
        if (root != null) byRoot.computeIfAbsent(root, k -> new ArrayList<>()).add(v);
      }
      Set<Integer> covered = new HashSet<>();
      for (Map.Entry<Value, List<Value>> e : byRoot.entrySet()) {
        Set<Integer> values = finite(e.getKey(), 0);
        if (values == null) continue;
        Set<Integer> every = null;
        for (int s : values) {
          Set<Integer> at = new HashSet<>();
          for (Value v : e.getValue()) {
            Integer x = eval(v, e.getKey(), s, 0);
            if (x != null) at.add(x);
          }
          if (every == null) every = at; else every.retainAll(at);
        }
        if (every != null) covered.addAll(every);
      }
      return covered;
    }

    /** Every value {@code v} may take, when it is a function of one finite root (or constant); else null. */
    static Set<Integer> possible(Value v) {
      Value root = root(v, 0);
      if (root == null) return null;
      Set<Integer> values = finite(root, 0);
      if (values == null) return null;
      Set<Integer> out = new HashSet<>();
      for (int s : values) {
        Integer x = eval(v, root, s, 0);
        if (x == null) return null;
        out.add(x);
      }
      return out;
    }

    /** The one value with finitely many constant values that {@code v}'s arithmetic starts from, or null. */
    private static Value root(Value v, int depth) {
      if (depth > 8) return null;
      if (finite(v, 0) != null && !(v instanceof Insn i && i.op == Op.CONST)) return v;
      if (!(v instanceof Insn i) || !arithmetic(i)) return null;
      Value found = null;
      for (Value a : i.args) {
        if (constant(a) != null) continue;
        Value r = root(a, depth + 1);
        if (r == null || found != null && found != r) return null;
        found = r;
      }
      return found;
    }

    private static boolean arithmetic(Insn i) {
      return i.type.getSort() == Type.INT && (i.op == Op.ADD || i.op == Op.SUB || i.op == Op.MUL || i.op == Op.REM || i.op == Op.DIV);
    }

    /** The constants a phi or select of constants (nested) may give, or null. */
    private static Set<Integer> finite(Value v, int depth) {
      if (depth > 8) return null;
      Integer c = constant(v);
      if (c != null) return Set.of(c);
      List<Value> inputs = v instanceof Phi p ? p.inputs
          : v instanceof Insn i && i.op == Op.SELECT ? List.of(i.arg(1), i.arg(2)) : null;
      if (inputs == null || v.type.getSort() != Type.INT) return null;
      Set<Integer> out = new HashSet<>();
      for (Value in : inputs) {
        if (in == v) continue;
        Set<Integer> s = finite(in, depth + 1);
        if (s == null) return null;
        out.addAll(s);
        if (out.size() > LIMIT) return null;
      }
      return out.isEmpty() ? null : out;
    }

    /** {@code v} evaluated with {@code root} = {@code s}, or null (a division by zero, or not arithmetic of them). */
    private static Integer eval(Value v, Value root, int s, int depth) {
      if (v == root) return s;
      Integer c = constant(v);
      if (c != null) return c;
      if (depth > 8 || !(v instanceof Insn i) || !arithmetic(i)) return null;
      Integer a = eval(i.arg(0), root, s, depth + 1), b = eval(i.arg(1), root, s, depth + 1);
      if (a == null || b == null) return null;
      switch (i.op) {
        case ADD: return a + b;
        case SUB: return a - b;
        case MUL: return a * b;
        case REM: return b == 0 ? null : a % b;
        default: return b == 0 ? null : a / b;
      }
    }
  }
}
