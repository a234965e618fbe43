package dev.leibniz.core.objects;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The object values of a graph whose exact class is known: objects it creates ({@code new T} of a
 * class outside the JDK), casts of them, phis merging only such values, and constants held in
 * {@code static final} fields ({@link ObjectCode#exactClassOfConstant}). Constants are
 * <em>external</em>: they may be read, never taken apart.
 */
final class TrackedObjects {
  final Map<Value, String> exact = new HashMap<>();
  final Set<Value> external = new HashSet<>();
  private final ObjectCode code;
  /**
   * Calls of factories bound statically though named on a receiver of unknown class (an instance method of a final
   * class, a final or private one: S2's {@code getDistance(o)} returning {@code S1Angle.radians(x)}): their code, and so
   * the class they return, does not depend on the receiver.
   */
  private final Set<Value> boundFactories = new HashSet<>();

  private TrackedObjects(ObjectCode code) {
    this.code = code;
  }

  static TrackedObjects of(Graph g, ObjectCode code) {
    TrackedObjects t = new TrackedObjects(code);
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (i.op == Op.NEW && !isJdk(i.type.getInternalName())
            && !Boolean.TRUE.equals(code.isSubtype(i.type.getInternalName(), "java/lang/Throwable"))) {
          t.exact.put(i, i.type.getInternalName());
        } else if (i.op == Op.GETSTATIC && i.type.getSort() == org.objectweb.asm.Type.OBJECT) {
          String c = code.exactClassOfConstant((FieldRef) i.attr);
          if (c != null) {
            t.exact.put(i, c);
            t.external.add(i);
          }
        }
      }
    }
    // Optimistically every object phi and cast, then drop those with an input of unknown class
    // (phis of nested loops depend on each other).
    Set<Value> maybe = new HashSet<>();
    for (Block b : g.blocks) {
      for (Phi p : b.phis) {
        if (p.type.getSort() == org.objectweb.asm.Type.OBJECT) maybe.add(p);
      }
      for (Insn i : b.insns) {
        if (i.op == Op.CHECKCAST) maybe.add(i);
        if (i.op == Op.INVOKE && i.type.getSort() == org.objectweb.asm.Type.OBJECT && i.attr instanceof MethodRef
            && !isJdk(i.type.getInternalName())) {
          maybe.add(i);
          if (!named(i.method()) && code.returnedClass(i.method(), null) != null) t.boundFactories.add(i);
        }
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (java.util.Iterator<Value> it = maybe.iterator(); it.hasNext(); ) {
        Value v = it.next();
        for (Value in : t.inputs(v)) {
          if (in != v && !maybe.contains(in) && !t.exact.containsKey(in)) {
            it.remove();
            changed = true;
            break;
          }
        }
      }
      // classes flow from the known values into the merges; a merge of two classes is dropped
      for (Value v : maybe) {
        String c = t.classOf(v, maybe);
        if (c == null) continue;
        if (c.isEmpty()) {
          maybe.remove(v);
          changed = true;
          break;
        }
        if (!c.equals(t.exact.get(v))) {
          t.exact.put(v, c);
          changed = true;
        }
      }
    }
    // every value kept has a class, and so do the values its class depends on
    boolean dropped = true;
    while (dropped) {
      dropped = false;
      for (java.util.Iterator<Value> it = maybe.iterator(); it.hasNext(); ) {
        Value v = it.next();
        boolean ok = t.exact.containsKey(v);
        for (Value in : t.inputs(v)) ok &= in == v || t.exact.containsKey(in) && (maybe.contains(in) || !(in instanceof Phi || isDerived(in)));
        if (!ok) {
          it.remove();
          t.exact.remove(v);
          dropped = true;
        }
      }
    }
    for (Value v : maybe) {
      if (v instanceof Insn && ((Insn) v).op == Op.INVOKE) t.external.add(v); // until inlined
      else if (t.external(v, maybe, new HashSet<>())) t.external.add(v);
    }
    t.exact.keySet().removeIf(v -> (v instanceof Phi || ((Insn) v).op == Op.CHECKCAST || ((Insn) v).op == Op.INVOKE) && !maybe.contains(v));
    return t;
  }

  private static boolean isDerived(Value v) {
    return v instanceof Insn && (((Insn) v).op == Op.CHECKCAST || ((Insn) v).op == Op.INVOKE);
  }

  /**
   * The values whose class decides {@code v}'s: a merge's inputs, a cast's operand, a call's receiver (none for a call
   * whose code does not depend on it).
   */
  private java.util.List<Value> inputs(Value v) {
    if (v instanceof Phi) return ((Phi) v).inputs;
    Insn i = (Insn) v;
    if (i.op == Op.INVOKE) {
      return named(i.method()) || boundFactories.contains(i) ? java.util.List.of() : java.util.List.of(i.arg(0));
    }
    return java.util.List.of(i.arg(0));
  }

  /** A static call or an {@code invokespecial}: the call names its code whatever the receiver. */
  private static boolean named(MethodRef m) {
    return m.isStatic() || m.opcode() == org.objectweb.asm.Opcodes.INVOKESPECIAL;
  }

  /** The common class of {@code v}'s inputs known so far; "" for a conflict; null when none is known. */
  private String classOf(Value v, Set<Value> maybe) {
    if (v instanceof Insn && ((Insn) v).op == Op.INVOKE) {
      Insn call = (Insn) v;
      MethodRef m = call.method();
      boolean named = named(m) || boundFactories.contains(call);
      String receiver = named ? null : exact.get(call.arg(0));
      if (!named && receiver == null) return null; // not known yet
      String c = code.returnedClass(m, receiver);
      return c == null ? "" : c;
    }
    String c = null;
    for (Value in : inputs(v)) {
      String ci = exact.get(in);
      if (ci == null) continue;
      if (c != null && !c.equals(ci)) return "";
      c = ci;
    }
    return c;
  }

  /** True when every value reaching {@code v} is an external constant (nothing here created it). */
  private boolean external(Value v, Set<Value> maybe, Set<Value> seen) {
    if (!seen.add(v)) return true;
    if (!maybe.contains(v)) return external.contains(v);
    for (Value in : inputs(v)) {
      if (!external(in, maybe, seen)) return false;
    }
    return true;
  }

  /** True for a value the graph created (or a cast or merge of created ones): one that may be taken apart. */
  boolean isOwn(Value v) {
    return exact.containsKey(v) && !external.contains(v);
  }

  static boolean isJdk(String owner) {
    return owner.startsWith("java/") || owner.startsWith("javax/") || owner.startsWith("jdk/")
        || owner.startsWith("sun/") || owner.startsWith("com/sun/");
  }
}
