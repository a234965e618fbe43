package dev.leibniz.core.outline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * The reference locals a split method may carry across a cut as their fields (issue 12): the part before the cut
 * stores the object's fields in the {@code double[]} frame, the part after makes a blank object of the same class and
 * writes them back ({@link Outliner}). That is the object itself only when nothing but the local holds it, so a local
 * is carried only when (1) every value stored in it is a {@code new C(...)} of this method, of one class {@code C};
 * (2) every use of it (and of the constructor's {@code this}, and of a parameter it is given to, in the callees,
 * recursively) keeps it nowhere: fields read and written, given to a method (resolved statically: static, private,
 * final, or on the object itself, whose class is exactly {@code C}) that does the same, returned by such a method to a
 * caller that drops or keeps the result under the same rules, null tests, returned at the end; never stored in another
 * local, a field, an array or a static, compared by identity, cast or given to code resolved at run time; (3) {@code C}
 * extends {@code Object}, its instance fields are primitive, not final and writable from the method's class, and its
 * no-argument constructor is accessible and writes nothing but its own fields ({@code BlankConstructors}). Sceneform's
 * {@code Quaternion.eulerAngles}: {@code qX}, {@code qY}, {@code qZ}, each {@code new Quaternion(axis, angle)}, read by
 * {@code Quaternion.multiply}.
 */
final class CarriedObjects {
  /** How to make a carried object again: its class and its fields (name, descriptor), in the class's order. */
  record Layout(String type, List<String[]> fields) {}

  /** Deeper calls than this are taken to keep what they are given. */
  private static final int DEPTH = 6;
  /** Larger methods are not analysed (ASM's {@code Analyzer} keeps a frame per instruction). */
  private static final int MAX_INSNS = 3000;

  private final Function<String, ClassNode> classes;
  private final java.util.function.BiPredicate<String, String> blank;
  private final String from;

  private CarriedObjects(String from, Function<String, ClassNode> classes, java.util.function.BiPredicate<String, String> blank) {
    this.from = from;
    this.classes = classes;
    this.blank = blank;
  }

  /**
   * The locals of {@code method} (of class {@code owner}) that may be carried, by slot; empty when {@code classes} is
   * null. {@code blank}: whether a class's constructor of a descriptor writes nothing but its own object.
   */
  static Map<Integer, Layout> of(String owner, MethodNode method, Function<String, ClassNode> classes,
      java.util.function.BiPredicate<String, String> blank) {
    Map<Integer, Layout> out = new TreeMap<>();
    if (classes == null || method.instructions.size() > MAX_INSNS || !method.tryCatchBlocks.isEmpty()) return out;
    CarriedObjects c = new CarriedObjects(owner, classes, blank);
    Frame<SourceValue>[] frames;
    try {
      frames = new Analyzer<>(new SourceInterpreter()).analyze(owner, method);
    } catch (AnalyzerException | RuntimeException e) {
      return out;
    }
    int params = (Type.getArgumentsAndReturnSizes(method.desc) >> 2) - ((method.access & Opcodes.ACC_STATIC) != 0 ? 1 : 0);
    InsnList code = method.instructions;
    Map<Integer, String> madeIn = new TreeMap<>();
    Set<Integer> refused = new HashSet<>();
    for (int i = 0; i < code.size(); i++) {
      AbstractInsnNode x = code.get(i);
      if (x instanceof VarInsnNode v && v.getOpcode() >= Opcodes.ISTORE && v.getOpcode() < Opcodes.ASTORE) refused.add(v.var);
      if (x instanceof org.objectweb.asm.tree.IincInsnNode n) refused.add(n.var); // the slot holds a number too
      if (!(x instanceof VarInsnNode v) || v.getOpcode() != Opcodes.ASTORE || frames[i] == null) continue;
      String made = madeBy(frames[i].getStack(frames[i].getStackSize() - 1), code, frames);
      if (v.var < params || made == null || madeIn.containsKey(v.var) && !madeIn.get(v.var).equals(made)) refused.add(v.var);
      else madeIn.put(v.var, made);
    }
    for (Map.Entry<Integer, String> e : madeIn.entrySet()) {
      int slot = e.getKey();
      if (refused.contains(slot)) continue;
      Layout layout = c.layout(e.getValue());
      if (layout == null) continue;
      Set<AbstractInsnNode> tracked = new HashSet<>();
      for (int i = 0; i < code.size(); i++) {
        AbstractInsnNode x = code.get(i);
        if (x instanceof VarInsnNode v && v.var == slot && v.getOpcode() == Opcodes.ALOAD) tracked.add(x);
        if (x instanceof VarInsnNode v && v.var == slot && v.getOpcode() == Opcodes.ASTORE && frames[i] != null) {
          tracked.addAll(frames[i].getStack(frames[i].getStackSize() - 1).insns); // the NEW: its DUP goes to <init>
        }
      }
      if (c.confined(code, frames, tracked, slot, e.getValue(), 0, new HashSet<>()) != Use.KEPT) out.put(slot, layout);
    }
    return out;
  }

