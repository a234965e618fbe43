package dev.leibniz.core.objects;

import dev.leibniz.core.ir.FieldPath;
import dev.leibniz.core.ir.FieldRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Sub-objects a constructor makes for its object from nothing its caller gives: {@code this.f = new T(...)} given only
 * constants and the object itself, by a constructor of {@code T} that is blank so ({@link
 * BlankConstructors#subObjectFieldsToZero}). Commons Suncalc's immutable {@code Vector(double x, double y, double z)}
 * with its field initialiser {@code private final Polar polar = new Polar()}, an inner class whose constructor only
 * stores its outer instance and {@code null}s (a cache filled later, on first use). Such a field holds the same thing in
 * every object the constructor makes, whatever the arguments, so a construction from values may keep it: the same
 * constructor given zeros makes the object, whose shadow is that call again ({@link ValuedConstructions}: the shadow's
 * sub-object is made the same way for the shadow, its floating fields then set to 0, {@link #zeroed}). What is written
 * into the sub-object later is written as into any object's fields, in both modes.
 */
public final class MadeFields {
  private MadeFields() {}

  /**
   * {@code this.field = new T(args)} by constructor {@code constructor} of {@code T}: {@code insns} its instructions (the
   * first {@code aload 0} excluded), {@code args} the text of its arguments (to compare two makings), {@code zero} the
   * floating fields of the sub-object, by its own paths, to set to 0 in a shadow; {@code next} the index after it.
   */
  public record Made(FieldRef field, String constructor, String args, List<AbstractInsnNode> insns, List<FieldPath> zero,
      int next) {}

  /**
   * The making of a sub-object at index {@code k} of {@code code} (a constructor's instructions, labels, lines and frames
   * left out), or null: {@code aload 0, new T, dup}, one constant or {@code aload 0} (for a parameter of {@code c}'s type)
   * per parameter, {@code invokespecial T.<init>}, {@code putfield} of a field {@code c} declares, of type exactly {@code
   * T}; {@code T}'s constructor blank given them.
   */
  static Made at(ClassNode c, List<AbstractInsnNode> code, int k, Function<String, ClassNode> classes) {
    if (classes == null || k + 4 >= code.size() || !selfLoad(code.get(k)) || !(code.get(k + 1) instanceof TypeInsnNode n)
        || n.getOpcode() != Opcodes.NEW || code.get(k + 2).getOpcode() != Opcodes.DUP) return null;
    int j = k + 3;
    List<AbstractInsnNode> args = new ArrayList<>();
    while (j < code.size() && (constant(code.get(j)) || selfLoad(code.get(j)))) args.add(code.get(j++));
    if (j + 1 >= code.size() || !(code.get(j) instanceof MethodInsnNode init) || init.getOpcode() != Opcodes.INVOKESPECIAL
        || !init.name.equals("<init>") || !init.owner.equals(n.desc)) return null;
    Type[] ps = Type.getArgumentTypes(init.desc);
    if (ps.length != args.size()) return null;
    StringBuilder text = new StringBuilder();
    for (int a = 0; a < ps.length; a++) {
      boolean self = selfLoad(args.get(a));
      if (self != (ps[a].getSort() == Type.OBJECT && ps[a].getInternalName().equals(c.name))) return null;
      text.append(self ? "this" : constantText(args.get(a))).append(',');
    }
    if (!(code.get(j + 1) instanceof FieldInsnNode put) || put.getOpcode() != Opcodes.PUTFIELD || !put.owner.equals(c.name)
        || !put.desc.equals("L" + n.desc + ";") || instanceField(c, put.name) == null) return null;
    List<FieldPath> zero = BlankConstructors.subObjectFieldsToZero(n.desc, init.desc, c.name, classes);
    if (zero == null) return null;
    List<AbstractInsnNode> insns = new ArrayList<>(code.subList(k + 1, j + 2));
    return new Made(new FieldRef(c.name, put.name, put.desc), init.desc, text.toString(), insns, zero, j + 2);
  }

  /**
   * The sub-objects constructor {@code desc} of {@code c} makes ({@link #at}), following {@code this(...)} to the
   * constructor that calls {@code super(...)}: each made once, before the code branches, its field written nowhere else
   * and read nowhere in that code; an empty list when it makes none; null when a field of such a type is made or written
   * otherwise (then the construction is not known to leave it alike in every object).
   */
  public static List<Made> of(ClassNode c, String desc, Function<String, ClassNode> classes) {
    return of(c, desc, classes, 0);
  }

  private static List<Made> of(ClassNode c, String desc, Function<String, ClassNode> classes, int depth) {
    MethodNode ctor = c == null || depth > 8 ? null : constructor(c, desc);
    if (ctor == null || ctor.instructions.size() == 0) return null;
    List<AbstractInsnNode> code = new ArrayList<>();
    for (AbstractInsnNode n : ctor.instructions) {
      if (n.getOpcode() >= 0) code.add(n);
    }
    List<Made> made = new ArrayList<>();
    java.util.Set<AbstractInsnNode> inMaking = new java.util.HashSet<>();
    boolean branched = false;
    String chained = null;
    for (int k = 0; k < code.size(); k++) {
      AbstractInsnNode n = code.get(k);
      Made m = branched ? null : at(c, code, k, classes);
      if (m != null) {
        made.add(m);
        inMaking.addAll(m.insns());
        k = m.next() - 1;
        continue;
      }
      if (n instanceof org.objectweb.asm.tree.JumpInsnNode || n.getOpcode() == Opcodes.TABLESWITCH
          || n.getOpcode() == Opcodes.LOOKUPSWITCH) branched = true;
      if (n instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKESPECIAL && call.name.equals("<init>")
          && call.owner.equals(c.name)) chained = call.desc;
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Made m : made) {
      if (!names.add(m.field().name())) return null; // made twice
    }
    for (AbstractInsnNode n : code) {
      if (n instanceof FieldInsnNode f && f.owner.equals(c.name) && names.contains(f.name) && !inMaking.contains(n)) return null;
      if (n instanceof TypeInsnNode t && t.getOpcode() == Opcodes.NEW && !inMaking.contains(n) && madeType(c, t.desc)) return null;
    }
    if (chained == null) return made;
    if (!made.isEmpty()) return null; // javac puts field initialisers only where super(...) is called
    return of(c, chained, classes, depth + 1);
  }

  /** The floating fields to set to 0 in the shadow of an object {@code made} sub-objects were made for, under their fields. */
  public static List<FieldPath> zeroed(List<Made> made) {
    List<FieldPath> out = new ArrayList<>();
    for (Made m : made) {
      for (FieldPath p : m.zero()) out.add(p.under(m.field()));
    }
    return out;
  }

  /** True when {@code a} and {@code b} make the same sub-objects alike (same fields, constructors and arguments). */
  public static boolean alike(List<Made> a, List<Made> b) {
    if (a == null || b == null || a.size() != b.size()) return false;
    java.util.Set<String> sa = new java.util.HashSet<>(), sb = new java.util.HashSet<>();
    for (Made m : a) sa.add(m.field() + m.constructor() + m.args());
    for (Made m : b) sb.add(m.field() + m.constructor() + m.args());
    return sa.equals(sb);
  }

  /**
   * True when constructor {@code desc} of {@code c} (and the constructors it chains to with {@code this(...)}) uses its
   * object only as the receiver of field reads and writes, of the {@code this(...)} or {@code super(...)} call, and in
   * the makings of its sub-objects ({@link #of}): no method, array, static or other object gets it, so nothing can read
   * or fill a sub-object while the object is made. Then a split construction ({@link ValuedConstructions#splitComputed})
   * leaves the sub-objects of the temporary as fresh as those of the object made blank, and need not copy them.
   */
  public static boolean keepsSelf(ClassNode c, String desc, Function<String, ClassNode> classes) {
    return keepsSelf(c, desc, classes, 0);
  }

  private static boolean keepsSelf(ClassNode c, String desc, Function<String, ClassNode> classes, int depth) {
    MethodNode ctor = c == null || depth > 8 ? null : constructor(c, desc);
    List<Made> made = ctor == null ? null : of(c, desc, classes);
    if (made == null || !ctor.tryCatchBlocks.isEmpty()) return false;
    java.util.Set<AbstractInsnNode> making = new java.util.HashSet<>();
    for (Made m : made) making.addAll(m.insns());
    org.objectweb.asm.tree.analysis.Frame<org.objectweb.asm.tree.analysis.SourceValue>[] frames;
    try {
      frames = new org.objectweb.asm.tree.analysis.Analyzer<>(new org.objectweb.asm.tree.analysis.SourceInterpreter())
          .analyze(c.name, ctor);
    } catch (org.objectweb.asm.tree.analysis.AnalyzerException e) {
      return false;
    }
    for (int k = 0; k < frames.length; k++) {
      AbstractInsnNode n = ctor.instructions.get(k);
      var f = frames[k];
      if (f == null || n.getOpcode() < 0) continue;
      int top = f.getStackSize();
      switch (n.getOpcode()) {
        case Opcodes.GETFIELD, Opcodes.CHECKCAST, Opcodes.INSTANCEOF, Opcodes.IFNULL, Opcodes.IFNONNULL, Opcodes.POP -> {}
        case Opcodes.PUTFIELD -> {
          if (self(f.getStack(top - 1))) return false; // the object stored
        }
        case Opcodes.INVOKESPECIAL, Opcodes.INVOKEVIRTUAL, Opcodes.INVOKESTATIC, Opcodes.INVOKEINTERFACE -> {
          MethodInsnNode call = (MethodInsnNode) n;
          int values = Type.getArgumentTypes(call.desc).length + (n.getOpcode() == Opcodes.INVOKESTATIC ? 0 : 1);
          boolean chain = call.name.equals("<init>") && (call.owner.equals(c.name) || call.owner.equals(c.superName))
              && self(f.getStack(top - values));
          for (int a = 0; a < values; a++) {
            if (!self(f.getStack(top - values + a))) continue;
            if (a == 0 && chain || a > 0 && making.contains(n)) continue;
            return false;
          }
          if (chain && call.owner.equals(c.name) && !keepsSelf(c, call.desc, classes, depth + 1)) return false;
        }
        default -> {
          // any other instruction that takes the object (a copy, a store, a return, an invokedynamic): refused
          int op = n.getOpcode();
          int copied = switch (op) { // the stack entries a copy takes (a long or double is one entry)
            case Opcodes.DUP -> 1;
            case Opcodes.DUP_X1, Opcodes.DUP2, Opcodes.SWAP -> 2;
            case Opcodes.DUP_X2, Opcodes.DUP2_X1 -> 3;
            case Opcodes.DUP2_X2 -> 4;
            default -> 0;
          };
          var after = k + 1 < frames.length ? frames[k + 1] : null;
          int left = after == null || op == Opcodes.ATHROW || op >= Opcodes.IRETURN && op <= Opcodes.RETURN ? 0 : after.getStackSize();
          for (int d = 0; d < top; d++) {
            if (self(f.getStack(top - 1 - d)) && (copied > 0 ? d < copied : top - 1 - d >= left)) return false;
          }
        }
      }
    }
    return true;
  }

  /** The value may be the constructor's object: one of its sources is {@code aload 0}. */
  private static boolean self(org.objectweb.asm.tree.analysis.SourceValue v) {
    for (AbstractInsnNode s : v.insns) {
      if (selfLoad(s)) return true;
    }
    return false;
  }

  /** True when a field of {@code c} has class {@code type}: a {@code new} of it is a making or an object the field could hold. */
  private static boolean madeType(ClassNode c, String type) {
    for (FieldNode f : c.fields) {
      if ((f.access & Opcodes.ACC_STATIC) == 0 && f.desc.equals("L" + type + ";")) return true;
    }
    return false;
  }

  private static MethodNode constructor(ClassNode c, String desc) {
    for (MethodNode m : c.methods) {
      if (m.name.equals("<init>") && m.desc.equals(desc)) return m;
    }
    return null;
  }

  private static FieldNode instanceField(ClassNode c, String name) {
    for (FieldNode f : c.fields) {
      if (f.name.equals(name) && (f.access & Opcodes.ACC_STATIC) == 0) return f;
    }
    return null;
  }

  private static boolean selfLoad(AbstractInsnNode n) {
    return n instanceof VarInsnNode v && v.getOpcode() == Opcodes.ALOAD && v.var == 0;
  }

  /** A numeric constant: {@code iconst}, {@code lconst}, {@code fconst}, {@code dconst}, {@code bipush}, {@code sipush}, {@code ldc} of a number. */
  private static boolean constant(AbstractInsnNode n) {
    int op = n.getOpcode();
    return op >= Opcodes.ICONST_M1 && op <= Opcodes.DCONST_1 || n instanceof IntInsnNode && op != Opcodes.NEWARRAY
        || n instanceof LdcInsnNode l && l.cst instanceof Number;
  }

  private static String constantText(AbstractInsnNode n) {
    if (n instanceof IntInsnNode i) return "i" + i.operand;
    if (n instanceof LdcInsnNode l) return l.cst.getClass().getSimpleName() + l.cst;
    return "op" + n.getOpcode();
  }
}
