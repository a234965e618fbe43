package dev.leibniz.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Interpreter;
import org.objectweb.asm.tree.analysis.Value;

/**
 * Whether the array a private field holds may leave the classes that can name the field (its
 * declaring class and nest mates): a getter returning it ({@code weights() { return W; }}), a call
 * it is passed to, a field or array it is stored into, a comparison. Such an array may reach a
 * caller that passes it back as a parameter, so reads of the field are reads of that parameter.
 * The field's every load in those classes is followed (through locals, copies, casts and the rows
 * of a higher rank) to its uses; element loads and stores, {@code arraylength}, {@code clone()} and
 * null tests keep it inside. Code that cannot be read or analysed counts as letting it escape.
 */
final class EscapingFields {
  private final ClassLibrary library;
  private final Map<String, Boolean> known = new HashMap<>();

  EscapingFields(ClassLibrary library) {
    this.library = library;
  }

  /** True unless every use of private field {@code owner.name} in its nest keeps its array inside. */
  boolean mayEscape(ClassNode declaring, String name, String desc) {
    return known.computeIfAbsent(declaring.name + "." + name + " " + desc, k -> scan(declaring, name, desc));
  }

  private boolean scan(ClassNode declaring, String name, String desc) {
    List<ClassNode> nest = nestOf(declaring);
    if (nest == null) return true;
    for (ClassNode c : nest) {
      for (MethodNode m : c.methods) {
        if (loadsField(m, declaring.name, name, desc) && escapesIn(c.name, m, declaring.name, name, desc)) return true;
      }
    }
    return false;
  }

  /** The declaring class and its nest mates, or null when one of them cannot be read. */
  private List<ClassNode> nestOf(ClassNode declaring) {
    String hostName = declaring.nestHostClass != null ? declaring.nestHostClass : declaring.name;
    ClassNode host = hostName.equals(declaring.name) ? declaring : library.classNode(hostName);
    if (host == null) return null;
    List<ClassNode> nest = new ArrayList<>();
    nest.add(host);
    if (host.nestMembers != null) {
      for (String member : host.nestMembers) {
        ClassNode c = member.equals(declaring.name) ? declaring : library.classNode(member);
        if (c == null) return null;
        nest.add(c);
      }
    }
    return nest;
  }

  private static boolean loadsField(MethodNode m, String owner, String name, String desc) {
    for (AbstractInsnNode n : m.instructions) {
      if (isLoadOf(n, owner, name, desc)) return true;
    }
    return false;
  }

  private static boolean isLoadOf(AbstractInsnNode n, String owner, String name, String desc) {
    if (n.getOpcode() != Opcodes.GETSTATIC && n.getOpcode() != Opcodes.GETFIELD) return false;
    FieldInsnNode f = (FieldInsnNode) n;
    return f.owner.equals(owner) && f.name.equals(name) && f.desc.equals(desc);
  }

  private static boolean escapesIn(String className, MethodNode m, String owner, String name, String desc) {
    Uses uses = new Uses(owner, name, desc);
    try {
      new Analyzer<>(uses).analyze(className, m);
    } catch (AnalyzerException | RuntimeException e) {
      return true;
    }
    return uses.escapes;
  }

  /** A value on the stack or in a local, and whether it may be the field's array (or one of its rows). */
  private static final class Held implements Value {
    static final Held[] PLAIN = {null, new Held(1, false), new Held(2, false)};
    static final Held FIELD = new Held(1, true);
    final int size;
    final boolean field;

    private Held(int size, boolean field) {
      this.size = size;
      this.field = field;
    }

    static Held plain(int size) {
      return PLAIN[size];
    }

    @Override
    public int getSize() {
      return size;
    }
  }

  /** Follows the field's array through one method, noting any use that lets it out. */
  private static final class Uses extends Interpreter<Held> {
    private final String owner;
    private final String name;
    private final String desc;
    boolean escapes;

    Uses(String owner, String name, String desc) {
      super(Opcodes.ASM9);
      this.owner = owner;
      this.name = name;
      this.desc = desc;
    }

    @Override
    public Held newValue(Type type) {
      if (type == Type.VOID_TYPE) return null;
      return Held.plain(type == null ? 1 : type.getSize());
    }

