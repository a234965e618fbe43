package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.objectweb.asm.Type;

/**
 * Whether a method keeps an object parameter to itself: every use of it (through casts) reads or writes one of its
 * fields (never storing the object itself), tests or compares it, or passes it to a callee that does the same with
 * it ({@code passOn}; the same object at several positions is one object with one shadow there too) or, as the
 * receiver, to a setter writing only its receiver's fields ({@code receiverOnly}); a call's object result is taken to
 * be the object (followed: a fluent {@code return this}), and so may the method's. It is never stored into another
 * object, an array or a static, merged in a phi with anything but objects the method makes ({@link #withFresh}), or thrown. A helper advancing a
 * new object in place ({@code advanceState(t, a, state)}: {@code state.position += ...}) keeps it so: given an
 * object made in the caller with the shadow made there, the helper's companions write that shadow and nothing holds
 * the object afterwards but the caller ({@code BlankStoreUses}).
 */
public final class ConfinedArguments {
  private ConfinedArguments() {}

  /** True when {@code g} keeps its parameter {@code k} (in {@link Graph#params}, the receiver first) to itself. */
  public static boolean confines(Graph g, int k, BiPredicate<MethodRef, Integer> passOn, Predicate<MethodRef> receiverOnly) {
    return confines(g, k, passOn, receiverOnly, false);
  }

  /**
   * The same, where {@code merges} also lets the object be merged (a phi, a select: {@code imaginary == 0 ? this : NAN})
   * with other values, the merge then held to the same rules, and nothing written through it (a field write, a setter:
   * the object may be a shared constant there, a subclass's field): asked for an object of a class whose instance
   * fields are all final (Activity's chains of value objects).
   */
  public static boolean confines(Graph g, int k, BiPredicate<MethodRef, Integer> passOn, Predicate<MethodRef> receiverOnly,
      boolean merges) {
    return confines(g, k, passOn, receiverOnly, merges, passOn);
  }

  /**
   * The same, a call given the parameter itself (or a cast of it: surely that object, never a merge or a call's result)
   * judged by {@code passOnItself}: the caller knows the object's exact class ({@code WriteSummaries.confinesExact}),
   * so a call on it as the receiver runs that class's code.
   */
  public static boolean confines(Graph g, int k, BiPredicate<MethodRef, Integer> passOn, Predicate<MethodRef> receiverOnly,
      boolean merges, BiPredicate<MethodRef, Integer> passOnItself) {
    Value root = g.params.get(k);
    if (root.type.getSort() != Type.OBJECT && !objectArray(root.type)) return false;
    Map<Value, List<Insn>> users = Users.of(g);
    Map<Value, List<Value>> phis = phisOf(g);
    Set<Value> group = new HashSet<>();
    Set<Value> itself = new HashSet<>(); // the parameter and its casts
    ArrayDeque<Value> work = new ArrayDeque<>();
    group.add(root);
    itself.add(root);
    work.add(root);
    while (!work.isEmpty()) {
      Value v = work.poll();
      for (Insn u : users.getOrDefault(v, List.of())) {
        if (u == null) { // a phi
          for (Value p : phis.getOrDefault(v, List.of())) {
            if (!merges && !withFresh((dev.leibniz.core.ir.Phi) p, group, root)) return false;
            if (group.add(p)) work.add(p);
          }
          continue;
        }
        switch (u.op) {
          case GETFIELD:
          case CMP:
          case INSTANCEOF:
          case IF: // a null test ending a block
            break;
          case PUTFIELD: // merged, the object written may be another one (a shared constant): no write through it
            if (merges || u.arg(0) != v || group.contains(u.arg(1))) return false;
            break;
          case CHECKCAST:
            if (itself.contains(v)) itself.add(u);
            if (group.add(u)) work.add(u);
            break;
          case SELECT:
            if (!merges || u.arg(0) == v) return false;
            if (group.add(u)) work.add(u);
            break;
          case ALOAD: // an element of an array kept so (S2's sum(S2Point... points)): itself held to these rules
            if (u.arg(0) != v || !objectArray(v.type)) return false;
            if (group.add(u)) work.add(u);
            break;
          case ALENGTH:
            break;
          case RETURN: // handed back: the caller follows the call's result as this object (BlankStoreUses)
            break;
          case INVOKE:
            if (!passedOn(u, group, itself, passOn, passOnItself, merges ? m -> false : receiverOnly)) return false; // merged: no setter either
            if (Types.isReference(u.type) && group.add(u)) work.add(u); // it may return the object: followed
            break;
          default:
            return false;
        }
      }
    }
    return true;
  }

