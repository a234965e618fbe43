package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.rules.MathRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the strong zero ({@code 0·∞ = 0}) is right, for both modes. A singular source {@code u =
 * f(x)} ({@link NonFiniteTangents#isSource}: {@code sqrt} at 0...) has an infinite partial; a zero
 * factor that meets it gives the true limit 0 only when that zero does not come from {@code x} or
 * {@code u} themselves. {@code y·√x} at {@code (0, 0)}: the zero is {@code y}'s, independent of
 * {@code x}, and 0 is the derivative. {@code √x·√x} or {@code cos(√x)} at {@code x = 0}: the zero
 * partial is zero <em>because</em> {@code u = 0}, and {@code ∞·0} stands for a finite non-zero
 * limit (1, -1/2): the honest answer is NaN.
 *
 * <p>The cone of a source: every value that depends on its arguments or its result, transitively
 * through operations, phis and (without aliasing) memory. Forward mode ({@link #strongOnPartial}):
 * a zero partial may zero a possibly-infinite tangent only when the partial's value lies outside
 * the cone of every source upstream of that tangent. Reverse mode ({@link #adjointIndependent}):
 * the adjoint {@code ū} that meets {@code f'(x)} may be taken as an independent zero only when
 * every partial on every path from {@code u} forward (the factors {@code ū} is made of) lies
 * outside the cone: sums, differences, negations, conversions and phis (partials ±1), products by
 * and divisions by values outside it, a store into memory and every floating load that may read it back
 * (partials 1: the adjoint goes back through the cell; {@link CellReads}: a load after the store, of the same cell as
 * far as is known without aliasing, so not one before it nor one of another constant index);
 * anything else (a math function, a call, a call given an array or object once such a value is
 * in memory, a product of two cone values) makes it dependent, conservatively.
 */
public final class SingularCones {
  private final List<Insn> insns = new ArrayList<>();
  private final List<Phi> phis = new ArrayList<>();
  private final List<Insn> returns = new ArrayList<>();
  private final Map<Insn, Set<Value>> cones = new HashMap<>();
  /** The cones of the reverse's other sources ({@link #isAdjointSource}: {@code log}), made when first asked. */
  private final Map<Insn, Set<Value>> valueCones = new HashMap<>();
  private final CellReads cells;

  /**
   * The cones of the sources of an infinite partial at a finite point ({@link
   * NonFiniteTangents#isSource}), for both modes. Forward mode's other sources, the NaN tangents of
   * {@code hypot} and {@code atan2} at the origin ({@link NonFiniteTangents#isTangentSource}), get
   * no cone: their directional derivatives there are finite ({@code |d|} and 0), so any zero
   * partial met downstream, even one that is zero because their value is ({@code hypot(hypot(x, y),
   * z)}, {@code hypot(x, y)²} at x = y = 0), gives the true 0 — as the reverse's strong zero does.
   * Nor do the infinite tangents of an overflowing {@code exp} ({@link MathRules#overflowsWithItsValue}):
   * its value is infinite around the point, so what is computed from it is locally constant.
   */
  public static SingularCones of(Graph src, Callees callees) {
    return new SingularCones(src, callees);
  }

  private SingularCones(Graph src, Callees callees) {
    cells = new CellReads(src);
    for (Block blk : src.blocks) {
      phis.addAll(blk.phis);
      insns.addAll(blk.insns);
      if (blk.terminator != null && blk.terminator.op == Op.RETURN) returns.add(blk.terminator);
    }
    for (Insn i : insns) {
      if (NonFiniteTangents.isSource(i, callees)) cones.put(i, cone(i));
    }
  }

  /**
   * True when {@code i} is a source whose zero adjoint the reverse must check ({@link #adjointIndependent}): a source
   * of an infinite partial at a finite point ({@link NonFiniteTangents#isSource}), or a function whose value is
   * infinite with its partial ({@link MathRules#infiniteWithItsValue}: {@code log} at 0), which a function of it can
   * bring back to a finite value with a zero partial of its own ({@code exp(log x)} at 0: the reverse gave 0, where
   * the one-sided derivative is 1 and the tangent {@code 0 · ∞ = NaN}). Forward mode needs no cone for the latter:
   * its tangent is infinite from the call on, and a dependent zero partial meets it with a plain product (NaN).
   */
  public static boolean isAdjointSource(Insn i, Callees callees) {
    return NonFiniteTangents.isSource(i, callees) || i.op == Op.MATH && MathRules.infiniteWithItsValue(i.method());
  }

  /** The cone of reverse source {@code source}, or null when it is none. */
  private Set<Value> adjointCone(Insn source) {
    Set<Value> cone = cones.get(source);
    if (cone != null || source.op != Op.MATH || !MathRules.infiniteWithItsValue(source.method())) return cone;
    return valueCones.computeIfAbsent(source, this::cone);
  }

  /**
   * True when {@code tangentOf}'s tangent (possibly infinite) times the partial {@code partialSrc}
   * may take the strong zero: the partial depends on no source upstream of {@code tangentOf}.
   */
  public boolean strongOnPartial(Value tangentOf, Value partialSrc) {
    for (Set<Value> cone : cones.values()) {
      if (cone.contains(tangentOf) && cone.contains(partialSrc)) return false;
    }
    return true;
  }

  /**
   * True when the adjoint of source {@code source}'s result is made only of partials outside the
   * source's cone: a zero adjoint is then no limit of the source's own values, and {@code 0·f'(x)}
   * may be 0.
   */
  public boolean adjointIndependent(Insn source) {
    Set<Value> cone = adjointCone(source);
    if (cone == null) return true;
    Set<Value> down = new HashSet<>();
    down.add(source);
    // the stores of values of down: a floating load that may read one back (CellReads: after it, the same cell as far
    // as is known without aliasing) returns it, and a callee given a reference after one may read it
    List<Insn> stores = new ArrayList<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Phi p : phis) {
        for (Value in : p.inputs) {
          if (down.contains(in) && down.add(p)) changed = true;
        }
      }
      for (Insn i : insns) {
        if (i == source || down.contains(i)) continue;
        if (isStore(i)) {
          if (down.contains(i.args[i.args.length - 1]) && !stores.contains(i)) changed = stores.add(i); // partial 1
          continue;
        }
        if (isLoad(i)) {
          boolean readsBack = isFloating(i.type) && stores.stream().anyMatch(s -> cells.mayRead(s, i));
          if (readsBack && down.add(i)) changed = true; // partial 1, back into the cell
          continue;
        }
        if (i.op == Op.INVOKE && NonFiniteTangents.passesReference(i) && !stores.isEmpty()) return false; // may read it
        int k = usesAt(i, down);
        if (k < 0) continue;
        if (!linearIn(i, k, cone)) return false;
        if (i.type.getSort() != org.objectweb.asm.Type.VOID && down.add(i)) changed = true;
      }
    }
    return true;
  }

  /**
   * The one path a dependent source's adjoint takes ({@link #adjointIndependent} false), when it has
   * one: the source and the values after it, each the only use of the one before that carries an
   * adjoint (an operation with a floating result, a phi, a return), the last returned, unused, or stored into an
   * output array's cell no load reads back ({@link #isOutputStore}: the caller's seed enters there);
   * {@code partials} says, for each operation on it, whether its partial along the path depends on
   * the cone (a math function's, a product by a cone value: {@code cos(u)} in {@code sin(u)·y}) or
   * not (a product by a value outside it: {@code y}). Along one path the adjoint is a product, so a
   * zero adjoint is an independent zero exactly when an independent partial or the seed is 0 and no
   * dependent partial was 0 first: the reverse checks those partials at run time
   * ({@code core.reverse.Adjoints}) where forward mode's tangent, infinite from the source on,
   * checks itself. A product of a value of the path by itself ({@code w·w}) is one step, its
   * partial {@code 2w} dependent; a selecting rule's zero ({@code max}, {@code min}: not selected)
   * is independent. Null (no run-time check: the flag of {@code Adjoints} only) when a value on the
   * way has two uses (their sum may cancel because of the source's value: {@code y·(sin u − u)}),
   * an operation other than a product uses two values of the path, or the path goes through
   * memory, a call, a remainder or a division by a cone value.
   */
  public Path singlePath(Insn source) {
    Set<Value> cone = adjointCone(source);
    if (cone == null) return null;
    List<Value> steps = new ArrayList<>(List.of(source));
    Map<Insn, Boolean> partials = new LinkedHashMap<>();
    Value v = source;
    while (true) {
      if (v != source && endsInSums(v)) return new Path(steps, partials);
      Object user = null;
      int k = -1;
      for (Phi p : phis) {
        if (!p.inputs.contains(v)) continue;
        if (user != null || p.inputs.indexOf(v) != p.inputs.lastIndexOf(v)) return null;
        user = p;
      }
      for (Insn r : returns) {
        if (r.args.length == 1 && r.arg(0) == v) {
          if (user != null) return null;
          user = r;
        }
      }
      for (Insn i : insns) {
        int at = java.util.Arrays.asList(i.args).indexOf(v);
        if (at < 0 || (!isFloating(i.type) && !isStore(i) && i.op != Op.INVOKE)) continue; // carries no adjoint
        if (user != null || (java.util.Arrays.asList(i.args).lastIndexOf(v) != at && i.op != Op.MUL)) return null; // v·v: partial 2v
        user = i;
        k = at;
      }
      if (user == null || returns.contains(user)) return new Path(steps, partials);
      if (user instanceof Insn store && isOutputStore(store, k)) return new Path(steps, partials);
      if (user instanceof Insn store && store.op == Op.ASTORE) user = onlyLoad(store, k);
      if (user == null) return null;
      Value next = (Value) user;
      if (steps.contains(next)) return null; // around a loop
      if (next instanceof Insn i && i.op != Op.ALOAD) {
        Boolean dependent = dependentPartial(i, k, cone);
        if (dependent == null) return null;
        if (i.op == Op.MUL || i.op == Op.MATH) partials.put(i, dependent);
      }
      steps.add(next);
      v = next;
    }
  }

  /**
   * True when {@code v} has one use and every value made from it, transitively, is a sum or phi
   * (or a difference taking it as the first operand, or {@code v} as either) ending in returns,
   * with no other use that carries an adjoint: a loop's running sum {@code r += v}. Every way from
   * {@code v} to the result then has partial 1 (or −1 for all), so no two ways cancel and
   * {@code v}'s adjoint is the seed's times their number; the path may end at {@code v}, each
   * trip's {@code v} its own instance of it.
   */
  private boolean endsInSums(Value v) {
    Set<Value> chain = new HashSet<>();
    java.util.ArrayDeque<Value> work = new java.util.ArrayDeque<>(List.of(v));
    while (!work.isEmpty()) {
      Value w = work.pop();
      int uses = 0;
      for (Phi p : phis) {
        if (!p.inputs.contains(w)) continue;
        if (p.inputs.indexOf(w) != p.inputs.lastIndexOf(w)) return false;
        uses++;
        if (chain.add(p)) work.push(p);
      }
      for (Insn i : insns) {
        List<Value> args = java.util.Arrays.asList(i.args);
        int at = args.indexOf(w);
        if (at < 0 || (!isFloating(i.type) && !isStore(i) && i.op != Op.INVOKE)) continue; // carries no adjoint
        if (args.lastIndexOf(w) != at) return false;
        boolean plus = i.op == Op.ADD || (i.op == Op.SUB && (at == 0 || w == v));
        if (!plus) return false;
        uses++;
        if (chain.add(i)) work.push(i);
      }
      if (w == v && uses != 1) return false;
    }
    return !chain.isEmpty();
  }

  /**
   * The one floating load of the array {@code store} writes value {@code k} into, when that array
   * is made here ({@code new double[n]}) and used only by loads and stores of its cells: the
   * cell's adjoint comes from that load alone (a seed from a caller cannot enter), so the path
   * goes on through it with partial 1 (when the load reads another cell or value, the stored one's
   * adjoint is 0, as its tangent reaches nothing in forward mode). Null otherwise.
   */
  private Insn onlyLoad(Insn store, int k) {
    if (k != 2 || !(store.arg(0) instanceof Insn array) || array.op != Op.NEWARRAY) return null;
    for (Phi p : phis) {
      if (p.inputs.contains(array)) return null;
    }
    for (Insn r : returns) {
      if (java.util.Arrays.asList(r.args).contains(array)) return null;
    }
    Insn load = null;
    for (Insn i : insns) {
      List<Value> args = java.util.Arrays.asList(i.args);
      if (!args.contains(array)) continue;
      boolean cell = (i.op == Op.ALOAD || i.op == Op.ASTORE || i.op == Op.ALENGTH) && args.lastIndexOf(array) == 0;
      if (!cell) return null;
      if (i.op != Op.ALOAD) continue;
      if (load != null) return null;
      load = i;
    }
    return load;
  }

  /**
   * True when {@code store} writes value {@code k} into a parameter's array whose cell no load of the method may read
   * back ({@link CellReads}) and no callee is given a reference: the cell's adjoint is then the caller's seed alone,
   * which enters there as a return's seed does, so a path may end at the store ({@code y[0] = x > 0 ? side : 0} with
   * {@code y} a {@code double[]} parameter, CppAD's mul_cond_rev). A cell read back carries other adjoints into it,
   * which may depend on the cone ({@code y[0] = √x; y[1] = cos(y[0])}).
   */
  private boolean isOutputStore(Insn store, int k) {
    if (store.op != Op.ASTORE || k != 2 || !(store.arg(0) instanceof Insn array) || array.op != Op.PARAM) return false;
    for (Insn i : insns) {
      if (i.op == Op.INVOKE && NonFiniteTangents.passesReference(i)) return false;
      if (isLoad(i) && cells.mayRead(store, i)) return false;
    }
    return true;
  }

  /** Whether {@code i}'s partial along operand {@code k} depends on {@code cone}; null when the path may not go through {@code i}. */
  private static Boolean dependentPartial(Insn i, int k, Set<Value> cone) {
    if (i.op.hasUnitPartials()) return false;
    switch (i.op) {
      case MUL:
        return cone.contains(i.arg(1 - k));
      case DIV:
        return k == 0 && !cone.contains(i.arg(1)) ? Boolean.FALSE : null;
      case MATH:
        // a selecting rule's 0 (max, min) says "not selected", an independent zero, as in forward
        // mode, where it zeroes even an infinite tangent
        return !MathRules.find(i.method()).selecting();
      default:
        return null;
    }
  }

  /**
   * A path of {@link #singlePath}: {@code steps} from the source on, and the products and math
   * functions on it, each with whether its partial along the path depends on the source's cone.
   */
  public record Path(List<Value> steps, Map<Insn, Boolean> partials) {}

  private static boolean isStore(Insn i) {
    return i.op == Op.ASTORE || i.op == Op.PUTFIELD || i.op == Op.PUTSTATIC || i.op == Op.VAR_WRITE;
  }

  private static boolean isLoad(Insn i) {
    return i.op == Op.ALOAD || i.op == Op.GETFIELD || i.op == Op.GETSTATIC || i.op == Op.VAR_READ;
  }

  private static boolean isFloating(org.objectweb.asm.Type t) {
    return t.getSort() == org.objectweb.asm.Type.DOUBLE || t.getSort() == org.objectweb.asm.Type.FLOAT;
  }

  /** The index of an operand of {@code i} in {@code down}, or -1. */
  private static int usesAt(Insn i, Set<Value> down) {
    for (int k = 0; k < i.args.length; k++) {
      if (down.contains(i.args[k])) return k;
    }
    return -1;
  }

  /** True when every partial of {@code i} along its operands in the cone is independent of the cone. */
  private static boolean linearIn(Insn i, int k, Set<Value> cone) {
    if (i.op.hasUnitPartials() || i.op == Op.CMP) return true; // partials ±1 (CMP: none, the comparison only branches)
    switch (i.op) {
      case MUL:
        return !(cone.contains(i.arg(0)) && cone.contains(i.arg(1)));
      case DIV:
        return !cone.contains(i.arg(1));
      default:
        return false;
    }
  }

  /** The values depending on {@code s}'s arguments or result. */
  private Set<Value> cone(Insn s) {
    Set<Value> cone = new HashSet<>();
    cone.add(s);
    for (Value a : s.args) cone.add(a);
    boolean memory = false;
    boolean changed = true;
    while (changed) {
      int before = cone.size();
      boolean memoryBefore = memory;
      for (Phi p : phis) {
        for (Value in : p.inputs) {
          if (cone.contains(in)) cone.add(p);
        }
      }
      for (Insn i : insns) {
        if (i.op == Op.ASTORE || i.op == Op.PUTFIELD || i.op == Op.PUTSTATIC || i.op == Op.VAR_WRITE) {
          if (cone.contains(i.args[i.args.length - 1])) memory = true;
        } else if (i.op == Op.ALOAD || i.op == Op.GETFIELD || i.op == Op.GETSTATIC || i.op == Op.VAR_READ) {
          if (memory) cone.add(i);
        } else {
          for (Value a : i.args) {
            if (cone.contains(a)) {
              cone.add(i);
              if (i.op == Op.INVOKE && NonFiniteTangents.passesReference(i)) memory = true;
              break;
            }
          }
        }
      }
      changed = cone.size() != before || memory != memoryBefore;
    }
    return cone;
  }
}