  /** The class of the {@code NEW} that is the only source of {@code v} (through the {@code DUP} of {@code new C(...)}), or null. */
  private static String madeBy(SourceValue v, InsnList code, Frame<SourceValue>[] frames) {
    if (v.insns.size() != 1) return null;
    AbstractInsnNode x = v.insns.iterator().next();
    if (x.getOpcode() == Opcodes.DUP) { // ASM's copies of a DUP both come from it
      Frame<SourceValue> f = frames[code.indexOf(x)];
      return f == null ? null : madeBy(f.getStack(f.getStackSize() - 1), code, frames);
    }
    return x.getOpcode() == Opcodes.NEW ? ((TypeInsnNode) x).desc : null;
  }

  /** What code does with a tracked reference: keeps it nowhere, may return it, or may keep it. */
  private enum Use { CONFINED, RETURNED, KEPT }

  /**
   * How the code of one method uses the values sourced by {@code tracked} (and their copies), the object being
   * exactly a {@code type}: {@code slot}, the local that may hold it again ({@code -1} in a callee: its parameter,
   * never written).
   */
  private Use confined(InsnList code, Frame<SourceValue>[] frames, Set<AbstractInsnNode> tracked, int slot, String type,
      int depth, Set<String> active) {
    boolean returned = false;
    for (boolean grew = true; grew; ) { // copies (DUP) and results of calls returning it are tracked too
      grew = false;
      returned = false;
      for (int i = 0; i < code.size(); i++) {
        AbstractInsnNode x = code.get(i);
        Frame<SourceValue> f = frames[i];
        if (f == null || x.getOpcode() < 0) continue;
        int pops = pops(x);
        if (pops < 0) { // moves references this analysis does not follow (DUP_X1, SWAP...): the object may go anywhere
          for (int k = 0; k < -pops && k < f.getStackSize(); k++) {
            if (isTracked(f.getStack(f.getStackSize() - 1 - k), tracked)) return Use.KEPT;
          }
          continue;
        }
        for (int k = 0; k < pops; k++) { // k = 0: the top of the stack
          if (!isTracked(f.getStack(f.getStackSize() - 1 - k), tracked)) continue;
          Use u = use(x, k, pops, type, depth, active);
          if (u == Use.KEPT) return Use.KEPT;
          if (u == Use.RETURNED) {
            if (x.getOpcode() == Opcodes.ARETURN) returned = true;
            else if (tracked.add(x)) grew = true; // a DUP's copy, or a call's result that may be the object
          }
          if (x instanceof VarInsnNode v && v.getOpcode() == Opcodes.ASTORE && v.var != slot) return Use.KEPT;
        }
      }
    }
    return returned ? Use.RETURNED : Use.CONFINED;
  }

