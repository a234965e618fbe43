package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.objectweb.asm.Type;

/**
 * Whether a method handles an array parameter as a reference only — a pool's release (JBullet's {@code
 * ArrayPool.release(array)}: a binary search by length, {@code list.add(index, array)}, {@code objArray[i] = null}): the
 * parameter (and its casts) is stored as a reference, compared, measured, type-tested, written into, or given to a
 * {@code java.util} method as an {@code Object} (a collection storing it, a search) or to a method of the program that does
 * the same (followed by the code its named class has, to {@link #MAX_DEPTH}); never read from, returned or merged. A
 * comparator the search calls back is not followed (JBullet's compares lengths). No number leaves the array through such a call, so a caller
 * giving it an array whose values carry derivatives loses none ({@link PooledArrays}).
 */
public final class ReferenceOnlyUses {
  static final int MAX_DEPTH = 4;

  private ReferenceOnlyUses() {}

  /** True when {@code g} uses its parameter {@code k} (receiver first) as a reference only; {@code code} lifts callees (null: unknown). */
  public static boolean of(Graph g, int k, Function<MethodRef, Graph> code) {
    return of(g, k, code, 0);
  }

  private static boolean of(Graph g, int k, Function<MethodRef, Graph> code, int depth) {
    if (g == null || k >= g.params.size()) return false;
    Set<Value> it = new HashSet<>();
    Deque<Value> work = new ArrayDeque<>();
    it.add(g.params.get(k));
    work.add(g.params.get(k));
    while (!work.isEmpty()) {
      Value v = work.poll();
      for (Block b : g.blocks) {
        for (Phi p : b.phis) {
          if (p.inputs.contains(v)) return false;
        }
        for (Insn i : b.insns) {
          if (!uses(i, v)) continue;
          if (i.op == Op.CHECKCAST) {
            if (it.add(i)) work.add(i);
          } else if (!referenceOnly(i, v, code, depth)) {
            return false;
          }
        }
        if (b.terminator != null && b.terminator.op == Op.RETURN && uses(b.terminator, v)) return false;
      }
    }
    return true;
  }

  private static boolean referenceOnly(Insn i, Value v, Function<MethodRef, Graph> code, int depth) {
    switch (i.op) {
      case ALENGTH: case CMP: case INSTANCEOF:
        return true;
      case PUTFIELD:
        return i.arg(0) != v; // stored as the value of another object's field
      case PUTSTATIC:
        return true;
      case ASTORE:
        return i.arg(1) != v; // stored into an array, or written into (the caller no longer reads it)
      case INVOKE:
        return call(i, v, code, depth);
      default:
        return false;
    }
  }

  /** A JDK method given it as an {@code Object} (a collection, a search), or a method of the program that uses it so. */
  private static boolean call(Insn i, Value v, Function<MethodRef, Graph> code, int depth) {
    if (!(i.attr instanceof MethodRef m)) return false;
    Type[] params = Type.getArgumentTypes(m.desc());
    int shift = m.isStatic() ? 0 : 1;
    boolean jdk = m.owner().startsWith("java/") || m.owner().startsWith("javax/");
    // of the JDK, only java.util's collections and searches (System.arraycopy or reflect.Array.getDouble, given an Object,
    // read its numbers)
    if (jdk && !m.owner().startsWith("java/util/")) return false;
    for (int k = 0; k < i.args.length; k++) {
      if (i.arg(k) != v) continue;
      if (k < shift) return false; // a method called on it
      if (jdk) {
        if (!params[k - shift].getDescriptor().equals("Ljava/lang/Object;") || m.name().equals("<init>")) return false;
      } else if (depth >= MAX_DEPTH || code == null || !of(code.apply(m), k, code, depth + 1)) {
        return false;
      }
    }
    return true;
  }

  private static boolean uses(Insn i, Value v) {
    for (Value a : i.args) {
      if (a == v) return true;
    }
    return false;
  }
}
