package dev.leibniz.core.objects;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.lift.BlockCuts;
import dev.leibniz.core.lift.Inliner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;

/**
 * Inlines the code that runs on the objects a graph creates: their constructors (with the chain of
 * super-constructors; {@code Object}'s, {@code Record}'s and {@code Number}'s do nothing and are dropped), the
 * methods called on them (resolved on their exact class, so overridable methods too), and the
 * methods that take them as arguments when the call names its code exactly. Afterwards
 * {@link ScalarReplacement} sees field reads and writes instead of calls. Foreign code that reads
 * bit patterns is not inlined (it would escape the check that refuses it).
 */
final class ObjectInliner {
  /** A callee with more instructions than this stays a call. */
  static final int MAX_CALLEE = 600;
  /** Stop once the graph has grown by this many instructions. */
  static final int MAX_GROWTH = 6000;
  private static final Set<String> BITS = Set.of(
      "java/lang/Double.doubleToRawLongBits", "java/lang/Double.doubleToLongBits",
      "java/lang/Float.floatToRawIntBits", "java/lang/Float.floatToIntBits");

  private final Graph g;
  private final ObjectCode code;
  private int growth;
  /** The instructions moved between blocks by the runs so far (linear in the graph's size: a test pins it). */
  long moved;
  /** The cuts of the current {@link #run}. */
  private BlockCuts cuts = new BlockCuts();
  /** Why a call with a created object as argument stays a call, by call. */
  final Map<Insn, String> notInlined = new HashMap<>();
  boolean foreign;

  /** Allocation sites ({@link ObjectsToValues#origin}) whose constructors stay calls. */
  private final Set<Object> keepConstructors;
  /** The created objects whose constructor was inlined. */
  final Set<Value> constructed = new java.util.HashSet<>();

  /** Allocation sites ({@link ObjectsToValues#origin}) whose objects' synchronized methods stay calls. */
  private final Set<Object> keepLocks;
  /**
   * The objects made here on which a synchronized method was inlined without its lock: taken apart, nobody else can
   * hold them, as the JIT elides the locks of objects that escape nowhere. When one stays after all ({@link
   * ObjectsToValues}), the graph is lifted again with its site in {@link #keepLocks}.
   */
  final Set<Value> unlocked = new java.util.HashSet<>();

  ObjectInliner(Graph g, ObjectCode code, Set<Object> keepConstructors, Set<Object> keepLocks) {
    this.g = g;
    this.code = code;
    this.keepConstructors = keepConstructors;
    this.keepLocks = keepLocks;
  }

  /**
   * Inlines what it can; true when the graph changed. Each call inlined cuts its block; the instructions move to their
   * blocks once, at the end ({@link BlockCuts}), the blocks visited in the order the cuts make them.
   */
  boolean run() {
    boolean changed = false;
    TrackedObjects t = TrackedObjects.of(g, code);
    cuts = new BlockCuts();
    for (int k = 0; k < g.blocks.size(); k++) {
      Block b = g.blocks.get(k);
      List<Insn> insns = cuts.of(b);
      for (int j = 0; j < insns.size(); j++) {
        Insn call = insns.get(j);
        if (call.op != Op.INVOKE || !(call.attr instanceof MethodRef) || !takesTracked(call, t)) continue;
        MethodRef m = call.method();
        if ((isEmptyConstructor(m) || isUnusedGetClass(call, m)) && t.isOwn(call.arg(0))) {
          cuts.drop(b, call);
          changed = true;
          continue;
        }
        if (isRequireNonNull(m) && t.isOwn(call.arg(0))) {
          GraphEdits.replaceUses(g, Map.of(call, call.arg(0)));
          cuts.drop(b, call);
          changed = true;
          continue;
        }
        boolean constructor = m.name().equals("<init>") && t.isOwn(call.arg(0));
        if (constructor && (keepConstructors.contains(ObjectsToValues.origin(call.arg(0))) || keepConstructors.contains(ObjectsToValues.ALL))) {
          notInlined.put(call, "it escapes elsewhere, so its constructor runs as it is");
          continue;
        }
        String exactClass = !m.isStatic() && t.exact.containsKey(call.arg(0)) && m.opcode() != Opcodes.INVOKESPECIAL
            ? t.exact.get(call.arg(0)) : null;
        Graph callee = TrackedObjects.isJdk(m.owner()) && exactClass == null ? null : code.body(m, exactClass);
        if (callee == null && unlockable(call, t)) {
          callee = code.lockedBody(m, exactClass);
          if (callee != null) unlocked.add(call.arg(0));
        }
        String why = callee == null ? code.whyNoBody(m, exactClass)
            : Inliner.size(callee) > MAX_CALLEE ? "it is too large to inline (" + Inliner.size(callee) + " instructions)"
            : growth + Inliner.size(callee) > MAX_GROWTH ? "the method grew too large by inlining"
            : readsBits(callee) ? "it reads the bit pattern of a value" : null;
        if (why != null) {
          notInlined.put(call, why);
          continue;
        }
        if (constructor) constructed.add(call.arg(0));
        if (exactClass != null && t.external.contains(call.arg(0)) && !call.arg(0).type.getInternalName().equals(exactClass)) {
          // a constant read from a field of an interface type: the inlined code reads its class's fields
          org.objectweb.asm.Type exact = org.objectweb.asm.Type.getObjectType(exactClass);
          Insn cast = g.newInsn(Op.CHECKCAST, exact, exact, call.arg(0));
          cast.line = call.line;
          cuts.castBefore(b, call, cast);
          call.args[0] = cast;
        }
        growth += Inliner.size(callee);
        foreign |= !callee.owner.equals(g.owner);
        cuts.cut(b, j, Inliner.spliceCallLeavingInstructions(g, b, call, callee));
        changed = true;
        break; // the rest of b goes to a new block, visited later
      }
    }
    moved += cuts.apply();
    return changed;
  }