  private static boolean isTracked(SourceValue v, Set<AbstractInsnNode> tracked) {
    for (AbstractInsnNode x : v.insns) {
      if (tracked.contains(x)) return true;
    }
    return false;
  }

  /** What instruction {@code x} does with the object as its operand {@code k} from the top ({@code pops} operands). */
  private Use use(AbstractInsnNode x, int k, int pops, String type, int depth, Set<String> active) {
    switch (x.getOpcode()) {
      case Opcodes.GETFIELD: case Opcodes.POP: case Opcodes.IFNULL: case Opcodes.IFNONNULL: case Opcodes.ASTORE:
        return Use.CONFINED; // an ASTORE into another local is refused by the caller
      case Opcodes.PUTFIELD:
        return k == 1 ? Use.CONFINED : Use.KEPT;
      case Opcodes.DUP: case Opcodes.ARETURN:
        return Use.RETURNED;
      case Opcodes.INVOKESTATIC: case Opcodes.INVOKEVIRTUAL: case Opcodes.INVOKESPECIAL:
        return call((MethodInsnNode) x, pops - 1 - k, type, depth, active);
      default:
        return Use.KEPT;
    }
  }

  /** What the called method does with its argument {@code arg} (0: the receiver of an instance method), the object a {@code type}. */
  private Use call(MethodInsnNode m, int arg, String type, int depth, Set<String> active) {
    boolean isStatic = m.getOpcode() == Opcodes.INVOKESTATIC;
    if (m.getOpcode() == Opcodes.INVOKESPECIAL && m.name.equals("<init>") && m.owner.equals("java/lang/Object")) return Use.CONFINED;
    if (depth >= DEPTH || m.itf) return Use.KEPT;
    boolean onObject = !isStatic && arg == 0;
    // the object is exactly a type: a virtual call on it runs what type resolves (invokespecial: the method named)
    String owner = onObject && m.getOpcode() == Opcodes.INVOKEVIRTUAL ? type : m.owner;
    MethodNode callee = null;
    ClassNode declaring = null;
    for (ClassNode c = classes.apply(owner); c != null && callee == null; c = c.superName == null ? null : classes.apply(c.superName)) {
      for (MethodNode mn : c.methods) {
        if (mn.name.equals(m.name) && mn.desc.equals(m.desc)) {
          callee = mn;
          declaring = c;
        }
      }
      if (m.getOpcode() == Opcodes.INVOKESPECIAL || isStatic && callee == null) break;
    }
    if (callee == null || callee.instructions.size() == 0 || callee.instructions.size() > MAX_INSNS
        || !callee.tryCatchBlocks.isEmpty() || (callee.access & Opcodes.ACC_NATIVE) != 0) {
      return Use.KEPT;
    }
    boolean bound = isStatic || onObject || m.getOpcode() == Opcodes.INVOKESPECIAL
        || (callee.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL)) != 0 || (declaring.access & Opcodes.ACC_FINAL) != 0;
    if (!bound) return Use.KEPT; // an override may run instead
    String key = declaring.name + "." + callee.name + callee.desc + "#" + arg;
    if (!active.add(key)) return Use.CONFINED; // recursion: what the other calls do decides
    try {
      Frame<SourceValue>[] frames = new Analyzer<>(new SourceInterpreter()).analyze(declaring.name, callee);
      Type[] args = Type.getArgumentTypes(callee.desc);
      int slot = isStatic ? 0 : 1; // the receiver is slot 0 (arg 0 of an instance method)
      if (!isStatic && arg == 0) slot = 0;
      for (int a = 0; a < (isStatic ? arg : arg - 1); a++) slot += args[a].getSize();
      Set<AbstractInsnNode> tracked = new HashSet<>();
      InsnList code = callee.instructions;
      for (int i = 0; i < code.size(); i++) {
        if (code.get(i) instanceof VarInsnNode v && v.var == slot) {
          if (v.getOpcode() == Opcodes.ALOAD) tracked.add(v);
          else return Use.KEPT; // the parameter written: not followed
        }
      }
      return confined(code, frames, tracked, -1, type, depth + 1, active);
    } catch (AnalyzerException | RuntimeException e) {
      return Use.KEPT;
    } finally {
      active.remove(key);
    }
  }

  /**
   * The operands {@code x} takes from the stack, for the instructions that may take a reference; minus the depth of the
   * stack it may move references in, for those not followed; 0 for the others (loads, constants, arithmetic, primitive
   * stores and tests: they take no reference).
   */
  private static int pops(AbstractInsnNode x) {
    int op = x.getOpcode();
    if (x instanceof MethodInsnNode m) return Type.getArgumentTypes(m.desc).length + (op == Opcodes.INVOKESTATIC ? 0 : 1);
    if (x instanceof org.objectweb.asm.tree.InvokeDynamicInsnNode d) return Type.getArgumentTypes(d.desc).length;
    switch (op) {
      case Opcodes.GETFIELD: case Opcodes.POP: case Opcodes.IFNULL: case Opcodes.IFNONNULL: case Opcodes.ASTORE:
      case Opcodes.DUP: case Opcodes.ARETURN: case Opcodes.CHECKCAST: case Opcodes.INSTANCEOF: case Opcodes.ATHROW:
      case Opcodes.MONITORENTER: case Opcodes.MONITOREXIT: case Opcodes.PUTSTATIC: case Opcodes.ARRAYLENGTH:
        return 1;
      case Opcodes.PUTFIELD: case Opcodes.IF_ACMPEQ: case Opcodes.IF_ACMPNE: case Opcodes.AALOAD:
        return 2;
      case Opcodes.AASTORE:
        return 3;
      case Opcodes.POP2: case Opcodes.SWAP: case Opcodes.DUP_X1: case Opcodes.DUP_X2: case Opcodes.DUP2:
      case Opcodes.DUP2_X1: case Opcodes.DUP2_X2:
        return -4;
      default:
        return 0;
    }
  }

  /**
   * The layout of {@code type} made again after a cut: extends {@code Object}, instance fields primitive, not final and
   * writable from the method's class, a blank no-argument constructor callable there; null when it has none.
   */
  private Layout layout(String type) {
    ClassNode c = classes.apply(type);
    if (c == null || !"java/lang/Object".equals(c.superName) || (c.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE)) != 0
        || !visible(c, c.access)) {
      return null;
    }
    List<String[]> fields = new ArrayList<>();
    for (FieldNode f : c.fields) {
      if ((f.access & Opcodes.ACC_STATIC) != 0) continue;
      // a long is not carried: the double[] frame holds it exactly only up to 2^53
      if (f.desc.length() != 1 || f.desc.equals("J") || (f.access & Opcodes.ACC_FINAL) != 0 || !visible(c, f.access)) return null;
      fields.add(new String[] {f.name, f.desc});
    }
    boolean init = false;
    for (MethodNode m : c.methods) {
      init |= m.name.equals("<init>") && m.desc.equals("()V") && visible(c, m.access);
    }
    return init && blank.test(type, "()V") ? new Layout(type, fields) : null;
  }

  /** Whether a member of {@code c} with {@code access} may be used from the method's class. */
  private boolean visible(ClassNode c, int access) {
    if (c.name.equals(from) || (access & Opcodes.ACC_PUBLIC) != 0 && (c.access & Opcodes.ACC_PUBLIC) != 0) return true;
    return (access & Opcodes.ACC_PRIVATE) == 0 && packageOf(c.name).equals(packageOf(from));
  }

  private static String packageOf(String name) {
    return name.lastIndexOf('/') < 0 ? "" : name.substring(0, name.lastIndexOf('/'));
  }
}
