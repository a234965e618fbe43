package dev.leibniz.core;

import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Moves a companion generated from a method of another class into the calling ("host") class:
 * its {@code leibniz$} helpers become the host's, and every access to a member the host may not
 * reach directly (not public, or of a class that is not public) becomes an {@code invokedynamic}
 * bootstrapped by the host's {@code leibniz$access} helper, which links it through
 * {@code MethodHandles.privateLookupIn} once per call site.
 */
final class Relocation {
  static final String ACCESS = "access";
  /** Bootstrap of companion calls dispatched on the receiver at run time (Helpers.virtual). */
  static final String VIRTUAL = "virtual";
  /** Bootstrap of dispatched companion calls with fallbacks (Helpers.virtualOr). */
  static final String VIRTUAL_OR = "virtualOr";
  private static final String VIRTUAL_OR_DESC = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
      + "Ljava/lang/invoke/MethodType;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;[Ljava/lang/invoke/MethodHandle;)"
      + "Ljava/lang/invoke/CallSite;";
  /** Name prefix of the placeholder calls that {@link #dispatch} turns into dispatching call sites. */
  static final String DISPATCH_PREFIX = Companions.HELPER_PREFIX + "virtual$";

  /**
   * What a dispatch placeholder made by CalleeOracle stands for: the called method's primal descriptor, and
   * the companions, generated into the host, of the code a receiver without its own companion may run
   * (none for an abstract method of unknown implementations; the declaration's own code for an overridable
   * method with code; each class with shadows' code behind a slot type's abstract method:
   * CalleeOracle.implementationsOf). Each is tried in turn against the receiver's class (Helpers.relinkOr).
   */
  record Dispatch(String primalDesc, List<Fallback> fallbacks) {}

  /**
   * A companion a dispatched call may fall back on: that of {@code owner}'s code for the method, of
   * descriptor {@code desc} (static form: its receiver's shadow is typed as {@code owner}, not as the site's
   * declared type, when {@code owner} is an implementation below a slot type).
   */
  record Fallback(String owner, String desc) {}

  private static final String VIRTUAL_DESC = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
      + "Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;";
  private static final String ACCESS_DESC = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
      + "Ljava/lang/invoke/MethodType;Ljava/lang/String;Ljava/lang/String;I)Ljava/lang/invoke/CallSite;";

  final String host;
  private final boolean hostIsInterface;
  final ClassLibrary library;
  private final java.util.Map<String, Dispatch> dispatchPrimals;

  Relocation(String host, boolean hostIsInterface, ClassLibrary library, java.util.Map<String, Dispatch> dispatchPrimals) {
    this.host = host;
    this.hostIsInterface = hostIsInterface;
    this.library = library;
    this.dispatchPrimals = dispatchPrimals;
  }

  /** True when {@code mn} contains a call site this class made (dispatch or member access). */
  static boolean linksDynamically(MethodNode mn) {
    for (AbstractInsnNode n : mn.instructions) {
      if (n instanceof InvokeDynamicInsnNode && ((InvokeDynamicInsnNode) n).bsm.getName().startsWith(Companions.HELPER_PREFIX)) return true;
    }
    return false;
  }

