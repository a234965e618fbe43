package dev.leibniz.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * A companion call dispatches like the primal call only when every override has a companion of
 * its own. A subclass the agent never transformed (another class loader, loaded before the agent,
 * left out of a build-time transformation, a transformation that failed) inherits the overridden
 * method's companion, which would silently give the base's derivative for the override's code.
 * So the companion of an overridable method starts with a check of its receiver's class: its own
 * class passes at the cost of a comparison; another class is checked once per class at an
 * {@code invokedynamic} site (Helpers.overrideSite), which passes classes that inherit this very
 * method and, for one that runs an override without companions, hands back the override's
 * companion generated at its first call (docs/architecture.md, "Companions at first dispatch"),
 * which the companion then calls and returns, or fails naming the class.
 */
final class OverrideGuards {
  static final String SITE = "overrideSite";
  static final String CHECK = "checkOverrideOf";
  private static final String SITE_DESC = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
      + "Ljava/lang/invoke/MethodType;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)Ljava/lang/invoke/CallSite;";
  private static final String CHECK_DESC = "(Ljava/lang/Object;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)V";

  private OverrideGuards() {}

  /**
   * Adds the check to each of {@code out} that is a contract companion ({@code m$tangent}, the
   * {@code m$adjoint} entry, the second order {@code m$adjoint$tangent}) of an overridable method
   * of the class. The first two are taken from the modes' own results (their descriptors depend on
   * the class's objects: README, "Objects"), the second order by name and plain descriptor.
   */
  static void apply(SourceClass source, List<MethodNode> out, ModeUnit tangent, ModeUnit adjoint) {
    Map<MethodNode, MethodNode> primals = new java.util.IdentityHashMap<>();
    Map<String, MethodNode> secondOrder = new HashMap<>();
    for (MethodNode m : overridable(source)) {
      String key = m.name + m.desc;
      for (MethodNode c : new MethodNode[] {tangent.companion(key), tangent.companion(key + ModeUnit.ENTRY),
          adjoint.companion(key + ModeUnit.ENTRY), adjoint.companion(key)}) {
        if (c != null && (c.name.equals(Companions.tangentName(m.name)) || c.name.equals(Companions.adjointName(m.name)))) {
          primals.put(c, m);
        }
      }
      secondOrder.put(Companions.adjointName(m.name) + Companions.TANGENT + Companions.tangentDesc(Companions.adjointDesc(m.desc)), m);
    }
    for (MethodNode mn : out) {
      MethodNode primal = primals.containsKey(mn) ? primals.get(mn) : secondOrder.get(mn.name + mn.desc);
      if (primal != null && (mn.access & (Opcodes.ACC_STATIC | Opcodes.ACC_ABSTRACT | Opcodes.ACC_PRIVATE)) == 0) {
        mn.instructions.insert(prologue(source, primal, mn.name, mn.desc));
      }
    }
  }

  /** The marked methods and dispatched helpers that a subclass may override: not static, private or final, in a class that is not final. */
  private static List<MethodNode> overridable(SourceClass source) {
    List<MethodNode> out = new java.util.ArrayList<>();
    if ((source.cn.access & Opcodes.ACC_FINAL) != 0) return out;
    Set<String> keys = new java.util.LinkedHashSet<>(source.marked);
    keys.addAll(source.dispatchedHelpers);
    for (String key : keys) {
      MethodNode m = source.methods.get(key);
      if (m != null && (m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL | Opcodes.ACC_ABSTRACT)) == 0
          && !m.name.startsWith("<")) {
        out.add(m);
      }
    }
    return out;
  }

  private static InsnList prologue(SourceClass source, MethodNode primal, String companion, String companionDesc) {
    InsnList code = new InsnList();
    String owner = source.cn.name;
    if ((source.cn.version & 0xFFFF) < Opcodes.V1_7) { // no invokedynamic: the check on every call from another class
      code.add(new VarInsnNode(Opcodes.ALOAD, 0));
      code.add(new LdcInsnNode(owner.replace('/', '.')));
      code.add(new LdcInsnNode(companion));
      code.add(new LdcInsnNode(primal.name));
      code.add(new LdcInsnNode(primal.desc));
      code.add(new LdcInsnNode(companionDesc));
      code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, owner, Companions.HELPER_PREFIX + CHECK, CHECK_DESC, source.isInterface));
      return code;
    }
    LabelNode own = new LabelNode();
    if (!source.isInterface) { // an interface is never a receiver's class
      code.add(new VarInsnNode(Opcodes.ALOAD, 0));
      code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false));
      code.add(new LdcInsnNode(Type.getObjectType(owner)));
      code.add(new JumpInsnNode(Opcodes.IF_ACMPEQ, own));
    }
    code.add(new VarInsnNode(Opcodes.ALOAD, 0));
    Handle bsm = new Handle(Opcodes.H_INVOKESTATIC, owner, Companions.HELPER_PREFIX + SITE, SITE_DESC, source.isInterface);
    code.add(new InvokeDynamicInsnNode(companion, "(L" + owner + ";)" + HANDLE, bsm, primal.name, primal.desc, companionDesc));
    // null: this companion is the one the receiver's class runs; else the override's, generated at its first call
    LabelNode here = new LabelNode();
    code.add(new InsnNode(Opcodes.DUP));
    code.add(new JumpInsnNode(Opcodes.IFNULL, here));
    code.add(new VarInsnNode(Opcodes.ALOAD, 0));
    int slot = 1;
    for (Type t : Type.getArgumentTypes(companionDesc)) {
      code.add(new VarInsnNode(t.getOpcode(Opcodes.ILOAD), slot));
      slot += t.getSize();
    }
    String exact = "(L" + owner + ";" + companionDesc.substring(1);
    code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/invoke/MethodHandle", "invokeExact", exact, false));
    code.add(new InsnNode(Type.getReturnType(companionDesc).getOpcode(Opcodes.IRETURN)));
    code.add(here);
    code.add(new InsnNode(Opcodes.POP));
    code.add(own);
    return code;
  }

  private static final String HANDLE = "Ljava/lang/invoke/MethodHandle;";
}
