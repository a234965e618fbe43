package dev.leibniz.core.objects;

import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Calls, inside the class, of a method that returns a new object ({@link NewResults}) and is bound statically (static,
 * private, final, or of a final class): JSOFA's {@code jauEqeq94} reading {@code jauNut80(d1, d2).dpsi}, where {@code
 * jauNut80} builds a table of small objects per call and is too large to inline. Such a call {@code m(args)} becomes
 * {@code f = m$fields(args); new C(f[0], ..., f[n-1])}: the twin, a callee returning a {@code double[]}, is differentiated
 * by the contract for array results in either reversal, and the object rebuilt by its layout constructor (one that only
 * stores its parameters) is taken apart in the caller as any object built there from values. The rebuilt object is the
 * one the call made, field for field (the twin returns its fields), so the caller's numbers are unchanged.
 */
public final class ResultCalls {
  private ResultCalls() {}

  /** True when a call of {@code m} of {@code c} names its code: the twin may stand for it. */
  public static boolean bound(ClassNode c, MethodNode m) {
    return (m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL)) != 0 || (c.access & Opcodes.ACC_FINAL) != 0;
  }

  /** True when a plan's object may be rebuilt at a call: never null, its constructor callable, no call bound on this. */
  public static boolean rebuildable(NewResults.Plan p) {
    return !p.nullable() && !p.linked() && !p.bindsSelfCalls() && p.getters().isEmpty();
  }

  /**
   * Rewrites in {@code m} each call (on {@code owner}, by name and descriptor) of a method {@code byCallee} plans, frames
   * removed (the caller computes them again); true when one was rewritten.
   */
  public static boolean rewrite(MethodNode m, String owner, Map<String, NewResults.Plan> byCallee) {
    boolean any = false;
    for (AbstractInsnNode n : m.instructions.toArray()) {
      if (!(n instanceof MethodInsnNode call) || !call.owner.equals(owner) || call.name.equals("<init>")) continue;
      NewResults.Plan p = byCallee.get(call.name + call.desc);
      if (p == null) continue;
      int local = m.maxLocals;
      m.maxLocals += 1;
      call.name = p.twinName();
      call.desc = call.desc.substring(0, call.desc.indexOf(')') + 1) + "[D";
      m.instructions.insert(call, rebuild(p, local));
      any = true;
    }
    if (!any) return false;
    for (AbstractInsnNode n : m.instructions.toArray()) {
      if (n instanceof FrameNode) m.instructions.remove(n);
    }
    m.maxStack += 2 * widest(byCallee) + 4;
    return true;
  }

  /** The widest layout among the plans, in stack slots of its arguments. */
  private static int widest(Map<String, NewResults.Plan> byCallee) {
    int most = 0;
    for (NewResults.Plan p : byCallee.values()) most = Math.max(most, p.arity());
    return most;
  }

  /** The {@code double[]} on the stack (kept in {@code local}) made into {@code new C(f[0], ...)} by the layout constructor. */
  private static InsnList rebuild(NewResults.Plan p, int local) {
    InsnList l = new InsnList();
    Type[] types = Type.getArgumentTypes(p.constructorDesc());
    l.add(new VarInsnNode(Opcodes.ASTORE, local));
    l.add(new TypeInsnNode(Opcodes.NEW, p.resultClass()));
    l.add(new InsnNode(Opcodes.DUP));
    for (int k = 0; k < p.arity(); k++) {
      l.add(new VarInsnNode(Opcodes.ALOAD, local));
      l.add(new LdcInsnNode(k));
      l.add(new InsnNode(Opcodes.DALOAD));
      if (types[k].getSort() == Type.FLOAT) l.add(new InsnNode(Opcodes.D2F));
      if (NewResults.counted(types[k])) l.add(new InsnNode(Opcodes.D2I));
    }
    if (MadeLayouts.made(p.constructorDesc())) l.add(new InsnNode(Opcodes.ACONST_NULL)); // its unused Void
    l.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, p.resultClass(), "<init>", p.constructorDesc(), false));
    return l;
  }
}
