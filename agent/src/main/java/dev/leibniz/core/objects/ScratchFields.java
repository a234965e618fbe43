package dev.leibniz.core.objects;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.TryBodies;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Fields of the method's own class used as scratch storage: numeric code keeps work arrays in
 * fields ({@code tempSums[oi] = 0; tempSums[oi] += v * x[k]; logSumOfExps(tempSums)}) or a value in a
 * static ({@code glob = b; glob *= t; return -glob;}), fills them during a call and reads them back.
 * Fields are passive by the contract; this pass lets such a field carry derivatives for the duration
 * of one call, and records which fields in {@link Graph#scratchFields} (Activity admits only those).
 *
 * <p><b>Arrays.</b> Every read of the field in the method is replaced by one read at entry, so the
 * array is one value whose tangent or adjoint is one zero array of its length made there (the
 * builders: {@code Sweep.copyArrayOp}); from then on it is a local array: element stores with active
 * values, loads, a helper or {@code System.arraycopy} given it, and in reverse mode the taping of the
 * values a store overwrites (the scratch is reused across a loop's trips) all run through the
 * machinery of arrays allocated in the method. Soundness: (1) one array for the whole call — the field
 * is not written in the method and, unless final (or private and assigned only in initialisers), no
 * method of another class than the JDK's is called before a read of it (nothing can swap the array); (2) a value read before any write of this call was left by an
 * earlier call, and its tangent is 0: the contract says fields are passive between calls; (3) the
 * derivative left in the array at exit is dropped: no other method of the class reads the field and
 * none calls this method (so no differentiated caller reads it, nor sees a value its previous call
 * left; a caller in another class calling the method twice, reading before writing, is the one case
 * not proven: README "Objects"); (4) the array must not be a parameter's: {@link FieldAliasGuards} tests it
 * with {@code ==} against the array parameters at run time, and Activity refuses a method taking
 * arrays of arrays or objects with shadows, or reading another array of the element type from a field
 * (those could hold it). After the call the field holds what the primal leaves in it (a reverse sweep
 * restores nothing; overwritten values it needs are taped).
 *
 * <p><b>Objects.</b> A field holding an object of a class with shadows (static, or the receiver's in a class without
 * shadows: libGDX's {@code v2a}, JBox2D's {@code pool}) is hoisted as an array is, with the same conditions; its shadow is
 * made at entry by its class's blank no-argument constructor ({@code analysis.ScratchObjects} admits it, {@code
 * forward.Sweep} makes it, {@link FieldAliasGuards} tests it against the object parameters). A field that is not final
 * may still be hoisted when it is private and assigned only in the class's initialisers, or when every read of it runs
 * before any call that could assign it.
 *
 * <p><b>Scalars.</b> A {@code double}/{@code float} static (or field of the receiver) written in the
 * method: each read that a write reaches on every path, with no call between that could write the field,
 * becomes the value written, through phis where control merges and around loops (the write stays: the
 * field ends as in the primal). When
 * no read of it remains after a write, and the class reads it nowhere else, its value is a local
 * variable's: the derivative of a write goes nowhere but into the forwarded reads.
 *
 * <p>No allocation is avoided for the array's shadow: one zero array of the field's length per call
 * and mode (a per-thread cache would be state the companions may not keep).
 */
public final class ScratchFields {
  private final Graph g;
  private final ClassNode cn;
  private final String methodKey;
  private final Uses uses;

  private ScratchFields(Graph g, ClassNode cn, MethodNode m, Uses uses) {
    this.g = g;
    this.cn = cn;
    this.methodKey = m.name + m.desc;
    this.uses = uses;
  }

  /** Which fields of the class each method reads, and who calls each method within it. */
  public static final class Uses {
    private final Map<String, Set<String>> readers = new HashMap<>();
    private final Map<String, Set<String>> callers = new HashMap<>();
    /** Fields written outside the class's constructors (for a static: outside its static initialiser). */
    private final Set<String> written = new HashSet<>();
    private final Map<String, MethodNode> methods = new HashMap<>();
    private final BlindReaders blind;

