package dev.leibniz.agent;

import dev.leibniz.core.ClassFinder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Which methods the self-check must not re-run: those that change state their caller sees. The
 * check ({@link SelfCheck}) runs a method some twenty times at the caller's point, on copies of its
 * {@code double}/{@code float} arrays (of any rank) and on everything else as given; so a method is
 * left unchecked when it, or any method it calls, of its class or another, writes a static, or a
 * field or array element of anything but an object or array it created itself or such a copied
 * array: an {@code int[]} counter, a workspace object, the receiver's fields, an array held in a
 * field. Objects and arrays passed on to callees are followed (a callee writing its parameter
 * writes what the caller passed). What cannot be read (a class file not found, a native or
 * abstract method, an interface call, a virtual call of a method a subclass may override, a call
 * deeper than {@link #MAX_DEPTH}) counts as writing,
 * but for the JDK's pure numerics ({@code Math}, the boxes, {@code String}) and the array copies
 * whose writes are known. Code from which no path returns normally (building an exception to
 * throw) is not considered: it ends the call with an exception the check does not report.
 *
 * <p>Chosen over snapshotting the arguments around each re-run: a snapshot of an arbitrary object
 * graph (or of a static) is neither cheap nor always possible, and a copy would not be the object
 * the method's own identity checks see. Unchecked is never wrong; a re-run that changes the
 * caller's state is.
 */
final class StateWrites {
  static final int MAX_DEPTH = 8;
  private static final Set<String> PURE_OWNERS = Set.of("java/lang/Math", "java/lang/StrictMath", "java/lang/Double",
      "java/lang/Float", "java/lang/Integer", "java/lang/Long", "java/lang/Short", "java/lang/Byte", "java/lang/Character",
      "java/lang/Boolean", "java/lang/String", "java/util/Objects", "kotlin/jvm/internal/Intrinsics");

  /** What a method writes: state the caller cannot give copies of, and which of its arguments (receiver first). */
  static final class Summary {
    final boolean state;
    final BitSet arguments;

    Summary(boolean state, BitSet arguments) {
      this.state = state;
      this.arguments = arguments;
    }
  }

  private static final Summary STATE = new Summary(true, new BitSet());
  private static final Summary NOTHING = new Summary(false, new BitSet());

  private final ClassNode home;
  private final ClassFinder finder;
  private final Map<String, ClassNode> classes = new HashMap<>();
  /** By {@code owner.name+desc}; {@link #STATE} while being computed (a recursive call counts as writing). */
  private final Map<String, Summary> summaries = new HashMap<>();

  StateWrites(ClassNode home, ClassFinder finder) {
    this.home = home;
    this.finder = finder;
  }

  /**
   * Whether re-running the method {@code name desc} of {@code owner} (internal name, read through
   * {@code finder}) would change state its caller sees; true when it cannot be read.
   */
  static boolean changesCallersState(ClassFinder finder, String owner, String name, String desc) {
    StateWrites reader = new StateWrites(null, finder);
    ClassNode cn = reader.classNode(owner);
    if (cn == null) return true;
    StateWrites states = new StateWrites(cn, finder);
    for (MethodNode m : cn.methods) {
      if (m.name.equals(name) && m.desc.equals(desc)) return states.changesCallersState(m);
    }
    return true;
  }

  /** Whether re-running {@code m} (of the home class) would change state its caller sees. */
  boolean changesCallersState(MethodNode m) {
    Summary s = summary(home, m, 0);
    if (s.state) return true;
    boolean isStatic = (m.access & Opcodes.ACC_STATIC) != 0;
    Type[] args = Type.getArgumentTypes(m.desc);
    for (int k = s.arguments.nextSetBit(0); k >= 0; k = s.arguments.nextSetBit(k + 1)) {
      int param = isStatic ? k : k - 1;
      if (param < 0 || !copiedByTheCheck(args[param])) return true; // the receiver, or an argument the check passes as is
    }
    return false;
  }

  /** {@code double}/{@code float} arrays of any rank: the check runs the method on copies of them. */
  private static boolean copiedByTheCheck(Type t) {
    return t.getSort() == Type.ARRAY && (t.getElementType().getSort() == Type.DOUBLE || t.getElementType().getSort() == Type.FLOAT);
  }

  private Summary summary(ClassNode owner, MethodNode m, int depth) {
    String key = owner.name + "." + m.name + m.desc;
    Summary s = summaries.get(key);
    if (s != null) return s;
    summaries.put(key, STATE);
    s = depth > MAX_DEPTH || m.instructions.size() == 0 ? STATE : new Scan(owner, m, depth).run();
    summaries.put(key, s);
    return s;
  }

  /** The callee of {@code c}, as far as it is known. */
  private Summary callee(MethodInsnNode c, int depth) {
    if (c.owner.startsWith("[")) return NOTHING; // clone() of an array
    if (PURE_OWNERS.contains(c.owner)) return c.name.equals("random") ? STATE : NOTHING;
    if (c.owner.equals("java/lang/Object") && (c.name.equals("<init>") || c.name.equals("getClass"))) return NOTHING;
    if (c.owner.equals("java/lang/System") && c.name.equals("arraycopy")) return writes(2);
    if (c.owner.equals("java/util/Arrays")) return c.name.equals("fill") || c.name.equals("sort") || c.name.equals("setAll") ? writes(0) : NOTHING;
    if (c.getOpcode() == Opcodes.INVOKEINTERFACE) return STATE; // the implementation is not known here
    for (ClassNode k = classNode(c.owner); k != null; k = k.superName == null ? null : classNode(k.superName)) {
      for (MethodNode m : k.methods) {
        if (m.name.equals(c.name) && m.desc.equals(c.desc)) {
          if (c.getOpcode() == Opcodes.INVOKEVIRTUAL && overridable(classNode(c.owner), m)) return STATE; // an override may write
          return (m.access & (Opcodes.ACC_NATIVE | Opcodes.ACC_ABSTRACT)) != 0 ? STATE : summary(k, m, depth + 1);
        }
      }
    }
    return STATE;
  }

  /**
   * Whether a virtual call naming class {@code named} may run another method than {@code m} (the
   * one it resolves to): a subclass loaded later may override it, and the override's writes are
   * not known here (a listener whose own method does nothing, a subclass's that counts).
   */
  private static boolean overridable(ClassNode named, MethodNode m) {
    return (m.access & (Opcodes.ACC_FINAL | Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC)) == 0 && (named.access & Opcodes.ACC_FINAL) == 0;
  }

  private static Summary writes(int argument) {
    BitSet b = new BitSet();
    b.set(argument);
    return new Summary(false, b);
  }

  private ClassNode classNode(String name) {
    if (home != null && name.equals(home.name)) return home;
    if (classes.containsKey(name)) return classes.get(name);
    ClassNode cn = null;
    byte[] bytes = finder.find(name);
    if (bytes != null) {
      try {
        cn = new ClassNode();
        new ClassReader(bytes).accept(cn, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      } catch (RuntimeException e) {
        cn = null;
      }
    }
    classes.put(name, cn);
    return cn;
  }

  /** Where a reference comes from: an argument (its index, receiver first), made in the method, or unknown. */
  private static final int FRESH = -1, UNKNOWN = -2;

  /** One method's scan. */
  private final class Scan {
    private final ClassNode owner;
    private final MethodNode m;
    private final int depth;
    private final AbstractInsnNode[] code;
    private final Map<AbstractInsnNode, Integer> index = new HashMap<>();
    private Frame<SourceValue>[] frames;
    private final List<List<Integer>> successors = new ArrayList<>();
    /** Per local slot of a parameter, its argument index (receiver first); -1 for other slots. */
    private final int[] argumentOf;
    /** Whether the method stores references it did not make into fields or arrays (then what it reads from its own objects is not its own). */
    private boolean storesForeign;
    private boolean state;
    private final BitSet arguments = new BitSet();

    Scan(ClassNode owner, MethodNode m, int depth) {
      this.owner = owner;
      this.m = m;
      this.depth = depth;
      this.code = m.instructions.toArray();
      for (int i = 0; i < code.length; i++) index.put(code[i], i);
      this.argumentOf = new int[Math.max(m.maxLocals, 1) + 1];
      java.util.Arrays.fill(argumentOf, -1);
      int slot = 0, arg = 0;
      if ((m.access & Opcodes.ACC_STATIC) == 0) argumentOf[slot++] = arg++;
      for (Type t : Type.getArgumentTypes(m.desc)) {
        if (slot < argumentOf.length) argumentOf[slot] = arg;
        slot += t.getSize();
        arg++;
      }
    }

    Summary run() {
      for (int i = 0; i < code.length; i++) successors.add(new ArrayList<>());
      try {
        frames = new Analyzer<SourceValue>(new SourceInterpreter()) {
          @Override
          protected void newControlFlowEdge(int from, int to) {
            successors.get(from).add(to);
          }

          @Override
          protected boolean newControlFlowExceptionEdge(int from, int to) {
            successors.get(from).add(to);
            return true;
          }
        }.analyze(owner.name, m);
      } catch (AnalyzerException | RuntimeException e) {
        return STATE;
      }
      boolean[] returns = returning();
      storesForeign = true; // conservative while finding out
      storesForeign = foreignStores(returns);
      for (int i = 0; i < code.length && !state; i++) {
        if (returns[i] && frames[i] != null) visit(code[i], frames[i]);
      }
      return state ? STATE : arguments.isEmpty() ? NOTHING : new Summary(false, arguments);
    }

    /** The instructions from which a normal return can be reached. */
    private boolean[] returning() {
      List<List<Integer>> predecessors = new ArrayList<>();
      for (int i = 0; i < code.length; i++) predecessors.add(new ArrayList<>());
      ArrayDeque<Integer> work = new ArrayDeque<>();
      boolean[] reaches = new boolean[code.length];
      for (int i = 0; i < code.length; i++) {
        for (int s : successors.get(i)) predecessors.get(s).add(i);
        int op = code[i].getOpcode();
        if (op >= Opcodes.IRETURN && op <= Opcodes.RETURN && frames[i] != null) {
          reaches[i] = true;
          work.add(i);
        }
      }
      while (!work.isEmpty()) {
        for (int p : predecessors.get(work.remove())) {
          if (!reaches[p]) {
            reaches[p] = true;
            work.add(p);
          }
        }
      }
      return reaches;
    }

    private boolean foreignStores(boolean[] returns) {
      for (int i = 0; i < code.length; i++) {
        if (!returns[i] || frames[i] == null) continue;
        int op = code[i].getOpcode();
        boolean refField = op == Opcodes.PUTFIELD && isReference(((FieldInsnNode) code[i]).desc);
        if (op == Opcodes.AASTORE || refField) {
          for (int origin : origins(top(frames[i], 0), new HashSet<>())) {
            if (origin != FRESH) return true;
          }
        }
      }
      return false;
    }

    private void visit(AbstractInsnNode n, Frame<SourceValue> f) {
      int op = n.getOpcode();
      if (op == Opcodes.PUTSTATIC) {
        state = true;
      } else if (op == Opcodes.PUTFIELD) {
        written(top(f, 1));
      } else if (op >= Opcodes.IASTORE && op <= Opcodes.SASTORE) {
        written(top(f, 2));
      } else if (n instanceof InvokeDynamicInsnNode) {
        String factory = ((InvokeDynamicInsnNode) n).bsm.getOwner();
        state |= !factory.equals("java/lang/invoke/LambdaMetafactory") && !factory.equals("java/lang/invoke/StringConcatFactory");
      } else if (n instanceof MethodInsnNode) {
        MethodInsnNode c = (MethodInsnNode) n;
        Summary s = callee(c, depth);
        if (s.state) {
          state = true;
          return;
        }
        int count = Type.getArgumentTypes(c.desc).length + (op == Opcodes.INVOKESTATIC ? 0 : 1);
        for (int k = s.arguments.nextSetBit(0); k >= 0; k = s.arguments.nextSetBit(k + 1)) {
          if (k < count) written(top(f, count - 1 - k));
        }
      }
    }

    /** The object or array {@code v} is written: the arguments it may be are, anything else not made here is state. */
    private void written(SourceValue v) {
      for (int origin : origins(v, new HashSet<>())) {
        if (origin == UNKNOWN) state = true;
        else if (origin >= 0) arguments.set(origin);
      }
    }

    /** Where the reference {@code v} may come from ({@link #FRESH}, {@link #UNKNOWN} or argument indices). */
    private Set<Integer> origins(SourceValue v, Set<AbstractInsnNode> seen) {
      Set<Integer> out = new HashSet<>();
      if (v.insns.isEmpty()) out.add(UNKNOWN);
      for (AbstractInsnNode n : v.insns) {
        if (!seen.add(n)) continue;
        Integer at = index.get(n);
        Frame<SourceValue> f = at == null ? null : frames[at];
        int op = n.getOpcode();
        if (f == null) {
          out.add(UNKNOWN);
        } else if (op == Opcodes.ALOAD) {
          int var = ((VarInsnNode) n).var;
          if (var < argumentOf.length && argumentOf[var] >= 0) out.add(argumentOf[var]); // even if reassigned: flow-insensitive
          for (AbstractInsnNode store : f.getLocal(var).insns) {
            Integer s = index.get(store);
            if (s != null && frames[s] != null) out.addAll(origins(top(frames[s], 0), seen));
          }
        } else if (op == Opcodes.NEW || op == Opcodes.NEWARRAY || op == Opcodes.ANEWARRAY || op == Opcodes.MULTIANEWARRAY
            || op == Opcodes.ACONST_NULL || op == Opcodes.LDC) {
          out.add(FRESH);
        } else if (op == Opcodes.CHECKCAST || op == Opcodes.DUP || op == Opcodes.DUP_X1 || op == Opcodes.DUP_X2) {
          out.addAll(origins(top(f, 0), seen));
        } else if (op == Opcodes.AALOAD || op == Opcodes.GETFIELD) {
          // what an argument holds is the argument's; what an object made here holds is its own unless others' were stored
          for (int o : origins(top(f, op == Opcodes.AALOAD ? 1 : 0), seen)) out.add(o == FRESH && storesForeign ? UNKNOWN : o);
        } else if (n instanceof MethodInsnNode && returnsFresh((MethodInsnNode) n)) {
          out.add(FRESH);
        } else {
          out.add(UNKNOWN); // a static, a call's result, a local made otherwise
        }
      }
      return out;
    }
  }

  private static boolean returnsFresh(MethodInsnNode c) {
    return c.owner.startsWith("[") && c.name.equals("clone")
        || c.owner.equals("java/util/Arrays") && (c.name.startsWith("copyOf"));
  }

  private static boolean isReference(String desc) {
    return desc.startsWith("L") || desc.startsWith("[");
  }

  /** The stack entry {@code below} entries under the top of {@code f}. */
  private static SourceValue top(Frame<SourceValue> f, int below) {
    return f.getStack(f.getStackSize() - 1 - below);
  }
}