  /**
   * True when {@code call} is an instance call whose receiver is a {@code new} of the graph (a class outside the JDK)
   * from a site whose objects have not stayed before ({@link #unlocked}): a synchronized method it calls may be inlined
   * without its lock.
   */
  private boolean unlockable(Insn call, TrackedObjects t) {
    return !call.method().isStatic() && call.arg(0) instanceof Insn r && r.op == Op.NEW && t.isOwn(r)
        && !TrackedObjects.isJdk(r.type.getInternalName()) && !keepLocks.contains(ObjectsToValues.origin(r))
        && !keepLocks.contains(ObjectsToValues.ALL);
  }

  private static boolean takesTracked(Insn call, TrackedObjects t) {
    if (call.method().name().equals("<init>")) return t.isOwn(call.arg(0)); // another object's constructor runs as it is
    if (t.exact.containsKey(call)) return true; // a factory: its code returns new objects of one class
    for (Value a : call.args) {
      if (t.isOwn(a)) return true;
    }
    return declaresForNull(call) || boxesForConstant(call, t);
  }

  /**
   * A method of an object a {@code static final} field holds (its exact class known, {@link
   * TrackedObjects}) given a {@code double} or {@code float} boxed: a generic interface's method
   * ({@code ProbabilityDistribution<Double>.getCDF(T)}, erased to {@code Object}) on a constant made
   * by the class's initialiser. Inlined, its bridge's cast and its unboxing of the argument meet the
   * box ({@link LambdaCalls}' forwarding), so the number flows as a number; left a call, the box would
   * carry an active value into code nobody differentiates.
   */
  private static boolean boxesForConstant(Insn call, TrackedObjects t) {
    return !call.method().isStatic() && t.external.contains(call.arg(0)) && passesBox(call);
  }

  /** {@link #boxesForConstant} before objects are tracked: the receiver read from such a field. */
  static boolean boxesForConstant(Insn call, ObjectCode code) {
    return call.op == Op.INVOKE && call.attr instanceof MethodRef m && !m.isStatic() && call.arg(0) instanceof Insn r
        && r.op == Op.GETSTATIC && passesBox(call) && code.exactClassOfConstant((dev.leibniz.core.ir.FieldRef) r.attr) != null;
  }

  /** True when an argument after the receiver is {@code Double.valueOf} or {@code Float.valueOf}, through casts. */
  private static boolean passesBox(Insn call) {
    for (int k = 1; k < call.args.length; k++) {
      Value a = call.args[k];
      while (a instanceof Insn c && c.op == Op.CHECKCAST) a = c.arg(0);
      if (a instanceof Insn box && box.op == Op.INVOKE && box.attr instanceof MethodRef bm && bm.name().equals("valueOf")
          && (bm.owner().equals("java/lang/Double") || bm.owner().equals("java/lang/Float"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A call given the constant {@code null} that returns an object of a class outside the JDK: a
   * library's {@code out = reshapeOrDeclare(out, rows, cols)} ({@code if (out == null) out = new
   * ...}, EJML's {@code CommonOps_DDRM.transpose(a, null)}). Inlined, the null test folds
   * ({@link ConstantBranches}) and the object it makes is the graph's own, taken apart like any other.
   */
  private static boolean declaresForNull(Insn call) {
    org.objectweb.asm.Type r = org.objectweb.asm.Type.getReturnType(call.method().desc());
    if (r.getSort() != org.objectweb.asm.Type.OBJECT || TrackedObjects.isJdk(r.getInternalName())) return false;
    for (Value a : call.args) {
      if (a instanceof Insn i && i.op == Op.CONST && a.type.equals(dev.leibniz.core.ir.Types.NULL)) return true;
    }
    return false;
  }

  /**
   * The JDK constructors that do nothing: {@code Object()}, {@code Record()} and {@code Number()} (which has no
   * fields; value classes such as Jenetics' {@code DoubleAdder} or SIS's {@code DoubleDouble} extend it).
   */
  private static boolean isEmptyConstructor(MethodRef m) {
    return m.name().equals("<init>") && m.desc().equals("()V")
        && (m.owner().equals("java/lang/Object") || m.owner().equals("java/lang/Record")
            || m.owner().equals("java/lang/Number"));
  }

  /** {@code x.getClass()} whose result is dropped: javac's null check, and a created object is not null. */
  private boolean isUnusedGetClass(Insn call, MethodRef m) {
    return m.name().equals("getClass") && m.desc().equals("()Ljava/lang/Class;") && !used(call);
  }

  private static boolean isRequireNonNull(MethodRef m) {
    return m.owner().equals("java/util/Objects") && m.name().equals("requireNonNull")
        && m.desc().startsWith("(Ljava/lang/Object;");
  }

  private boolean used(Value v) {
    for (Block b : g.blocks) {
      for (dev.leibniz.core.ir.Phi p : b.phis) {
        if (p.inputs.contains(v)) return true;
      }
      for (Insn i : b.insns) {
        if (cuts.gone(i)) continue; // still listed until the cuts are applied
        for (Value a : i.args) if (a == v) return true;
      }
      if (b.terminator != null) {
        for (Value a : b.terminator.args) if (a == v) return true;
      }
    }
    return false;
  }

  private static boolean readsBits(Graph c) {
    for (Block b : c.blocks) {
      for (Insn i : b.insns) {
        if (i.op == Op.INVOKE && i.attr instanceof MethodRef
            && BITS.contains(i.method().owner() + "." + i.method().name())) return true;
      }
    }
    return false;
  }
}
