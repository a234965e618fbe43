package dev.leibniz.core.objects;

import dev.leibniz.core.JavaSignature;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * Replaces the objects a graph creates by their fields, where no reference to them escapes: a
 * field read becomes the value last written (phis where control merges, Braun et al.'s SSA
 * construction with each field of each object as a variable), an object merged in a phi gets one
 * phi per field, casts, {@code instanceof} and null tests of them become constants. Objects held
 * in {@code static final} fields may be merged with created ones (their fields are read where the
 * merge needs them). An object escapes when it is passed to a call that was not inlined, returned,
 * stored into an array, a static or an object that itself escapes, thrown, compared by identity
 * with another object, or written through a merge; it stays, with the reason kept for the
 * diagnostic ({@link #why}). The message of an exception thrown is not such a call ({@link ThrownMessages}).
 */
final class ScalarReplacement {
  private final Graph g;
  private final ObjectCode code;
  private final Map<Insn, String> notInlined;
  private final TrackedObjects t;
  /** Why each object (web root) stays. */
  final Map<Value, String> why = new LinkedHashMap<>();
  private final Map<Value, Value> parent = new HashMap<>();
  /** Webs (roots) that merge created objects with objects made elsewhere (constants, call results). */
  private final Set<Value> withExternals = new HashSet<>();
  private final Map<Value, Value> replace = new HashMap<>();
  private final Set<Insn> remove = new HashSet<>();
  private final Map<String, Value> defaults = new HashMap<>();
  private final Map<String, Phi> entryPhis = new HashMap<>();
  private final Map<String, Phi> fieldPhis = new HashMap<>();
  private final Map<String, FieldRef> refs = new HashMap<>();
  private final Map<Value, Block> blockOf = new HashMap<>();
  /** Instructions to insert (applied at the end, so that indices stay valid meanwhile). */
  private final Map<Insn, List<Insn>> before = new HashMap<>();
  private final Map<Insn, List<Insn>> after = new HashMap<>();
  private final Map<Block, List<Insn>> atEnd = new HashMap<>();

  ScalarReplacement(Graph g, ObjectCode code, Map<Insn, String> notInlined) {
    this.g = g;
    this.code = code;
    this.notInlined = notInlined;
    this.t = TrackedObjects.of(g, code);
  }

  /** Replaces what it can; true when the graph changed. */
  boolean run() {
    findEscapes();
    Set<Value> webs = new HashSet<>();
    for (Value v : t.exact.keySet()) {
      if (t.isOwn(v) && !why.containsKey(find(v))) webs.add(find(v));
    }
    if (webs.isEmpty()) return false;
    for (Value v : t.exact.keySet()) {
      if (t.isOwn(v) && webs.contains(find(v))) rewriteUses(v);
    }
    apply();
    return true;
  }

  /** Groups the created objects (merges and casts join them) and finds those that escape. */
  void findEscapes() {
    for (Block b : g.blocks) {
      for (Insn i : b.insns) blockOf.put(i, b);
      for (Phi p : b.phis) blockOf.put(p, b);
    }
    for (Value v : t.exact.keySet()) {
      if (t.isOwn(v)) {
        for (Value in : inputsOf(v)) {
          if (t.isOwn(in)) union(v, in);
        }
      }
    }
    checkUses();
  }

  /** Each created object ({@code new}) that escapes, with the reason. */
  Map<Value, String> escapes() {
    Map<Value, String> out = new LinkedHashMap<>();
    for (Value v : t.exact.keySet()) {
      if (v instanceof Insn && ((Insn) v).op == Op.NEW && why.containsKey(find(v))) out.put(v, why.get(find(v)));
    }
    return out;
  }

  private static List<Value> inputsOf(Value v) {
    if (v instanceof Phi) return ((Phi) v).inputs;
    Insn i = (Insn) v;
    return i.op == Op.CHECKCAST ? List.of(i.arg(0)) : List.of();
  }

  private Value find(Value v) {
    Value p = parent.get(v);
    if (p == null || p == v) return v;
    Value r = find(p);
    parent.put(v, r);
    return r;
  }

  private void union(Value a, Value b) {
    Value ra = find(a), rb = find(b);
    if (ra != rb) {
      parent.put(ra, rb);
      String w = why.remove(ra);
      if (w != null) why.putIfAbsent(rb, w);
    }
  }

  private void escape(Value v, String reason) {
    why.putIfAbsent(find(v), reason);
  }

  private boolean own(Value v) {
    return t.isOwn(v);
  }

  // ---------------------------------------------------------------- which objects escape

  private void checkUses() {
    for (Value v : t.exact.keySet()) {
      if (!(v instanceof Phi) || !own(v)) continue;
      for (Value in : ((Phi) v).inputs) {
        if (t.exact.containsKey(in) && !own(in)) withExternals.add(find(v));
      }
    }
    for (Block b : g.blocks) {
      for (Phi p : b.phis) {
        for (Value in : p.inputs) {
          if (own(in) && !own(p)) escape(in, "it is merged with another object at a branch or loop");
        }
      }
      for (Insn i : b.insns) checkUse(i);
      checkUse(b.terminator);
    }
    checkWritesAfterMerges();
    propagateUnreadStores();
  }

  /**
   * Stores of a created object into a field of another created object that nothing in the graph reads ({@code t.polar =
   * new Polar(t)}, a sub-object a temporary's constructor makes, {@link MadeFields}; and its {@code this$0 = t}): while
   * the holder is replaced by its fields the store goes with it, unobserved; a holder that stays keeps what it holds.
   */
  private final List<Insn> unreadStores = new ArrayList<>();

  /** The holder whose staying made an object stay ({@link #propagateUnreadStores}), by the object's group. */
  private final Map<Value, Value> holders = new HashMap<>();

  /** The object made here whose staying alone keeps {@code v} (stored into it by an unread store), or null. */
  Value holderOf(Value v) {
    return holders.get(find(v));
  }

  private void propagateUnreadStores() {
    for (boolean changed = true; changed; ) {
      changed = false;
      for (Insn store : unreadStores) {
        if (why.containsKey(find(store.arg(0))) && !why.containsKey(find(store.arg(1)))) {
          holders.put(find(store.arg(1)), base(store.arg(0)));
          escape(store.arg(1), "it is stored into field " + fieldText(store) + " of an object that stays");
          changed = true;
        }
      }
    }
  }

  /** True when no field read of the graph reads field {@code f} (by name and type, of any class). */
  private boolean neverRead(FieldRef f) {
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (i.op == Op.GETFIELD && i.attr instanceof FieldRef r && r.name().equals(f.name()) && r.desc().equals(f.desc())) return false;
      }
    }
    return true;
  }

  private void checkUse(Insn i) {
    for (int k = 0; k < i.args.length; k++) {
      Value a = i.args[k];
      if (!own(a)) continue;
      String reason = useReason(i, k);
      if (reason != null) escape(a, reason);
    }
  }

  /** Why argument {@code k} of {@code i}, a created object, escapes; null when the use is fine. */
  private String useReason(Insn i, int k) {
    switch (i.op) {
      case GETFIELD:
        // a merge with an object made elsewhere reads its fields at the merge: they must not change later
        return !withExternals.contains(find(i.arg(0))) || code.isFinal((FieldRef) i.attr) ? null
            : "it is merged with an object made elsewhere whose field " + fieldText(i) + " is not final";
      case PUTFIELD:
        if (k == 1 && own(i.arg(0)) && base(i.arg(0)) instanceof Insn holder && holder.op == Op.NEW && neverRead((FieldRef) i.attr)) {
          unreadStores.add(i); // a sub-object made for a temporary (MadeFields): gone with its holder (propagateUnreadStores)
          return null;
        }
        if (k == 1) return "it is stored into field " + fieldText(i) + " of an object";
        return base(i.arg(0)) instanceof Insn && ((Insn) base(i.arg(0))).op == Op.NEW ? null // through casts that hold (a library's generic T)
            : "its field " + fieldText(i) + " is written through a merged or cast reference";
      case CHECKCAST:
        return Boolean.TRUE.equals(code.isSubtype(t.exact.get(i.arg(0)), ((Type) i.attr).getInternalName())) ? null
            : "it is cast to " + JavaSignature.type((Type) i.attr) + ", which may fail";
      case INSTANCEOF:
        return code.isSubtype(t.exact.get(i.arg(0)), ((Type) i.attr).getInternalName()) != null ? null
            : "its class is tested with instanceof against a class that cannot be read";
      case IF:
        if (i.args.length == 1) return null;
        Value other = i.arg(1 - k);
        return other == i.arg(k) || isNull(other) || distinctObjects(i.arg(k), other) ? null
            : "it is compared by identity (==) with another object";
      case INVOKE:
        if (ThrownMessages.isMessage(g, i, k, code)) return null; // throw new AssertionError(this): a text instead
        String w = notInlined.get(i);
        return "it is passed to " + callText(i) + (w != null ? ", which is not inlined: " + w : ", which is not inlined");
      case RETURN:
        return "it is returned";
      case ASTORE:
        return "it is stored into an array";
      case PUTSTATIC:
        return "it is stored into static field " + fieldText(i);
      case THROW:
        return "it is thrown";
      default:
        return "it is used by " + i.op.name().toLowerCase();
    }
  }

  /**
   * A created object merged in a phi and written afterwards (the merge would keep the old
   * values): a field write on {@code o} that control can reach from the merge without creating
   * {@code o} again.
   */
  private void checkWritesAfterMerges() {
    Map<Value, List<Phi>> merges = new HashMap<>();
    for (Value v : t.exact.keySet()) {
      if (v instanceof Phi && own(v)) merges.computeIfAbsent(find(v), r -> new ArrayList<>()).add((Phi) v);
    }
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (i.op != Op.PUTFIELD || !own(i.arg(0))) continue;
        Value o = i.arg(0);
        for (Phi p : merges.getOrDefault(find(o), List.of())) {
          if (reachesWithoutDef(p.block, b, blockOf.get(o))) {
            escape(o, "its field " + fieldText(i) + " is written after it was merged with another object");
          }
        }
      }
    }
  }

  private static boolean reachesWithoutDef(Block from, Block to, Block def) {
    if (from == to) return def != from;
    ArrayDeque<Block> work = new ArrayDeque<>(from.successors());
    Set<Block> seen = new HashSet<>();
    while (!work.isEmpty()) {
      Block b = work.poll();
      if (!seen.add(b) || b == def) continue;
      if (b == to) return true;
      work.addAll(b.successors());
    }
    return false;
  }

  // ---------------------------------------------------------------- rewriting

  private void rewriteUses(Value v) {
    if (v instanceof Insn && ((Insn) v).op == Op.CHECKCAST) {
      replace.put(v, ((Insn) v).arg(0));
      remove.add((Insn) v);
    }
    if (v instanceof Insn && ((Insn) v).op == Op.NEW) remove.add((Insn) v);
    for (Block b : g.blocks) {
      for (int j = 0; j < b.insns.size(); j++) {
        Insn i = b.insns.get(j);
        if (i.args.length == 0 || !uses(i, v)) continue;
        switch (i.op) {
          case GETFIELD:
            replace.put(i, read(v, key((FieldRef) i.attr), b, j));
            remove.add(i);
            break;
          case PUTFIELD:
            remove.add(i);
            break;
          case INSTANCEOF:
            replace.put(i, constant(Type.INT_TYPE, code.isSubtype(t.exact.get(v), ((Type) i.attr).getInternalName()) ? 1 : 0, i));
            remove.add(i);
            break;
          case INVOKE:
            for (int k = 0; k < i.args.length; k++) { // from 0: String.valueOf(this) takes the object as its argument 0 (ThrownMessages.isMessage)
              if (i.args[k] == v && ThrownMessages.isMessage(g, i, k, code)) {
                Insn text = ThrownMessages.stand(g, Type.getObjectType(t.exact.get(v)));
                before.computeIfAbsent(i, x -> new ArrayList<>()).add(text);
                i.args[k] = text;
              }
            }
            break;
          default:
        }
      }
      Insn term = b.terminator;
      if (term != null && term.op == Op.IF && uses(term, v)) fold(b, term);
    }
  }

  private static boolean uses(Insn i, Value v) {
    for (Value a : i.args) if (a == v) return true;
    return false;
  }

  /** A null test or an identity test of a created object becomes a test of a constant. */
  private void fold(Block b, Insn term) {
    Cond c = term.cond();
    boolean holds = term.args.length == 1 ? c == Cond.NONNULL : (c == Cond.EQ) == (base(term.arg(0)) == base(term.arg(1)));
    Insn k = g.newInsn(Op.CONST, Type.INT_TYPE, holds ? 1 : 0);
    atEnd.computeIfAbsent(b, x -> new ArrayList<>()).add(k);
    Insn n = g.newInsn(Op.IF, Type.VOID_TYPE, Cond.NE, k);
    n.targets = term.targets;
    n.line = term.line;
    b.terminator = n;
  }

  /**
   * True when {@code o}, a created object, is certainly not {@code other}: {@code o} is one
   * allocation ({@code new}, through casts) and {@code other} another one, or a parameter of the
   * method (which existed before {@code o} was made). An identity test of them is a constant, as
   * EJML's {@code checkSameInstance(a, c)} between two matrices made here.
   */
  private boolean distinctObjects(Value o, Value other) {
    Value x = base(o);
    return x instanceof Insn && ((Insn) x).op == Op.NEW && notFrom(other, x, new HashSet<>());
  }

  /**
   * True when {@code v} is certainly not the object allocated by {@code x}: another allocation, a
   * parameter, or a merge (a phi, through casts) of only such values — {@code x} itself excluded.
   */
  private boolean notFrom(Value v, Value x, Set<Value> seen) {
    Value y = base(v);
    if (y == x) return false;
    if (!seen.add(y)) return true;
    if (y instanceof Insn && ((Insn) y).op == Op.CHECKCAST) return notFrom(((Insn) y).arg(0), x, seen);
    if (y instanceof Insn) return (((Insn) y).op == Op.NEW && t.exact.containsKey(y)) || g.params.contains(y);
    if (!(y instanceof Phi)) return false;
    for (Value in : ((Phi) y).inputs) {
      if (!notFrom(in, x, seen)) return false;
    }
    return true;
  }

  private static boolean isNull(Value v) {
    return v instanceof Insn && ((Insn) v).op == Op.CONST && ((Insn) v).attr == null;
  }

  private String key(FieldRef f) {
    String k = code.declaringClass(f) + "." + f.name() + ":" + f.desc();
    refs.putIfAbsent(k, f);
    return k;
  }

  /** The value of field {@code f} of object {@code o} just before instruction {@code j} of {@code b}. */
  private Value read(Value o, String f, Block b, int j) {
    o = base(o);
    if (o instanceof Phi) return fieldPhi((Phi) o, f);
    if (t.external.contains(o)) return externalRead(o, f, b, j);
    for (int k = j - 1; k >= 0; k--) {
      Insn i = b.insns.get(k);
      if (i == o) return defaultOf(o, f);
      if (i.op == Op.PUTFIELD && base(i.arg(0)) == o && key((FieldRef) i.attr).equals(f)) {
        return i.arg(1);
      }
    }
    return entry(o, f, b);
  }

  /** The object a cast of a created object casts. */
  private Value base(Value v) {
    while (v instanceof Insn && ((Insn) v).op == Op.CHECKCAST && t.exact.containsKey(((Insn) v).arg(0))) v = ((Insn) v).arg(0);
    return v;
  }

  private Value readEnd(Value o, String f, Block b) {
    return read(o, f, b, b.insns.size());
  }

  private Value entry(Value o, String f, Block b) {
    if (b.preds.size() == 1) return readEnd(o, f, b.preds.get(0));
    String k = o + "@" + b + ":" + f;
    Phi p = entryPhis.get(k);
    if (p != null) return p;
    p = g.newPhi(b, fieldType(f));
    entryPhis.put(k, p);
    for (Block pred : b.preds) p.inputs.add(readEnd(o, f, pred));
    return p;
  }

  private Phi fieldPhi(Phi o, String f) {
    String k = o + ":" + f;
    Phi p = fieldPhis.get(k);
    if (p != null) return p;
    p = g.newPhi(o.block, fieldType(f));
    fieldPhis.put(k, p);
    for (int n = 0; n < o.inputs.size(); n++) {
      Value in = o.inputs.get(n);
      Block pred = o.block.preds.get(n);
      p.inputs.add(in == o ? p : readEnd(in, f, pred));
    }
    return p;
  }

  /** A field of an object held in a static final field: read it where the merge needs it. */
  private Value externalRead(Value o, String f, Block b, int j) {
    FieldRef ref = refs.get(f);
    Insn get = g.newInsn(Op.GETFIELD, fieldType(f), ref, o);
    if (j >= b.insns.size()) atEnd.computeIfAbsent(b, x -> new ArrayList<>()).add(get);
    else before.computeIfAbsent(b.insns.get(j), x -> new ArrayList<>()).add(get);
    return get;
  }

  private Value defaultOf(Value o, String f) {
    String k = o + ":" + f;
    Value d = defaults.get(k);
    if (d == null) {
      Type type = fieldType(f);
      Object zero = type.getSort() == Type.INT ? (Object) 0 : type.getSort() == Type.LONG ? (Object) 0L
          : type.getSort() == Type.FLOAT ? (Object) 0f : type.getSort() == Type.DOUBLE ? (Object) 0.0 : null;
      d = g.newInsn(Op.CONST, zero == null ? Types.NULL : type, zero);
      defaults.put(k, d);
      after.computeIfAbsent((Insn) o, x -> new ArrayList<>()).add((Insn) d);
    }
    return d;
  }

  private Value constant(Type type, Object value, Insn at) {
    Insn c = g.newInsn(Op.CONST, type, value);
    before.computeIfAbsent(at, x -> new ArrayList<>()).add(c);
    return c;
  }

  private Type fieldType(String f) {
    return Types.stackType(Type.getType(f.substring(f.lastIndexOf(':') + 1)));
  }

  private void apply() {
    for (Block b : g.blocks) {
      List<Insn> out = new ArrayList<>();
      for (Insn i : b.insns) {
        out.addAll(before.getOrDefault(i, List.of()));
        out.add(i);
        out.addAll(after.getOrDefault(i, List.of()));
      }
      out.addAll(atEnd.getOrDefault(b, List.of()));
      b.insns.clear();
      b.insns.addAll(out);
    }
    GraphEdits.replaceUses(g, replace);
    for (Block b : g.blocks) {
      b.insns.removeIf(remove::contains);
      b.phis.removeIf(p -> own(p) && !why.containsKey(find(p)));
    }
  }

  private static String fieldText(Insn i) {
    return JavaSignature.field((FieldRef) i.attr);
  }

  private static String callText(Insn i) {
    if (!(i.attr instanceof MethodRef)) return "a dynamic call (a lambda, string concatenation or similar)";
    MethodRef m = i.method();
    return m.name().equals("<init>") ? "new " + JavaSignature.className(m.owner()) + "(...)" : JavaSignature.method(m);
  }
}