  /**
   * True for a one-dimensional array of objects: kept to itself when it is only read (its length, its elements, each
   * element then kept so), never written (an element stored into it would replace the caller's shadow of that cell).
   */
  static boolean objectArray(Type t) {
    return t.getSort() == Type.ARRAY && t.getDimensions() == 1 && t.getElementType().getSort() == Type.OBJECT;
  }

  /**
   * A merge of the object with an object the method makes itself, or null, where the parameter was null ({@code if (store
   * == null) store = new Quaternion();}, Ardor3D's {@code conjugate(store)}): each such input enters from a block that
   * makes it and is reached only from the null side of a test of the parameter, so given an object the merge is that
   * object, which may then be used as the object is, written through too. A merge of the parameter with a new object
   * on any other condition ({@code s == 1 ? this : new C(...)}) is an object whose identity the caller cannot know.
   */
  private static boolean withFresh(Phi p, Set<Value> group, Value root) {
    for (int i = 0; i < p.inputs.size(); i++) {
      Value in = p.inputs.get(i);
      if (group.contains(in) || in == p) continue;
      Block from = p.block.preds.get(i);
      boolean fresh = in instanceof Insn n && (n.op == Op.NEW && from.insns.contains(n) || n.op == Op.CONST && n.type.equals(Types.NULL));
      boolean onNull = nullSideOf(from, p.block, root) || from.preds.size() == 1 && nullSideOf(from.preds.get(0), from, root);
      if (!fresh || !onNull) return false;
    }
    return true;
  }

  /** Whether {@code b} ends in a test of {@code root} against null whose null side is {@code next}. */
  private static boolean nullSideOf(Block b, Block next, Value root) {
    Insn t = b.terminator;
    return t != null && t.op == Op.IF && t.args.length == 1 && t.arg(0) == root
        && (t.cond() == Cond.NULL || t.cond() == Cond.NONNULL) && t.successors().get(t.cond() == Cond.NULL ? 0 : 1) == next;
  }

  /** Per value, the phis it is an input of. */
  private static Map<Value, List<Value>> phisOf(Graph g) {
    Map<Value, List<Value>> phis = new java.util.HashMap<>();
    for (dev.leibniz.core.ir.Block b : g.blocks) {
      for (dev.leibniz.core.ir.Phi p : b.phis) {
        for (Value in : p.inputs) phis.computeIfAbsent(in, x -> new java.util.ArrayList<>()).add(p);
      }
    }
    return phis;
  }

  private static boolean passedOn(Insn call, Set<Value> group, Set<Value> itself, BiPredicate<MethodRef, Integer> passOn,
      BiPredicate<MethodRef, Integer> passOnItself, Predicate<MethodRef> receiverOnly) {
    if (!(call.attr instanceof MethodRef m) || m.name().equals("<init>")) return false;
    for (int j = 0; j < call.args.length; j++) {
      if (!group.contains(call.arg(j))) continue;
      boolean setter = j == 0 && !m.isStatic() && !Types.isReference(Type.getReturnType(m.desc())) && receiverOnly.test(m);
      if (!setter && !(itself.contains(call.arg(j)) ? passOnItself : passOn).test(m, j)) return false;
    }
    return true;
  }
}
