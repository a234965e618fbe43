package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Value;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * The objects a method makes only to throw them, and the calls whose result it only throws: {@code throw new
 * IllegalArgumentException(message)}, {@code Failure f = new Failure(what); f.record(code); throw f;} (an exception given
 * details before it is thrown, as Commons Math 3's fill their {@code ExceptionContext}), {@code throw
 * Vectors.illegalNorm(norm)} (a factory of exceptions). Whatever their constructors, the calls on them and the writes
 * into them record, the method ends by throwing them: no code after it in the method reads it, a caller's companion
 * calling the method twice in tangent mode never reaches the second call, and differentiated code cannot catch them
 * (try/catch is refused), so none of it counts as a write of the method ({@link ParamWrites}: "a helper that may throw
 * does not count as writing fields", issue 9). A thrown value is a {@code Throwable} whatever its class's name.
 *
 * <p>An object counts when it is allocated here ({@code new}) and every use of it is: being thrown (at least one),
 * being the receiver of a call (its constructor, {@code initCause}, a user method) that gets it in no other argument
 * and returns nothing used but to be thrown (a result might be the object itself), a read of its field, or a write
 * into its field of something else. Any other use (a phi, an argument, a store of it,
 * being returned) lets it escape, and its writes count as before. A call's result counts when it is only thrown,
 * through casts. A call on such an object, or one whose result is only thrown, writes only it when no return can follow
 * the call ({@link ThrowOnlyCode}: the throw may be conditional, {@code d = p.fill(out, x); if (d > max) throw p;}).
 */
final class ThrownObjects {
  private final Map<Value, List<Insn>> users;
  private final Set<Value> thrown = new HashSet<>();
  private final ThrowOnlyCode throwOnly;

  private ThrownObjects(Graph g, ThrowOnlyCode throwOnly) {
    users = Users.of(g);
    this.throwOnly = throwOnly;
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (i.op == Op.NEW ? onlyMadeToThrow(i) : isObjectCall(i) && onlyThrown(i)) thrown.add(i);
      }
    }
  }

  /** The objects {@code g} makes only to throw; {@code throwOnly} is {@code g}'s code no return follows. */
  static ThrownObjects of(Graph g, ThrowOnlyCode throwOnly) {
    return new ThrownObjects(g, throwOnly);
  }

  /**
   * True when {@code write} (a call or a field write) writes only what the method throws: a call on an object made to
   * be thrown, or whose result is only thrown; a write into a field of such an object.
   */
  boolean writesOnlyThrown(Insn write) {
    if (write.op == Op.PUTFIELD) return thrown.contains(write.arg(0));
    if (write.op != Op.INVOKE || !(write.attr instanceof MethodRef m)) return false;
    // one from which a return can follow may write what the method then reads (p.fill(out, x) before a conditional
    // throw p); in code that ends by throwing, what it writes is seen only by a caller's recovering try, as any callee's
    if (!throwOnly.contains(write)) return false;
    return thrown.contains(write) || (!m.isStatic() && write.args.length > 0 && thrown.contains(write.arg(0)));
  }

  private static boolean returnsReference(MethodRef m) {
    int sort = Type.getReturnType(m.desc()).getSort();
    return sort == Type.OBJECT || sort == Type.ARRAY;
  }

  private static boolean isObjectCall(Insn i) {
    return i.op == Op.INVOKE && i.attr instanceof MethodRef m && Type.getReturnType(m.desc()).getSort() == Type.OBJECT;
  }

  private boolean onlyMadeToThrow(Insn made) {
    boolean isThrown = false;
    for (Insn u : users.getOrDefault(made, List.of())) {
      if (u == null) return false; // merged by a phi
      switch (u.op) {
        case THROW:
          isThrown = true;
          break;
        case GETFIELD:
          break;
        case PUTFIELD:
          if (u.arg(0) != made || u.arg(1) == made) return false;
          break;
        case INVOKE:
          if (!(u.attr instanceof MethodRef m) || m.isStatic() || u.arg(0) != made) return false;
          for (int k = 1; k < u.args.length; k++) {
            if (u.arg(k) == made) return false;
          }
          if (returnsReference(m) && !users.getOrDefault(u, List.of()).isEmpty() && !onlyThrown(u)) return false; // may be it
          break;
        default:
          return false;
      }
    }
    return isThrown;
  }

  /** True when {@code v} is only thrown, through casts. */
  private boolean onlyThrown(Value v) {
    List<Insn> uses = users.getOrDefault(v, List.of());
    for (Insn u : uses) {
      if (u == null || u.op != Op.THROW && !(u.op == Op.CHECKCAST && onlyThrown(u))) return false;
    }
    return !uses.isEmpty();
  }
}