    public Uses(ClassNode cn) {
      blind = new BlindReaders(cn.name);
      for (MethodNode m : cn.methods) {
        String key = m.name + m.desc;
        methods.put(key, m);
        boolean ctor = m.name.equals("<init>") || m.name.equals("<clinit>");
        for (AbstractInsnNode n : m.instructions) {
          if (n instanceof FieldInsnNode f && f.owner.equals(cn.name) && !ctor
              && (f.getOpcode() == Opcodes.GETFIELD || f.getOpcode() == Opcodes.GETSTATIC)) {
            readers.computeIfAbsent(f.name + ":" + f.desc, k -> new HashSet<>()).add(key);
          } else if (n instanceof FieldInsnNode f && f.owner.equals(cn.name)
              && (f.getOpcode() == Opcodes.PUTSTATIC ? !m.name.equals("<clinit>") : !ctor)) {
            written.add(f.name + ":" + f.desc); // a static assigned in a constructor is swapped by every new instance
          } else if (n instanceof MethodInsnNode c && c.owner.equals(cn.name)) {
            callers.computeIfAbsent(c.name + c.desc, k -> new HashSet<>()).add(key);
          }
        }
      }
    }

    /** The other methods of the class that read {@code f} or call {@code method}, as {@code name()}, or empty. */
    java.util.List<String> others(FieldRef f, String method) {
      java.util.TreeSet<String> out = new java.util.TreeSet<>();
      for (String m : readers(f, method)) if (!m.equals(method)) out.add(m.substring(0, m.indexOf('(')) + "()");
      for (String m : callers.getOrDefault(method, Set.of())) if (!m.equals(method)) out.add(m.substring(0, m.indexOf('(')) + "() (calling it)");
      return new ArrayList<>(out);
    }

    /**
     * The methods of the class that read {@code f}, but for those that read an array field only blindly ({@link
     * BlindReaders}: a {@code null} test, its length, or the new array they have just stored there).
     */
    private Set<String> readers(FieldRef f, String method) {
      Set<String> all = readers.getOrDefault(f.name() + ":" + f.desc(), Set.of());
      if (Type.getType(f.desc()).getSort() != Type.ARRAY) return all;
      Set<String> out = new HashSet<>();
      for (String m : all) if (m.equals(method) || !blind.blind(methods.get(m), f)) out.add(m);
      return out;
    }

    /**
     * True when {@code f} (a {@code private} field) is assigned only in the class's constructors (a static only in its static
     * initialiser): nothing else can (JBox2D's {@code private static Vec2 pool = new Vec2()}), so it holds one object as a final field.
     */
    boolean effectivelyFinal(FieldRef f) {
      return !written.contains(f.name() + ":" + f.desc());
    }

    /** True when no method of the class but {@code method} (and its constructors) reads {@code f}, and none other calls it. */
    boolean onlyIn(FieldRef f, String method) {
      Set<String> r = readers(f, method);
      Set<String> c = callers.getOrDefault(method, Set.of());
      return r.stream().allMatch(method::equals) && c.stream().allMatch(method::equals);
    }
  }

  /**
   * Rewrites the scratch fields of {@code g}, the graph of {@code m} of class {@code cn}; {@code uses} of {@code cn}, made on
   * demand. A class with shadows ({@code shadows}) holds its instance arrays and numbers in them: only its static objects
   * can be scratch.
   */
  public static void rewrite(Graph g, ClassNode cn, MethodNode m, java.util.function.Supplier<Uses> uses, dev.leibniz.core.ir.Shadows shadows,
      java.util.function.Supplier<ConfinedScratch> confined) {
    if (!g.owner.equals(cn.name) || m.name.equals("<init>") || m.name.equals("<clinit>")) return;
    Set<FieldRef> candidates = candidates(g, cn, shadows, shadows.has(Type.getObjectType(cn.name)));
    if (candidates.isEmpty()) return;
    ScratchFields s = new ScratchFields(g, cn, m, uses.get());
    for (FieldRef f : candidates) {
      if (!s.uses.onlyIn(f, s.methodKey)) {
        String whyNot = isStaticObject(g, f) ? confined.get().whyNot(f) : "";
        if (whyNot != null) {
          s.notScratch(f, "other methods of the class read it (" + String.join(", ", s.uses.others(f, s.methodKey))
              + "): what the call leaves in it is a result, whose derivative would be dropped"
              + (whyNot.isEmpty() ? "" : "; nor is it scratch in every method that reads it: " + whyNot));
          continue;
        }
        g.confinedScratch.add(f); // ConfinedScratch: no value crosses calls through it, no other name reaches it
      }
      if (Types.isScalar(Type.getType(f.desc()))) s.forward(f);
      else s.hoist(f);
    }
  }