    @Override
    public Held newOperation(AbstractInsnNode insn) {
      if (isLoadOf(insn, owner, name, desc)) return Held.FIELD;
      return Held.plain(sizeOf(insn));
    }

    @Override
    public Held copyOperation(AbstractInsnNode insn, Held value) {
      return value; // loads and stores of locals, dup, swap
    }

    @Override
    public Held unaryOperation(AbstractInsnNode insn, Held value) {
      int op = insn.getOpcode();
      if (op == Opcodes.GETFIELD && isLoadOf(insn, owner, name, desc)) return Held.FIELD;
      if (op == Opcodes.CHECKCAST) return value;
      if (value.field && op != Opcodes.ARRAYLENGTH && op != Opcodes.IFNULL && op != Opcodes.IFNONNULL
          && op != Opcodes.GETFIELD) {
        escapes = true; // areturn is returnOperation; putstatic, athrow, monitorenter, instanceof
      }
      return Held.plain(sizeOf(insn));
    }

    @Override
    public Held binaryOperation(AbstractInsnNode insn, Held array, Held second) {
      int op = insn.getOpcode();
      if (op == Opcodes.AALOAD) return array.field ? Held.FIELD : Held.plain(1); // a row
      if (op >= Opcodes.IALOAD && op <= Opcodes.SALOAD) return Held.plain(sizeOf(insn));
      if (array.field || second.field) escapes = true; // putfield of it, if_acmp
      return Held.plain(sizeOf(insn));
    }

    @Override
    public Held ternaryOperation(AbstractInsnNode insn, Held array, Held index, Held value) {
      if (value.field) escapes = true; // stored into an array
      return null;
    }

    @Override
    public Held naryOperation(AbstractInsnNode insn, List<? extends Held> values) {
      boolean copy = insn instanceof MethodInsnNode && ((MethodInsnNode) insn).owner.startsWith("[")
          && ((MethodInsnNode) insn).name.equals("clone");
      for (Held v : values) {
        if (v.field && !copy) escapes = true; // passed to a method
      }
      return newValue(returnTypeOf(insn));
    }

    @Override
    public void returnOperation(AbstractInsnNode insn, Held value, Held expected) {
      if (value.field) escapes = true;
    }

    @Override
    public Held merge(Held a, Held b) {
      if (a.field || !b.field) return a;
      return b.size == a.size ? b : new Held(a.size, true);
    }

    private static Type returnTypeOf(AbstractInsnNode insn) {
      if (insn instanceof MethodInsnNode) return Type.getReturnType(((MethodInsnNode) insn).desc);
      if (insn instanceof org.objectweb.asm.tree.InvokeDynamicInsnNode) {
        return Type.getReturnType(((org.objectweb.asm.tree.InvokeDynamicInsnNode) insn).desc);
      }
      return Type.getObjectType("java/lang/Object"); // multianewarray
    }

    private static int sizeOf(AbstractInsnNode insn) {
      switch (insn.getOpcode()) {
        case Opcodes.LCONST_0: case Opcodes.LCONST_1: case Opcodes.DCONST_0: case Opcodes.DCONST_1:
        case Opcodes.LALOAD: case Opcodes.DALOAD:
        case Opcodes.LADD: case Opcodes.DADD: case Opcodes.LSUB: case Opcodes.DSUB: case Opcodes.LMUL:
        case Opcodes.DMUL: case Opcodes.LDIV: case Opcodes.DDIV: case Opcodes.LREM: case Opcodes.DREM:
        case Opcodes.LNEG: case Opcodes.DNEG: case Opcodes.LSHL: case Opcodes.LSHR: case Opcodes.LUSHR:
        case Opcodes.LAND: case Opcodes.LOR: case Opcodes.LXOR:
        case Opcodes.I2L: case Opcodes.I2D: case Opcodes.L2D: case Opcodes.F2L: case Opcodes.F2D: case Opcodes.D2L:
          return 2;
        case Opcodes.LDC: {
          Object c = ((org.objectweb.asm.tree.LdcInsnNode) insn).cst;
          return c instanceof Long || c instanceof Double ? 2 : 1;
        }
        case Opcodes.GETSTATIC: case Opcodes.GETFIELD:
          return Type.getType(((FieldInsnNode) insn).desc).getSize();
        default:
          return 1;
      }
    }
  }
}