  /** Rewrites {@code mn} in place; fails when it names a class the host cannot reach. */
  void apply(MethodNode mn, int line) throws NotDifferentiable {
    new Constructors(this, mn, line).rewrite();
    for (AbstractInsnNode n : mn.instructions.toArray()) {
      if (n instanceof MethodInsnNode) {
        MethodInsnNode c = (MethodInsnNode) n;
        if (c.name.startsWith(Companions.HELPER_PREFIX) && !c.owner.equals(host)) {
          c.owner = host;
          c.itf = hostIsInterface;
        } else if (!reachable(c.owner, c.name, c.desc, false) || superCall(c)) {
          if (c.name.startsWith("<")) throw unreachable(line, c.owner, "its constructor");
          mn.instructions.set(c, bridge(c.getOpcode(), c.owner, c.name, c.desc,
              c.getOpcode() == Opcodes.INVOKESTATIC ? c.desc : Companions.staticForm(c.owner, c.desc)));
        }
      } else if (n instanceof FieldInsnNode) {
        FieldInsnNode f = (FieldInsnNode) n;
        if (!reachable(f.owner, f.name, f.desc, true)) {
          mn.instructions.set(f, bridge(f.getOpcode(), f.owner, f.name, f.desc, fieldAccessDesc(f)));
        }
      } else if (n instanceof TypeInsnNode) {
        checkClass(((TypeInsnNode) n).desc, line);
      } else if (n instanceof MultiANewArrayInsnNode) {
        checkClass(((MultiANewArrayInsnNode) n).desc, line);
      } else if (n instanceof LdcInsnNode && ((LdcInsnNode) n).cst instanceof Type) {
        checkClass(((Type) ((LdcInsnNode) n).cst).getDescriptor(), line);
      }
    }
  }

  /**
   * Opcode argument of {@code leibniz$access} for a write of a final instance field: the adjoint of
   * a read of a final {@code double} field accumulates into that field of the adjoint shadow
   * (README, "Objects"), which {@code putfield} may do only in a constructor; the bootstrap links a
   * setter of the field made accessible, as {@code zeroShadow} fills final fields.
   */
  static final int PUTFIELD_FINAL = 0x1000 | Opcodes.PUTFIELD;

  /**
   * Turns each {@code putfield} of a final field in {@code mn} into an {@code invokedynamic} writing
   * it; not a field of {@code self} in a class file before Java 9, where the JVM lets any method of
   * the class write it (and a class before Java 7 has no {@code invokedynamic}).
   */
  void finalWrites(MethodNode mn, ClassNode self) throws NotDifferentiable {
    boolean ownWritable = (self.version & 0xFFFF) < Opcodes.V9;
    for (AbstractInsnNode n : mn.instructions.toArray()) {
      if (n.getOpcode() != Opcodes.PUTFIELD) continue;
      FieldInsnNode f = (FieldInsnNode) n;
      if (ownWritable && f.owner.equals(self.name)) continue;
      ClassNode owner = f.owner.equals(self.name) ? self : library.classNode(f.owner);
      if (owner != null && "java/lang/Record".equals(owner.superName)) throw recordComponentAdjoint(n, f);
      if (isFinal(owner, f.name, f.desc)) {
        mn.instructions.set(f, bridge(PUTFIELD_FINAL, f.owner, f.name, f.desc, fieldAccessDesc(f)));
      }
    }
  }

  /**
   * The adjoint of a read of a record's {@code double} component would accumulate into that
   * component of the record's adjoint shadow, but the JVM lets nothing but the record's constructor
   * write it: {@code unreflectSetter} refuses a record's fields even made accessible (it failed at
   * the first call, a {@code BootstrapMethodError}). Refused where the class loads, with the line.
   */
  private static NotDifferentiable recordComponentAdjoint(AbstractInsnNode n, FieldInsnNode f) {
    int line = -1;
    for (AbstractInsnNode p = n; p != null && line < 0; p = p.getPrevious()) {
      if (p instanceof org.objectweb.asm.tree.LineNumberNode) line = ((org.objectweb.asm.tree.LineNumberNode) p).line;
    }
    String record = JavaSignature.className(f.owner);
    return new NotDifferentiable(line, record + "." + f.name + "()", "reads the " + JavaSignature.type(Type.getType(f.desc))
        + " component " + f.name + " of record " + record + ", whose adjoint would accumulate into " + f.name
        + " of the record's adjoint shadow; a record's fields are final and nothing but its constructor may write them (not"
        + " even reflection), so in reverse mode a record carries derivatives only in the contents of its array components"
        + " and in the objects it holds: pass the component as a double parameter, hold it in a double[] component, or use"
        + " the tangent companion (the tangent reads it from the record's shadow, e.g. new " + record.substring(record.lastIndexOf('.') + 1)
        + "(dx, dy))");
  }