  /**
   * Fields of the class, not volatile, of a 1-D double/float array type or double/float, accessed on the receiver or static
   * (none of them when the class has shadows: {@code ownShadows}); and of a class with shadows, static, or on the
   * receiver of a class without shadows.
   */
  private static Set<FieldRef> candidates(Graph g, ClassNode cn, dev.leibniz.core.ir.Shadows shadows, boolean ownShadows) {
    Set<FieldRef> out = new java.util.LinkedHashSet<>();
    Set<FieldRef> bad = new HashSet<>();
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (!(i.attr instanceof FieldRef f) || !f.owner().equals(cn.name)) continue;
        boolean instance = i.op == Op.GETFIELD || i.op == Op.PUTFIELD;
        if (!instance && i.op != Op.GETSTATIC && i.op != Op.PUTSTATIC) continue;
        FieldNode node = fieldNode(cn, f);
        Type t = Type.getType(f.desc());
        boolean object = t.getSort() == Type.OBJECT && shadows.has(t);
        boolean typed = object ? !instance || !ownShadows
            : !ownShadows && (Types.isScalar(t) || (Types.isDifferentiableArray(t) && t.getDimensions() == 1));
        if (node == null || !typed || (node.access & Opcodes.ACC_VOLATILE) != 0
            || (instance && (g.isStatic() || i.arg(0) != g.params.get(0)))) {
          bad.add(f);
        } else {
          out.add(f);
        }
      }
    }
    out.removeAll(bad);
    return out;
  }

  /** True when {@code f} is a static field of {@code g} holding an object (not an array, not a number). */
  private static boolean isStaticObject(Graph g, FieldRef f) {
    if (Type.getType(f.desc()).getSort() != Type.OBJECT) return false;
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (f.equals(i.attr) && (i.op == Op.GETSTATIC || i.op == Op.PUTSTATIC)) return true;
      }
    }
    return false;
  }

  private static FieldNode fieldNode(ClassNode cn, FieldRef f) {
    for (FieldNode n : cn.fields) {
      if (n.name.equals(f.name()) && n.desc.equals(f.desc())) return n;
    }
    return null;
  }

  private boolean isRead(Insn i, FieldRef f) {
    return (i.op == Op.GETFIELD || i.op == Op.GETSTATIC) && f.equals(i.attr);
  }

  private boolean isWrite(Insn i, FieldRef f) {
    return (i.op == Op.PUTFIELD || i.op == Op.PUTSTATIC) && f.equals(i.attr);
  }

  // ------------------------------------------------------------------ arrays

  /**
   * Records why array field {@code f} is not scratch (with what made it so, when it was assigned in
   * the call too), for Activity's diagnostic.
   */
  private void notScratch(FieldRef f, String why) {
    if (Types.isScalar(Type.getType(f.desc()))) return;
    String assigned = null;
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (assigned == null && isWrite(i, f)) assigned = "a new array is assigned to it in the call" + (i.line > 0 ? " (line " + i.line + ")" : "");
      }
    }
    g.notScratch.put(f, assigned == null ? why : assigned + ", and " + why);
  }

  /** One read of array field {@code f} at entry in place of all, when its array is written here and cannot change. */
  private void hoist(FieldRef f) {
    List<Insn> reads = new ArrayList<>();
    int access = fieldNode(cn, f).access;
    boolean final_ = (access & Opcodes.ACC_FINAL) != 0 || ((access & Opcodes.ACC_PRIVATE) != 0 && uses.effectivelyFinal(f));
    String what = Type.getType(f.desc()).getSort() == Type.ARRAY ? "array" : "object";
    Insn swapper = null;
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (isWrite(i, f)) {
          g.notScratch.put(f, "it is assigned in the call" + (i.line > 0 ? " (line " + i.line + ")" : "")
              + ", so it may name two " + what + "s there");
          return;
        }
        if (isRead(i, f)) reads.add(i);
        if (swapper == null && !final_ && swaps(i)) swapper = i;
      }
    }
    if (swapper != null && !readBeforeAnyCall(reads)) {
      g.notScratch.put(f, "the call calls " + (swapper.attr instanceof MethodRef m ? dev.leibniz.core.JavaSignature.method(m.owner(),
          m.name(), m.desc()) : "a lambda") + (swapper.line > 0 ? " (line " + swapper.line + ")" : "")
          + ", a method of another class, and the field is not final: the " + what + " could be swapped meanwhile");
      return;
    }
    if (reads.isEmpty() || !written(reads)) return;
    Block entry = g.entry();
    int at = 0;
    while (at < entry.insns.size() && entry.insns.get(at).op == Op.PARAM) at++;
    Insn first = reads.get(0);
    Insn one = first.op == Op.GETSTATIC ? g.newInsn(Op.GETSTATIC, first.type, f)
        : g.newInsn(Op.GETFIELD, first.type, f, g.params.get(0));
    one.line = first.line;
    one.origin = first.origin;
    entry.insns.add(at, one);
    Map<Value, Value> map = new HashMap<>();
    for (Insn r : reads) map.put(r, one);
    for (Block b : g.blocks) b.insns.removeIf(reads::contains);
    g.replaceUses(map);
    g.scratchFields.add(f);
  }

  /** A call that might assign a field that is not final: any but the JDK's. */
  private static boolean swaps(Insn i) {
    return i.op == Op.INVOKE && !(i.attr instanceof MethodRef m && m.owner().startsWith("java/"));
  }

  /**
   * True when every read of the field runs before any call that might assign it ({@link #swaps}): no read is reachable
   * from such a call, along the graph's edges or from a try's body to its handler (libGDX's {@code v2a}, read once as the
   * method starts; JOrbis' {@code Drft.backward}, {@code if (n == 1) return; drftb1(n, data, trigcache, trigcache, ...)},
   * whose reads follow a branch). The method writes no such field itself ({@link #hoist}), so every read sees the value at
   * entry, and moving them to the entry reads the very object they read, whatever the calls do to the field later.
   */
  private boolean readBeforeAnyCall(List<Insn> reads) {
    Set<Insn> left = new HashSet<>(reads);
    TryBodies trys = TryBodies.of(g);
    Deque<Block> work = new ArrayDeque<>();
    for (Block b : g.blocks) {
      boolean called = false;
      for (Insn i : b.insns) {
        if (swaps(i)) called = true;
        else if (called && left.contains(i)) return false;
      }
      if (called) {
        work.addAll(b.successors());
        work.addAll(trys.handlersAfter(b));
      }
    }
    Set<Block> seen = new HashSet<>();
    while (!work.isEmpty()) {
      Block b = work.pop();
      if (!seen.add(b)) continue;
      for (Insn i : b.insns) {
        if (left.contains(i)) return false;
      }
      work.addAll(b.successors());
      work.addAll(trys.handlersAfter(b));
    }
    return true;
  }

  /** True when a read's array (or object) is stored into or given to a call (which may write it). */
  private boolean written(List<Insn> reads) {
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if ((i.op == Op.ASTORE || i.op == Op.PUTFIELD) && reads.contains(i.arg(0))) return true;
        if (i.op == Op.INVOKE) {
          for (Value a : i.args) {
            if (reads.contains(a)) return true;
          }
        }
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ scalars

  /**
   * Reads of scalar field {@code f} that a write of this call reaches on every path become the value written: the field is
   * promoted to SSA values as a local variable is (Braun et al.'s construction, a phi where control merges, so a static
   * written before a loop and updated in it, {@code r = 1; while (..) r *= x; return r;}, is a value carried by the loop).
   * A read is promoted only where {@link #writtenBefore} proves the write on every path, with no call between that could
   * write the field (any but {@code Math}'s); the others stay reads. {@code f} is scratch when no read follows a write.
   */
  private void forward(FieldRef f) {
    Map<Block, Boolean> written = writtenBefore(f);
    if (written == null) return;
    Map<Value, Value> map = new HashMap<>();
    Map<Block, Value> atStart = new HashMap<>();
    for (Block b : g.blocks) {
      boolean known = written.get(b);
      for (int j = 0; j < b.insns.size(); j++) {
        Insn i = b.insns.get(j);
        if (isWrite(i, f)) known = true;
        else if (isRead(i, f) && known) map.put(i, valueBefore(f, b, j, atStart));
        else if (kills(i)) known = false;
      }
    }
    if (!map.isEmpty()) {
      for (Block b : g.blocks) b.insns.removeIf(map::containsKey);
      g.replaceUses(map);
      dev.leibniz.core.lift.PhiCleaner.clean(g); // phis whose inputs are all one write
    }
    Insn stale = readAfterWrite(f);
    if (stale == null) {
      g.scratchFields.add(f);
    } else {
      g.notScratch.put(f, "its read" + (stale.line > 0 ? " at line " + stale.line : "") + " follows a write, but no write of"
          + " this call reaches it on every path with no call between (a loop's first trip, a branch that does not write it),"
          + " so it may see what an earlier call left: write the field before the read on every path, or keep the value in a"
          + " local variable");
    }
  }

  /** A call that may write a field: any but {@code Math}'s. */
  private static boolean kills(Insn i) {
    return i.op == Op.INVOKE && !(i.attr instanceof MethodRef m && isMath(m));
  }

  /**
   * Per block, whether a write of {@code f} in this call reaches its start on every path with no call that may write the
   * field after it (a must-write flow, optimistic around loops); the handler of a recovering try whose body may change the
   * field starts unknown (an exception reaches it from anywhere in the body). Null when the method writes no {@code f}.
   */
  private Map<Block, Boolean> writtenBefore(FieldRef f) {
    Map<Block, Boolean> atStart = new HashMap<>();
    Map<Block, Boolean> atEnd = new HashMap<>();
    boolean any = false;
    TryBodies trys = TryBodies.of(g);
    List<Block> order = dev.leibniz.core.analysis.Dominators.reversePostOrder(g);
    Set<Block> unknownStart = new HashSet<>();
    unknownStart.add(g.entry());
    for (Block b : order) {
      if (changedIn(trys.bodyOf(b), f)) unknownStart.add(b);
      for (Insn i : b.insns) any |= isWrite(i, f);
    }
    if (!any) return null;
    Set<Block> reached = new HashSet<>(order);
    for (Block b : g.blocks) atEnd.put(b, reached.contains(b)); // optimistic for reached blocks; an unreached one writes nothing
    for (boolean changed = true; changed; ) {
      changed = false;
      for (Block b : order) {
        boolean known = !unknownStart.contains(b) && !b.preds.isEmpty();
        for (Block p : b.preds) known &= atEnd.getOrDefault(p, false);
        atStart.put(b, known);
        for (Insn i : b.insns) {
          if (isWrite(i, f)) known = true;
          else if (kills(i)) known = false;
        }
        if (atEnd.put(b, known) != known) changed = true;
      }
    }
    for (Block b : g.blocks) atStart.putIfAbsent(b, false); // unreachable
    return atStart;
  }

  /** The value of {@code f} just before instruction {@code j} of {@code b}, where {@link #writtenBefore} holds. */
  private Value valueBefore(FieldRef f, Block b, int j, Map<Block, Value> atStart) {
    for (int k = j - 1; k >= 0; k--) {
      Insn i = b.insns.get(k);
      if (isWrite(i, f)) return i.args[i.args.length - 1];
    }
    Value v = atStart.get(b);
    if (v != null) return v;
    if (b.preds.size() == 1) {
      v = valueBefore(f, b.preds.get(0), b.preds.get(0).insns.size(), atStart);
      atStart.put(b, v);
      return v;
    }
    dev.leibniz.core.ir.Phi p = g.newPhi(b, Types.stackType(Type.getType(f.desc())));
    atStart.put(b, p); // before its inputs: a loop's back edge finds it
    for (Block pred : b.preds) p.inputs.add(valueBefore(f, pred, pred.insns.size(), atStart));
    return p;
  }

  private static boolean isMath(MethodRef m) {
    return m.owner().equals("java/lang/Math") || m.owner().equals("java/lang/StrictMath");
  }

  /**
   * True when the body of a recovering try (the blocks of {@code body}) may change {@code f}: a
   * write of it or a call. Its handler then starts from an unknown value, not the one at the try's
   * entry from which the graph enters it.
   */
  private boolean changedIn(Set<Block> body, FieldRef f) {
    for (Block b : body) {
      for (Insn i : b.insns) {
        if (isWrite(i, f) || (i.op == Op.INVOKE && !(i.attr instanceof MethodRef m && isMath(m)))) return true;
      }
    }
    return false;
  }

  /**
   * A read of {@code f} that may run after a write of it, or null: along the graph's edges, and from a
   * write in the body of a recovering try to its handler, which an exception thrown after the write
   * reaches at run time (TryBodies: the graph enters the handler before the body).
   */
  private Insn readAfterWrite(FieldRef f) {
    Deque<Block> work = new ArrayDeque<>();
    Set<Block> seen = new HashSet<>();
    TryBodies trys = TryBodies.of(g);
    for (Block b : g.blocks) {
      boolean written = false;
      for (Insn i : b.insns) {
        if (isWrite(i, f)) written = true;
        else if (written && isRead(i, f)) return i;
      }
      if (written) work.addAll(b.successors());
      if (written) work.addAll(trys.handlersAfter(b));
    }
    while (!work.isEmpty()) {
      Block b = work.pop();
      if (!seen.add(b)) continue;
      for (Insn i : b.insns) {
        if (isRead(i, f)) return i;
      }
      work.addAll(b.successors());
    }
    return null;
  }
}
