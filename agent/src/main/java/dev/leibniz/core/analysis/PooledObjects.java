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
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.objectweb.asm.Type;

/**
 * An object taken from a pool and given back within the call (Ardor3D's {@code Vector3 temp =
 * Vector3.fetchTempInstance(); ... Vector3.releaseTempInstance(temp);}), the object counterpart of {@link PooledArrays}.
 * The <em>take</em> is a statically bound call given only passive values whose result, an object of a class with shadows,
 * receives active values, and whose code hands out on every path a blank new object or one a reset of exactly its class
 * fills with constants ({@link FreshObjects#ofPool}, {@link PoolResets}: the proof on the pool's side, so no value an
 * earlier call, or this one through another take, left in the pooled object is read); a <em>release</em> is a call given
 * it once, its other arguments passive, returning no number and no reference, whose code uses it as a reference only
 * ({@link ReferenceOnlyUses}). Proven here, on the method's own code: the take is in no loop (one shadow per call) and the
 * object (or what a call returning it gives back) is not used after a release. Where else it may go is
 * {@link BlankStoreUses}' rule for a blank object made here, a release admitted. Its shadow is then a zero object made
 * per call by the class's blank constructor, never taken from the pool (the pool is the user's); the tangent gives the
 * object back as the original does, the adjoint does not (its reverse sweep still reads it, and a callee re-run there could
 * be handed it again).
 */
final class PooledObjects {
  private final Graph g;
  private final Predicate<Value> active;
  private final java.util.function.BiPredicate<MethodRef, Integer> keepsOnlyReference;
  private final Function<MethodRef, FreshObjects.Made> pooledObject;
  private final Map<Insn, FreshObjects.Made> takes = new HashMap<>();
  private final Set<Insn> releases = new HashSet<>();
  private final ReleasedUses graph;

  /** Whether a call's result of the first type may be the object taken, of the second (a store handed back). */
  private final java.util.function.BiPredicate<Type, Type> mayBe;

  PooledObjects(Graph g, Predicate<Value> active, java.util.function.BiPredicate<MethodRef, Integer> keepsOnlyReference,
      Function<MethodRef, FreshObjects.Made> pooledObject, java.util.function.BiPredicate<Type, Type> mayBe) {
    this.mayBe = mayBe;
    this.g = g;
    this.graph = new ReleasedUses(g);
    this.active = active;
    this.keepsOnlyReference = keepsOnlyReference;
    this.pooledObject = pooledObject;
  }

  /** What call {@code i} hands out when it is a take as above (its arguments passive, its result active); else null. */
  FreshObjects.Made candidate(Insn i) {
    if (i.op != Op.INVOKE || !(i.attr instanceof MethodRef m) || m.name().equals("<init>") || i.type.getSort() != Type.OBJECT
        || !active.test(i)) return null;
    for (Value a : i.args) {
      if (active.test(a)) return null;
    }
    FreshObjects.Made made = pooledObject.apply(m);
    return made != null && made.cls().equals(i.type.getInternalName()) ? made : null;
  }

  /** Why a pooled object is refused, at the instruction that shows it. */
  record Refusal(Insn at, String why) {}

  /** Null when {@code take} is a per-call temporary as above (recorded with its releases); else why not, located. */
  Refusal whyNot(Insn take, FreshObjects.Made made, Cycles cycles) {
    if (cycles.inCycle(blockOf(take))) {
      return refusal(take, "it is taken inside a loop, where its shadow would have to change with it");
    }
    Set<Value> same = sameObject(take);
    List<Insn> own = new java.util.ArrayList<>();
    for (Value v : same) {
      for (Insn u : users().getOrDefault(v, List.of())) {
        if (isRelease(u, v)) own.add(u);
      }
    }
    for (Insn r : own) {
      Insn late = usedAfter(take, same, r);
      if (late != null) return refusal(late, "it is used after it was given back to the pool at line " + r.line);
    }
    takes.put(take, made);
    releases.addAll(own);
    return null;
  }

  /** The take and what may be the same object: casts, merges, and results of calls given it (a store returned). */
  private Set<Value> sameObject(Insn take) {
    Set<Value> same = new HashSet<>();
    Deque<Value> work = new ArrayDeque<>();
    same.add(take);
    work.add(take);
    while (!work.isEmpty()) {
      Value v = work.poll();
      for (Block b : g.blocks) {
        for (Phi p : b.phis) {
          if (p.inputs.contains(v) && same.add(p)) work.add(p);
        }
      }
      for (Insn u : users().getOrDefault(v, List.of())) {
        if (u == null || u.op == Op.RETURN) continue;
        boolean follows = u.op == Op.CHECKCAST || u.op == Op.SELECT
            || u.op == Op.INVOKE && Types.isReference(u.type) && mayBe.test(u.type, take.type);
        if (follows && same.add(u)) work.add(u);
      }
    }
    return same;
  }

  private static Refusal refusal(Insn at, String why) {
    return new Refusal(at, "the object taken from a pool is not a per-call temporary: " + why);
  }

  /** The take's class and the fields its shadow zeroes, for takes proven so far; else null. */
  FreshObjects.Made take(Insn i) {
    return takes.get(i);
  }

  /** The releases of the pooled objects proven so far: kept in tangent mode, left out of the adjoint (see the class). */
  boolean isRelease(Insn i) {
    return releases.contains(i);
  }

  private boolean isRelease(Insn u, Value v) {
    return PooledArrays.isReleaseOf(u, v, active, keepsOnlyReference);
  }

  /** A use of the object reachable from release {@code r} before the take runs again, or null (a terminator: a return). */
  private Insn usedAfter(Insn take, Set<Value> same, Insn r) {
    Set<Insn> uses = new HashSet<>();
    for (Value v : same) {
      for (Insn u : users().getOrDefault(v, List.of())) {
        if (u != null && u != r) uses.add(u);
      }
    }
    return graph.reachedAfter(r, take, uses, t -> t.op == Op.RETURN);
  }

  private Map<Value, List<Insn>> users() {
    return graph.users();
  }

  private Block blockOf(Insn i) {
    return graph.blockOf(i);
  }

  /** The take's call as Java names it, for messages. */
  static String shown(Insn take) {
    return JavaSignature.method(take.method().owner(), take.method().name(), take.method().desc());
  }
}