  /** True when {@code c} (or the superclass declaring it) declares field {@code name} final. */
  private boolean isFinal(ClassNode c, String name, String desc) {
    for (int depth = 0; c != null && depth < 64; depth++, c = c.superName == null ? null : library.classNode(c.superName)) {
      Integer access = fieldAccess(c.fields, name, desc);
      if (access != null) return (access & Opcodes.ACC_FINAL) != 0;
    }
    return false;
  }

  /**
   * Turns the placeholder calls {@code leibniz$virtual$m$tangent} (see {@link CalleeOracle}) into
   * {@code invokedynamic m$tangent} sites bootstrapped by the host's {@code leibniz$virtual}, and
   * points the receiver checks of passive calls ({@code Sweep.RUNS_SITE}) at the host's helper.
   */
  void dispatch(MethodNode mn) {
    for (AbstractInsnNode n : mn.instructions.toArray()) {
      if (n instanceof InvokeDynamicInsnNode && ((InvokeDynamicInsnNode) n).bsm.getName().equals(Companions.HELPER_PREFIX
          + dev.leibniz.core.forward.Sweep.RUNS_SITE)) { // a passive call's receiver check: the host's helper
        InvokeDynamicInsnNode d = (InvokeDynamicInsnNode) n;
        d.bsm = new Handle(Opcodes.H_INVOKESTATIC, host, d.bsm.getName(), d.bsm.getDesc(), hostIsInterface);
        continue;
      }
      if (!(n instanceof MethodInsnNode) || !((MethodInsnNode) n).name.startsWith(DISPATCH_PREFIX)) continue;
      MethodInsnNode c = (MethodInsnNode) n;
      String companion = c.name.substring(DISPATCH_PREFIX.length());
      Dispatch d = dispatchPrimals.get(c.owner + "." + c.name + c.desc);
      if (d == null || d.fallbacks().isEmpty()) {
        Handle bsm = new Handle(Opcodes.H_INVOKESTATIC, host, Companions.HELPER_PREFIX + VIRTUAL, VIRTUAL_DESC, hostIsInterface);
        mn.instructions.set(c, new InvokeDynamicInsnNode(companion, erase(c.desc), bsm));
        continue;
      }
      // With fallbacks: the companions of their owners' code, generated into the host, tried in turn
      Object[] args = new Object[3 + d.fallbacks().size()];
      StringBuilder owners = new StringBuilder();
      for (int k = 0; k < d.fallbacks().size(); k++) {
        Fallback f = d.fallbacks().get(k);
        owners.append(k == 0 ? "" : " ").append(f.owner().replace('/', '.'));
        args[3 + k] = new Handle(Opcodes.H_INVOKESTATIC, host, Companions.hostedName(f.owner(), companion), f.desc(), hostIsInterface);
      }
      args[0] = owners.toString();
      args[1] = companion.substring(0, companion.lastIndexOf('$'));
      args[2] = d.primalDesc();
      Handle bsm = new Handle(Opcodes.H_INVOKESTATIC, host, Companions.HELPER_PREFIX + VIRTUAL_OR, VIRTUAL_OR_DESC, hostIsInterface);
      mn.instructions.set(c, new InvokeDynamicInsnNode(companion, erase(c.desc), bsm, args));
    }
  }

  /**
   * A {@code super.m()} call of the moved code: only a subclass may make it with {@code
   * invokespecial}, so the host calls it through {@code leibniz$access} ({@code findSpecial}).
   */
  private boolean superCall(MethodInsnNode c) {
    return c.getOpcode() == Opcodes.INVOKESPECIAL && !c.name.startsWith("<") && !c.owner.equals(host);
  }

  private static String fieldAccessDesc(FieldInsnNode f) {
    switch (f.getOpcode()) {
      case Opcodes.GETSTATIC: return "()" + f.desc;
      case Opcodes.PUTSTATIC: return "(" + f.desc + ")V";
      case Opcodes.GETFIELD: return "(L" + f.owner + ";)" + f.desc;
      default: return "(L" + f.owner + ";" + f.desc + ")V";
    }
  }

