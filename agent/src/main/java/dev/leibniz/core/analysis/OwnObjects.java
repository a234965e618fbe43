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
import java.util.function.BiPredicate;
import org.objectweb.asm.Type;

/**
 * The objects a method allocates and drops (or only returns), and whether its receiver stays
 * confined to it: writes to their fields are no writes a caller can see. {@code Sum result =
 * Sum.create(); result.add(x); return result.getAsDouble();} writes only the fields of an object
 * nobody else holds, so calling it twice (tangent mode) or again in a reverse sweep writes a new
 * object each time. An object is its own when it comes from {@code new} or from a callee that
 * returns a fresh object ({@link ParamWrites#RETURNS_FRESH}), and every use of it (or of what a
 * callee returning its receiver gives back, {@link ParamWrites#RETURNS_RECEIVER}) reads or writes
 * one of its fields (never storing it), or is the receiver of a callee that touches only its
 * receiver's fields ({@link ParamWrites#RECEIVER_ONLY}) and returns a primitive, nothing, or the
 * receiver. Any other use (a phi, an array or field store of it, another argument position, a
 * comparison) lets it escape, and its writes count as before.
 */
final class OwnObjects {
  private final Graph g;
  private final BiPredicate<MethodRef, Integer> summary;
  private final Map<Value, List<Insn>> users;
  private final Set<Value> own = new HashSet<>();
  private final Set<Value> receiver = new HashSet<>();
  private boolean receiverConfined;
  private boolean returnsReceiver;
  private boolean returnsFresh;

  OwnObjects(Graph g, BiPredicate<MethodRef, Integer> summary) {
    this.g = g;
    this.summary = summary;
    users = Users.of(g);
    boolean returnsObject = Type.getReturnType(g.desc).getSort() == Type.OBJECT;
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (isAllocation(i)) {
          Set<Value> group = new HashSet<>();
          if (confined(i, group)) own.addAll(group);
        }
      }
    }
    if (!g.isStatic() && !g.params.isEmpty()) {
      receiverConfined = confined(g.params.get(0), receiver);
      returnsReceiver = receiverConfined && returnsObject && allReturns(v -> receiver.contains(v));
    }
    returnsFresh = returnsObject && allReturns(own::contains);
  }

  /** True when {@code v} is an object this method allocated that no caller can reach before it returns it. */
  boolean isOwn(Value v) {
    return own.contains(v);
  }

  /** True when {@code v} is the receiver (or a callee's return of it) of an instance method. */
  boolean isReceiver(Value v) {
    return receiver.contains(v);
  }

  boolean receiverConfined() {
    return receiverConfined;
  }

  boolean returnsReceiver() {
    return returnsReceiver;
  }

  boolean returnsFresh() {
    return returnsFresh;
  }

  /** True when {@code call} is on an object whose writes stay its own: {@code receiverOnly} callee on an own object. */
  boolean isCallOnOwn(Insn call) {
    MethodRef m = call.method();
    return !m.isStatic() && own.contains(call.arg(0)) && touchesOnlyReceiver(m);
  }

  private boolean touchesOnlyReceiver(MethodRef m) {
    return summary.test(m, ParamWrites.RECEIVER_ONLY)
        || (m.owner().equals("java/lang/Object") && m.name().equals("<init>"));
  }

  private boolean allReturns(java.util.function.Predicate<Value> ok) {
    boolean any = false;
    for (Block b : g.blocks) {
      if (b.terminator != null && b.terminator.op == Op.RETURN) {
        if (b.terminator.args.length != 1 || !ok.test(b.terminator.arg(0))) return false;
        any = true;
      }
    }
    return any;
  }

  private boolean isAllocation(Insn i) {
    if (i.op == Op.NEW) return true;
    return i.op == Op.INVOKE && i.attr instanceof MethodRef && Type.getReturnType(i.method().desc()).getSort() == Type.OBJECT
        && summary.test(i.method(), ParamWrites.RETURNS_FRESH);
  }

  /**
   * Collects into {@code group} the values that are {@code root} (through callees returning their
   * receiver, and casts); false when any use lets it escape (being returned does not).
   */
  private boolean confined(Value root, Set<Value> group) {
    java.util.ArrayDeque<Value> work = new java.util.ArrayDeque<>();
    work.add(root);
    group.add(root);
    while (!work.isEmpty()) {
      Value v = work.poll();
      for (Insn u : users.getOrDefault(v, List.of())) {
        if (u == null) return false; // a phi
        switch (u.op) {
          case GETFIELD:
            break;
          case PUTFIELD:
            if (u.arg(0) != v || u.arg(1) == v || group.contains(u.arg(1))) return false;
            break;
          case CHECKCAST:
            if (group.add(u)) work.add(u);
            break;
          case RETURN: // a fresh object handed to the caller: nobody held it before
            break;
          case INVOKE: {
            if (!(u.attr instanceof MethodRef)) return false;
            MethodRef m = u.method();
            if (m.isStatic() || u.arg(0) != v || !touchesOnlyReceiver(m)) return false;
            for (int k = 1; k < u.args.length; k++) {
              if (group.contains(u.arg(k)) || u.arg(k) == v) return false;
            }
            int sort = Type.getReturnType(m.desc()).getSort();
            if (sort == Type.OBJECT || sort == Type.ARRAY) {
              if (!summary.test(m, ParamWrites.RETURNS_RECEIVER)) {
                if (!users.getOrDefault(u, List.of()).isEmpty()) return false; // an object it returns might be this one
              } else if (group.add(u)) {
                work.add(u);
              }
            }
            break;
          }
          default:
            return false;
        }
      }
    }
    return true;
  }
}
