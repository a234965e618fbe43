package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Value;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.objectweb.asm.Opcodes;

/**
 * Whether every return of a method gives back a new object the call made by a <em>blank</em>
 * constructor ({@code core.objects.BlankConstructors}) and used for nothing else: JTS'
 * {@code Coordinate create() { return new Coordinate(); }}, or a call of another such method bound
 * statically (static, private, {@code super.}). The object's identity is new (a caller's result
 * aliases no parameter, field or other object) and its numbers carry no derivative (a blank
 * constructor takes no {@code double}/{@code float} argument), so a caller that writes active values
 * into it makes its shadow by running the same call again and setting the floating fields to 0, as
 * for a {@code new} of a blank constructor in its own code ({@code Activity.blankFields}). The
 * array form of the same proof is {@link FreshArrays}.
 */
public final class FreshObjects {
  private FreshObjects() {}

  /**
   * The class a method returns new objects of, made blank, with the floating fields to set to 0 in
   * a shadow of one ({@code BlankConstructors.fieldsToZero}: the class's and its superclasses').
   */
  public record Made(String cls, List<dev.leibniz.core.ir.FieldPath> zeroed) {}

  /**
   * What {@code g} makes and returns on every path, or null. {@code blank} gives the fields to zero
   * for a constructor (owner, descriptor), null when it is not blank; {@code callees} the same
   * answer for a callee (null: not known to make one).
   */
  public static Made of(Graph g, BiFunction<String, String, List<dev.leibniz.core.ir.FieldPath>> blank, Function<MethodRef, Made> callees) {
    return of(g, blank, callees, null);
  }

  /**
   * The same for a pool's take (Ardor3D's {@code Vector3.fetchTempInstance()}: {@code return useMathPools ?
   * VEC_POOL.fetch().zero() : new Vector3();}): a return may also give back the result of a call that {@code resets}
   * proves leaves constants in every floating field of its receiver, an object of exactly its class, and returns it
   * ({@link PoolResets}); {@code resets} gives then what its shadow is made as (the class's blank no-argument
   * constructor's fields). Such an object is not new (the pool held it), only blank: {@code analysis.PooledObjects}.
   */
  public static Made ofPool(Graph g, BiFunction<String, String, List<dev.leibniz.core.ir.FieldPath>> blank,
      Function<MethodRef, Made> callees, Function<Insn, Made> resets) {
    return of(g, blank, callees, resets);
  }

  private static Made of(Graph g, BiFunction<String, String, List<dev.leibniz.core.ir.FieldPath>> blank, Function<MethodRef, Made> callees,
      Function<Insn, Made> resets) {
    if (org.objectweb.asm.Type.getReturnType(g.desc).getSort() != org.objectweb.asm.Type.OBJECT) return null;
    Map<Value, List<Insn>> users = Users.of(g);
    Made made = null;
    for (dev.leibniz.core.ir.Block b : g.blocks) {
      Insn t = b.terminator;
      if (t == null || t.op != Op.RETURN) continue;
      if (t.args.length != 1) return null;
      Made m = madeBy(t.arg(0), users, blank, callees, resets);
      if (m == null || (made != null && !made.cls().equals(m.cls()))) return null;
      made = m;
    }
    return made;
  }

  /** A returned value: a {@code new} constructed blank and only returned, or a fresh result of a statically bound call. */
  private static Made madeBy(Value v, Map<Value, List<Insn>> users, BiFunction<String, String, List<dev.leibniz.core.ir.FieldPath>> blank,
      Function<MethodRef, Made> callees, Function<Insn, Made> resets) {
    if (!(v instanceof Insn i)) return null;
    if (i.op == Op.INVOKE && i.attr instanceof MethodRef m && boundStatically(m) && !m.name().equals("<init>")) {
      return onlyReturned(i, users, null) ? callees.apply(m) : null;
    }
    if (i.op == Op.INVOKE && resets != null && !i.method().name().equals("<init>")) {
      return onlyReturned(i, users, null) ? resets.apply(i) : null;
    }
    if (i.op != Op.NEW) return null;
    Insn init = null;
    for (Insn u : users.getOrDefault(i, List.of())) {
      if (u != null && u.op == Op.INVOKE && u.attr instanceof MethodRef m && m.name().equals("<init>")
          && m.owner().equals(i.type.getInternalName()) && u.arg(0) == i && init == null) {
        init = u;
      }
    }
    if (init == null || !onlyReturned(i, users, init)) return null;
    for (int k = 1; k < init.args.length; k++) {
      if (init.arg(k) == i) return null;
    }
    List<dev.leibniz.core.ir.FieldPath> zeroed = blank.apply(init.method().owner(), init.method().desc());
    return zeroed == null ? null : new Made(i.type.getInternalName(), zeroed);
  }

  /** True when every use of {@code v} is a return (or {@code init}, its constructor call). */
  private static boolean onlyReturned(Insn v, Map<Value, List<Insn>> users, Insn init) {
    for (Insn u : users.getOrDefault(v, List.of())) {
      if (u == null) return false; // a phi
      if (u == init) continue;
      if (u.op != Op.RETURN) return false;
    }
    return true;
  }

  /** A call whose code is the code its named method has (an override cannot differ). */
  public static boolean boundStatically(MethodRef m) {
    return m.isStatic() || m.opcode() == Opcodes.INVOKESPECIAL;
  }
}