  InvokeDynamicInsnNode bridge(int opcode, String owner, String name, String memberDesc, String siteDesc) {
    return link(host, hostIsInterface, opcode, owner, name, memberDesc, erase(siteDesc));
  }

  /**
   * A call site of {@code host} linked by its {@code leibniz$access} to member {@code name} ({@code memberDesc}) of
   * {@code owner}, typed {@code siteDesc} (classes the host may name); {@code opcode} says which kind of member
   * ({@code NEW}: a constructor, the site returning the new object).
   */
  static InvokeDynamicInsnNode link(String host, boolean hostIsInterface, int opcode, String owner, String name, String memberDesc,
      String siteDesc) {
    Handle bsm = new Handle(Opcodes.H_INVOKESTATIC, host, Companions.HELPER_PREFIX + ACCESS, ACCESS_DESC, hostIsInterface);
    return new InvokeDynamicInsnNode(name, siteDesc, bsm, owner.replace('/', '.'), memberDesc, opcode);
  }

  /** The call site's type, with classes the host cannot name replaced by Object (the handle casts). */
  String erase(String desc) {
    Type[] args = Type.getArgumentTypes(desc);
    for (int k = 0; k < args.length; k++) args[k] = erase(args[k]);
    return Type.getMethodDescriptor(erase(Type.getReturnType(desc)), args);
  }

  private Type erase(Type t) {
    Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
    return e.getSort() == Type.OBJECT && !classReachable(e.getInternalName()) ? Type.getType(Object.class) : t;
  }

  private void checkClass(String descOrName, int line) throws NotDifferentiable {
    Type t = descOrName.startsWith("[") || descOrName.endsWith(";") ? Type.getType(descOrName) : Type.getObjectType(descOrName);
    Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
    if (e.getSort() == Type.OBJECT && !classReachable(e.getInternalName())) {
      throw unreachable(line, e.getInternalName(), "the class");
    }
  }

  NotDifferentiable unreachable(int line, String owner, String what) {
    return new NotDifferentiable(line, "", "uses " + what + " of " + JavaSignature.className(owner)
        + ", which " + JavaSignature.className(host) + " cannot reach (not public); give a rule for the method (@DerivativeRules)");
  }

  /**
   * Public classes, and the host's own package: code of the host already names its package's
   * classes (a package-private {@code @Differentiable} class nested next to the host's, found by
   * ObjectFuzzTest, was refused).
   */
  boolean classReachable(String owner) {
    if (owner.equals(host) || ClassLibrary.packageOf(owner).equals(ClassLibrary.packageOf(host))) return true;
    ClassNode c = library.classNode(owner);
    return c == null || (c.access & Opcodes.ACC_PUBLIC) != 0;
  }

  /** True when {@code owner.name} is public in a public class (or unknown, as JDK members are). */
  boolean reachable(String owner, String name, String desc, boolean field) {
    if (owner.equals(host) || owner.startsWith("[")) return true;
    if (!classReachable(owner)) return false;
    for (ClassNode c = library.classNode(owner); c != null; c = c.superName == null ? null : library.classNode(c.superName)) {
      Integer access = field ? fieldAccess(c.fields, name, desc) : methodAccess(c.methods, name, desc);
      if (access != null) return (access & Opcodes.ACC_PUBLIC) != 0;
    }
    return true;
  }

  private static Integer fieldAccess(List<FieldNode> fields, String name, String desc) {
    for (FieldNode f : fields) if (f.name.equals(name) && f.desc.equals(desc)) return f.access;
    return null;
  }

  private static Integer methodAccess(List<MethodNode> methods, String name, String desc) {
    for (MethodNode m : methods) if (m.name.equals(name) && m.desc.equals(desc)) return m.access;
    return null;
  }
}
