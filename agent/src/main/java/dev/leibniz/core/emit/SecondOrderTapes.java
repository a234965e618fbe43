package dev.leibniz.core.emit;

import static org.objectweb.asm.Opcodes.*;

import dev.leibniz.core.Companions;
import dev.leibniz.core.analysis.HelperIntrinsic;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Tapes of a second-order companion ({@code m$adjoint$tangent}) reused from call to call, as the
 * first-order adjoint's are ({@link Workspace}). The workspace-free adjoint that second order
 * differentiates allocates its tapes ({@code new int[32]}, grown by {@code leibniz$growI}), and its
 * tangent has them too, with tangent tapes for the active ones: a Hessian-vector product allocated
 * every tape, and its growth, on every call (64 KB per H·v of Rosenbrock at n = 10^4, where the
 * gradient allocates nothing). Here each tape, found as a {@code NEWARRAY} that reaches a growth
 * helper's tape argument through phis and earlier growths and is used only as an array, is taken
 * from a slot of a tape set instead ({@code leibniz$tapeD(set, slot)}), and each growth keeps the
 * longer tape there ({@code leibniz$growDIn}). The method becomes a body taking the set as its last
 * parameter; the entry ({@link #entry}) takes the set of the thread's next call depth from the
 * class's workspace cache ({@code Helpers.pushTapes}) and gives it back in a finally block, so
 * nested and recursive second-order calls each have tapes of their own, calls one after the other
 * at one depth share one set, and generated code keeps no static mutable state.
 */
public final class SecondOrderTapes {
  private static final String KINDS = "DIJA";
  private static final Type SET = Type.getType(Object[].class);

  private SecondOrderTapes() {}

  /**
   * Rewrites {@code d} (a second-order companion's graph, not yet emitted) to take its tapes from a
   * set passed as a new last parameter, renaming it {@code name$body}: returns the set's length,
   * or 0 when {@code d} allocates no tape it can take so (left unchanged).
   */
  public static int reuse(Graph d) {
    List<Insn> grows = new java.util.ArrayList<>();
    Map<Value, Block> home = new IdentityHashMap<>();
    for (Block b : d.blocks) {
      for (Insn i : b.insns) {
        home.put(i, b);
        if (isGrow(i)) grows.add(i);
      }
    }
    List<Insn> snapshots = snapshots(d);
    if (grows.isEmpty() && snapshots.isEmpty()) return 0;
    Map<Value, Value> parent = new IdentityHashMap<>();
    Set<Value> members = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Value> broken = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Value> work = new ArrayDeque<>(grows);
    while (!work.isEmpty()) {
      Value v = work.pop();
      if (!members.add(v)) continue;
      if (v instanceof Phi p) {
        for (Value in : p.inputs) link(parent, p, in, work);
      } else if (v instanceof Insn i && isGrow(i)) {
        link(parent, i, i.arg(0), work);
      } else if (!isRoot(v)) {
        broken.add(v); // a tape that is not a fresh array of its own: left as it is
      }
    }
    for (Block b : d.blocks) {
      for (Insn i : b.insns) {
        for (int k = 0; k < i.args.length; k++) {
          if (members.contains(i.args[k]) && !arrayUse(i, k)) broken.add(i.args[k]); // escapes: not only a tape
        }
      }
    }
    Set<Value> brokenRoots = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Value v : broken) brokenRoots.add(find(parent, v));
    Map<Value, Insn> rootOf = new IdentityHashMap<>(); // family -> its one NEWARRAY
    for (Value v : members) {
      Value family = find(parent, v);
      if (isRoot(v) && rootOf.put(family, (Insn) v) != null) brokenRoots.add(family); // two allocations merge
    }
    Map<Value, Integer> slots = new IdentityHashMap<>();
    int[] ordinal = new int[4];
    int length = 1;
    List<Insn> ordered = new java.util.ArrayList<>(); // the members in program order: slots and new ids do not depend on identity hashes
    for (Block b : d.blocks) {
      for (Insn i : b.insns) if (members.contains(i)) ordered.add(i);
    }
    for (Insn root : ordered) {
      Value family = find(parent, root);
      if (!isRoot(root) || rootOf.get(family) != root || brokenRoots.contains(family)) continue;
      int kind = KINDS.indexOf(kind(root.type));
      int slot = 1 + 4 * ordinal[kind]++ + kind;
      slots.put(family, slot);
      length = Math.max(length, slot + 1);
    }
    if (slots.isEmpty() && snapshots.isEmpty()) return 0;
    Insn set = addSetParameter(d);
    if (!snapshots.isEmpty()) {
      int arena = 1 + 4 * ordinal[3] + 3; // an A slot after the method's own A tapes
      length = Math.max(length, arena + 1);
      pooledSnapshots(d, set, arena, snapshots);
    }
    Map<Value, Value> replaced = new HashMap<>();
    for (Insn i : ordered) {
      Integer slot = slots.get(find(parent, i));
      if (slot == null) continue;
      char kind = kind(i.type);
      String t = i.type.getDescriptor();
      Insn at = d.newInsn(Op.CONST, Type.INT_TYPE, slot);
      Insn call = isRoot(i)
          ? d.newInsn(Op.HELPER, i.type, helper(d, "tape" + kind, "(" + SET + "I)" + t), set, at)
          : d.newInsn(Op.HELPER, i.type, helper(d, "grow" + kind + "In", "(" + t + "ILjava/lang/String;" + SET + "I)" + t),
              i.arg(0), i.arg(1), i.arg(2), set, at);
      List<Insn> insns = home.get(i).insns;
      int k = insns.indexOf(i);
      insns.set(k, call);
      insns.add(k, at);
      replaced.put(i, call);
    }
    d.replaceUses(replaced);
    d.name = d.name + "$body";
    return length;
  }

  /** The calls of {@code leibniz$snapshot(a)} in {@code d}: the copies joint reversal and checkpoints take of arrays. */
  private static List<Insn> snapshots(Graph d) {
    List<Insn> out = new java.util.ArrayList<>();
    for (Block b : d.blocks) {
      for (Insn i : b.insns) {
        if ((i.op == Op.INVOKE || i.op == Op.HELPER) && i.attr instanceof MethodRef m && m.owner().equals(d.owner)
            && HelperIntrinsic.of(m) == HelperIntrinsic.SNAPSHOT && i.args.length == 1) {
          out.add(i);
        }
      }
    }
    return out;
  }

  /**
   * Each snapshot of {@code d} taken from the arena in {@code set[arena]} ({@code leibniz$snapshotIn}), emptied at
   * entry ({@code leibniz$arenaStart}): a snapshot is read only while the call that took it runs (by its reverse
   * sweep, or a callee re-run from it), and within one call each takes an array of its own, so the next call at this
   * depth may copy into the same arrays. GMM's H·v took 25,000 × 8 copies of 10 values per call.
   */
  private static void pooledSnapshots(Graph d, Insn set, int arena, List<Insn> snapshots) {
    Map<Value, Value> replaced = new HashMap<>();
    for (Block b : d.blocks) {
      for (int k = 0; k < b.insns.size(); k++) {
        Insn i = b.insns.get(k);
        if (!snapshots.contains(i)) continue;
        Insn at = d.newInsn(Op.CONST, Type.INT_TYPE, arena);
        Insn copy = d.newInsn(Op.HELPER, i.type, helper(d, "snapshotIn", "(Ljava/lang/Object;" + SET + "I)Ljava/lang/Object;"),
            i.arg(0), set, at);
        b.insns.set(k, copy);
        b.insns.add(k, at);
        k++;
        replaced.put(i, copy);
      }
    }
    d.replaceUses(replaced);
    List<Insn> entry = d.entry().insns;
    int k = entry.indexOf(set) + 1;
    Insn at = d.newInsn(Op.CONST, Type.INT_TYPE, arena);
    entry.add(k, at);
    entry.add(k + 1, d.newInsn(Op.HELPER, Type.VOID_TYPE, helper(d, "arenaStart", "(" + SET + "I)V"), set, at));
  }

  /**
   * The companion {@code name} (descriptor {@code desc}) that runs {@code body} ({@link #reuse}) on the
   * tape set of the thread's next depth, {@code slots} long: from the class's workspace cache when it
   * has one ({@code cached}), else a fresh set (interfaces cannot hold the private field).
   */
  public static org.objectweb.asm.tree.MethodNode entry(String owner, boolean itf, int access, String name, String desc,
      org.objectweb.asm.tree.MethodNode body, int slots, boolean cached) {
    InsnList take = new InsnList();
    take.add(cached ? new FieldInsnNode(GETSTATIC, owner, Companions.TAPE_CACHE, "Ljava/lang/ThreadLocal;") : new InsnNode(ACONST_NULL));
    take.add(slots <= Short.MAX_VALUE ? new IntInsnNode(SIPUSH, slots) : new LdcInsnNode(slots));
    take.add(new MethodInsnNode(INVOKESTATIC, owner, Companions.HELPER_PREFIX + "pushTapes",
        "(Ljava/lang/ThreadLocal;I)" + SET, itf));
    return Workspace.entry(owner, itf, access, name, desc, body, take, "popTapes");
  }

  /** Adds the tape set as {@code d}'s new last parameter (its entry passes it). */
  static Insn addSetParameter(Graph d) {
    Insn set = d.newInsn(Op.PARAM, SET, d.params.size());
    List<Insn> entry = d.entry().insns;
    int k = 0;
    while (k < entry.size() && entry.get(k).op == Op.PARAM) k++;
    entry.add(k, set);
    d.params.add(set);
    Type[] args = Type.getArgumentTypes(d.desc);
    Type[] more = java.util.Arrays.copyOf(args, args.length + 1);
    more[args.length] = SET;
    d.desc = Type.getMethodDescriptor(Type.getReturnType(d.desc), more);
    return set;
  }

  static MethodRef helper(Graph d, String name, String desc) {
    return new MethodRef(INVOKESTATIC, d.owner, Companions.HELPER_PREFIX + name, desc, d.ownerIsInterface);
  }

  private static void link(Map<Value, Value> parent, Value a, Value b, Deque<Value> work) {
    Value ra = find(parent, a), rb = find(parent, b);
    if (ra != rb) parent.put(ra, rb);
    work.push(b);
  }

  private static Value find(Map<Value, Value> parent, Value v) {
    Value p = parent.get(v);
    if (p == null) return v;
    Value r = find(parent, p);
    parent.put(v, r);
    return r;
  }

  private static boolean isGrow(Insn i) {
    return (i.op == Op.INVOKE || i.op == Op.HELPER) && i.attr instanceof MethodRef m && HelperIntrinsic.of(m) == HelperIntrinsic.GROW
        && i.args.length == 3;
  }

  /** A fresh tape: {@code new T[c]} of a tape's type with a constant length. */
  private static boolean isRoot(Value v) {
    return v instanceof Insn i && i.op == Op.NEWARRAY && kind(i.type) != 0 && i.arg(0) instanceof Insn n && n.op == Op.CONST;
  }

  /** True when argument {@code k} of {@code i} uses a tape as a tape: read, written into, measured, grown. */
  private static boolean arrayUse(Insn i, int k) {
    switch (i.op) {
      case ALOAD: case ALENGTH: return k == 0;
      case ASTORE: return k == 0;
      default: return isGrow(i) && k == 0;
    }
  }

  private static char kind(Type t) {
    switch (t.getDescriptor()) {
      case "[D": return 'D';
      case "[I": return 'I';
      case "[J": return 'J';
      case "[Ljava/lang/Object;": return 'A';
      default: return 0;
    }
  }
}
