package dev.leibniz.core.lift;

import static org.objectweb.asm.Opcodes.*;

import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.rules.MathRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Lifts a method's bytecode into an SSA {@link Graph}. First the block map: leaders at the entry,
 * at branch targets and after branches; {@link LeaderFrames} gives the frame at each leader
 * (which locals and stack slots hold a value there). Then the blocks are walked in reverse
 * post-order, simulating the operand stack over {@link Value}s; a block with one predecessor
 * starts from that predecessor's exit state, any other gets a phi per live slot, filled once all
 * blocks are walked. Trivial and unused phis are removed at the end.
 */
public final class Lifter {
  private final String owner;
  private final MethodNode method;
  private final Graph graph;
  private final Builder b;
  private final InsnList code;
  private Frame<BasicValue>[] frames;
  private final Map<Integer, Block> blockAt = new HashMap<>();
  private final Map<Block, int[]> range = new HashMap<>();
  private final Map<Block, State> exit = new HashMap<>();
  private final Map<Phi, Integer> phiSlot = new java.util.LinkedHashMap<>();
  /** How many CFG edges enter each block (known before the walk adds them). */
  private final Map<Block, Integer> predCount = new HashMap<>();
  private int line = -1;

  /** The locals and the operand stack at one point; wide values fill one slot and leave a null. */
  private static final class State {
    final Value[] locals;
    final List<Value> stack;

    State(Value[] locals, List<Value> stack) {
      this.locals = locals;
      this.stack = stack;
    }

    State copy() {
      return new State(locals.clone(), new ArrayList<>(stack));
    }
  }

  /** The recovering catches made into paths ({@link RecoveringHandlers}), or null. */
  private final RecoveringHandlers.Rewritten recovering;

  private Lifter(String owner, MethodNode method, RecoveringHandlers.Rewritten recovering) {
    this.recovering = recovering;
    this.owner = owner;
    this.method = method;
    this.graph = new Graph(owner, method.name, method.desc, method.access);
    this.b = new Builder(graph, null);
    this.code = method.instructions;
  }

  /** Lifts {@code method} of class {@code owner} (an internal name). */
  public static Graph lift(String owner, MethodNode method) throws NotDifferentiable {
    method = LocalDoubleLists.rewrite(owner, method); // a local List<Double> becomes a double[] and its size
    RecoveringHandlers.Rewritten recovering = RecoveringHandlers.rewrite(method);
    return new Lifter(owner, recovering == null ? method : recovering.method(), recovering).run();
  }

  private Graph run() throws NotDifferentiable {
    if ((method.access & (ACC_ABSTRACT | ACC_NATIVE)) != 0) {
      throw new NotDifferentiable(-1, "", "the method has no bytecode (abstract or native)");
    }
    for (AbstractInsnNode n : code) {
      if (n.getOpcode() == JSR || n.getOpcode() == RET) {
        throw new NotDifferentiable(lineOf(n), InsnText.of(n), "subroutines (JSR/RET, emitted by compilers of Java 1.4 and"
            + " earlier for finally blocks) are not supported; recompile the class with a current javac");
      }
      if (n.getOpcode() == MONITORENTER) {
        if (recovering != null) {
          throw new NotDifferentiable(lineOf(n), InsnText.of(n), "a synchronized block in a method with a recovering catch is"
              + " not supported; move one of them into a method of its own");
        }
        SynchronizedBlocks.check(method, n);
      }
    }
    ExceptionHandlers.check(method, this::lineOf, recovering == null ? java.util.Set.of() : recovering.handlers()); // handlers that end by throwing are left out: not reached below
    boolean[] leader = LeaderFrames.leaders(code);
    try {
      frames = LeaderFrames.of(owner, method, leader);
    } catch (AnalyzerException e) {
      AbstractInsnNode at = e.node;
      throw new NotDifferentiable(lineOf(at), InsnText.of(at), "the bytecode does not verify: " + e.getMessage());
    }
    Block entry = graph.newBlock();
    b.at(entry);
    State start = parameters();
    findBlocks(leader);
    Block first = blockAt.get(0);
    b.at(entry);
    b.jump(first);
    exit.put(entry, start);
    List<Block> rpo = reversePostOrder(entry);
    predCount.put(first, 1);
    for (Block block : rpo) {
      if (block != entry) {
        for (Block s : successorsOf(block)) predCount.merge(s, 1, Integer::sum);
      }
    }
    for (Block block : rpo) {
      if (block != entry) {
        walk(block);
      }
    }
    fillPhis();
    graph.blocks.removeIf(x -> x != entry && !exit.containsKey(x));
    PhiCleaner.clean(graph);
    BitIdioms.rewrite(graph);
    Unboxing.rewrite(graph);
    return graph;
  }

  private State parameters() {
    Value[] locals = new Value[Math.max(method.maxLocals, 1)];
    int slot = 0;
    int index = 0;
    if ((method.access & ACC_STATIC) == 0) {
      Insn self = b.add(Op.PARAM, Type.getObjectType(owner), index++);
      graph.params.add(self);
      locals[slot++] = self;
    }
    for (Type t : Type.getArgumentTypes(method.desc)) {
      Insn p = b.add(Op.PARAM, Types.stackType(t), index++);
      graph.params.add(p);
      locals[slot] = p;
      slot += t.getSize();
    }
    return new State(locals, new ArrayList<>());
  }


  private void findBlocks(boolean[] leader) {
    int begin = 0;
    for (int i = 1; i <= code.size(); i++) {
      if (leader[i] || i == code.size()) {
        if (frames[begin] != null) {
          Block block = graph.newBlock();
          blockAt.put(begin, block);
          range.put(block, new int[] {begin, i});
        }
        begin = i;
      }
    }
  }

  private static boolean isExit(int opcode) {
    return (opcode >= IRETURN && opcode <= RETURN) || opcode == ATHROW;
  }

  private List<Block> successorsOf(Block block) {
    int[] r = range.get(block);
    int lastIndex = r[1] - 1;
    AbstractInsnNode last = code.get(lastIndex);
    while (last.getOpcode() < 0 && lastIndex > r[0]) {
      last = code.get(--lastIndex);
    }
    List<Block> out = new ArrayList<>();
    int op = last.getOpcode();
    if (last instanceof JumpInsnNode) {
      out.add(blockAt.get(code.indexOf(((JumpInsnNode) last).label)));
      if (op != GOTO) {
        out.add(blockAt.get(r[1]));
      }
    } else if (last instanceof TableSwitchInsnNode) {
      ((TableSwitchInsnNode) last).labels.forEach(l -> out.add(blockAt.get(code.indexOf(l))));
      out.add(blockAt.get(code.indexOf(((TableSwitchInsnNode) last).dflt)));
    } else if (last instanceof LookupSwitchInsnNode) {
      ((LookupSwitchInsnNode) last).labels.forEach(l -> out.add(blockAt.get(code.indexOf(l))));
      out.add(blockAt.get(code.indexOf(((LookupSwitchInsnNode) last).dflt)));
    } else if (!isExit(op)) {
      out.add(blockAt.get(r[1]));
    }
    return out;
  }

  private List<Block> reversePostOrder(Block entry) {
    List<Block> post = new ArrayList<>();
    Map<Block, Boolean> seen = new HashMap<>();
    // Iterative DFS: the stack holds a block and how many of its successors have been visited.
    List<Object[]> stack = new ArrayList<>();
    seen.put(entry, true);
    stack.add(new Object[] {entry, 0});
    while (!stack.isEmpty()) {
      Object[] top = stack.get(stack.size() - 1);
      Block blk = (Block) top[0];
      List<Block> succ = blk == entry ? List.of(blockAt.get(0)) : successorsOf(blk);
      int i = (Integer) top[1];
      if (i < succ.size()) {
        top[1] = i + 1;
        Block s = succ.get(i);
        if (seen.putIfAbsent(s, true) == null) {
          stack.add(new Object[] {s, 0});
        }
      } else {
        stack.remove(stack.size() - 1);
        post.add(blk);
      }
    }
    java.util.Collections.reverse(post);
    return post;
  }

  private void walk(Block block) throws NotDifferentiable {
    int[] r = range.get(block);
    State s = entryState(block, r[0]);
    b.at(block);
    for (int i = r[0]; i < r[1]; i++) {
      AbstractInsnNode n = code.get(i);
      if (n instanceof LineNumberNode) {
        line = ((LineNumberNode) n).line;
        continue;
      }
      if (n.getOpcode() < 0) {
        continue;
      }
      step(n, s);
    }
    if (block.terminator == null) {
      b.jump(blockAt.get(r[1]));
    }
    exit.put(block, s);
  }

  private State entryState(Block block, int index) {
    if (predCount.getOrDefault(block, 0) == 1 && block.preds.size() == 1) {
      return exit.get(block.preds.get(0)).copy();
    }
    Frame<BasicValue> f = frames[index];
    Value[] locals = new Value[Math.max(method.maxLocals, 1)];
    for (int i = 0; i < f.getLocals(); i++) {
      BasicValue v = f.getLocal(i);
      if (v != null && v != BasicValue.UNINITIALIZED_VALUE && v.getType() != null) {
        locals[i] = newPhi(block, v, i);
      }
    }
    List<Value> stack = new ArrayList<>();
    for (int i = 0; i < f.getStackSize(); i++) {
      stack.add(newPhi(block, f.getStack(i), -1 - i));
    }
    return new State(locals, stack);
  }

  private Phi newPhi(Block block, BasicValue v, int slot) {
    Type t = v.isReference() ? Types.OBJECT : v.getType();
    Phi p = graph.newPhi(block, t);
    phiSlot.put(p, slot);
    return p;
  }

  private void fillPhis() throws NotDifferentiable {
    for (Map.Entry<Phi, Integer> e : phiSlot.entrySet()) {
      Phi p = e.getKey();
      int slot = e.getValue();
      for (Block pred : p.block.preds) {
        State s = exit.get(pred);
        Value in = slot >= 0 ? s.locals[slot] : s.stack.get(-1 - slot);
        if (in == null) {
          throw new NotDifferentiable(line, "", "internal: no value for local " + slot + " entering " + p.block);
        }
        p.inputs.add(in);
      }
    }
  }

  private int lineOf(AbstractInsnNode n) {
    for (AbstractInsnNode x = n; x != null; x = x.getPrevious()) {
      if (x instanceof LineNumberNode) {
        return ((LineNumberNode) x).line;
      }
    }
    for (AbstractInsnNode x = n; x != null; x = x.getNext()) {
      if (x instanceof LineNumberNode) {
        return ((LineNumberNode) x).line;
      }
    }
    return -1;
  }

  private Insn emit(AbstractInsnNode n, Op op, Type type, Object attr, Value... args) {
    Insn i = b.add(op, type, attr, args);
    i.line = line;
    i.origin = n;
    return i;
  }

  private void terminate(AbstractInsnNode n, Op op, Object attr, List<Block> targets, Value... args) {
    Insn t = b.terminate(op, attr, targets.toArray(new Block[0]), args);
    t.line = line;
    t.origin = n;
  }

  private NotDifferentiable unsupported(AbstractInsnNode n, String reason) {
    return new NotDifferentiable(line, InsnText.of(n), reason);
  }

  private static Value pop(State s) {
    return s.stack.remove(s.stack.size() - 1);
  }

  private static void push(State s, Value v) {
    s.stack.add(v);
  }

  private static boolean wide(Value v) {
    return v.isWide();
  }

  private static Type typeOfOpcode(int opcode, int base) {
    switch ((opcode - base) % 4) {
      case 0: return Type.INT_TYPE;
      case 1: return Type.LONG_TYPE;
      case 2: return Type.FLOAT_TYPE;
      default: return Type.DOUBLE_TYPE;
    }
  }

  private void step(AbstractInsnNode n, State s) throws NotDifferentiable {
    int op = n.getOpcode();
    switch (op) {
      case NOP:
        return;
      case ACONST_NULL:
        push(s, emit(n, Op.CONST, Types.NULL, null));
        return;
      case ICONST_M1: case ICONST_0: case ICONST_1: case ICONST_2: case ICONST_3: case ICONST_4: case ICONST_5:
        push(s, emit(n, Op.CONST, Type.INT_TYPE, op - ICONST_0));
        return;
      case LCONST_0: case LCONST_1:
        push(s, emit(n, Op.CONST, Type.LONG_TYPE, (long) (op - LCONST_0)));
        return;
      case FCONST_0: case FCONST_1: case FCONST_2:
        push(s, emit(n, Op.CONST, Type.FLOAT_TYPE, (float) (op - FCONST_0)));
        return;
      case DCONST_0: case DCONST_1:
        push(s, emit(n, Op.CONST, Type.DOUBLE_TYPE, (double) (op - DCONST_0)));
        return;
      case BIPUSH: case SIPUSH:
        push(s, emit(n, Op.CONST, Type.INT_TYPE, ((IntInsnNode) n).operand));
        return;
      case LDC:
        ldc((LdcInsnNode) n, s);
        return;
      case ILOAD: case LLOAD: case FLOAD: case DLOAD: case ALOAD: {
        Value v = s.locals[((VarInsnNode) n).var];
        if (v == null) {
          throw unsupported(n, "internal: local " + ((VarInsnNode) n).var + " has no value");
        }
        push(s, v);
        return;
      }
      case ISTORE: case LSTORE: case FSTORE: case DSTORE: case ASTORE: {
        int var = ((VarInsnNode) n).var;
        Value v = pop(s);
        store(s, var, v);
        return;
      }
      case IINC: {
        IincInsnNode inc = (IincInsnNode) n;
        Insn c = emit(n, Op.CONST, Type.INT_TYPE, inc.incr);
        store(s, inc.var, emit(n, Op.ADD, Type.INT_TYPE, null, s.locals[inc.var], c));
        return;
      }
      case IALOAD: case LALOAD: case FALOAD: case DALOAD: case AALOAD: case BALOAD: case CALOAD: case SALOAD: {
        Value index = pop(s);
        Value array = pop(s);
        Type t;
        if (op == AALOAD) {
          t = array.type.getSort() == Type.ARRAY ? Types.component(array.type) : Types.OBJECT;
        } else if (op >= BALOAD) {
          t = Type.INT_TYPE;
        } else {
          t = typeOfOpcode(op, IALOAD);
        }
        push(s, emit(n, Op.ALOAD, t, op, array, index));
        return;
      }
      case IASTORE: case LASTORE: case FASTORE: case DASTORE: case AASTORE: case BASTORE: case CASTORE: case SASTORE: {
        Value v = pop(s);
        Value index = pop(s);
        Value array = pop(s);
        emit(n, Op.ASTORE, Type.VOID_TYPE, op, array, index, v);
        return;
      }
      case POP:
        pop(s);
        return;
      case POP2:
        if (!wide(pop(s))) {
          pop(s);
        }
        return;
      case DUP:
        push(s, s.stack.get(s.stack.size() - 1));
        return;
      case DUP_X1: {
        Value v1 = pop(s), v2 = pop(s);
        push(s, v1); push(s, v2); push(s, v1);
        return;
      }
      case DUP_X2: {
        Value v1 = pop(s), v2 = pop(s);
        if (wide(v2)) {
          push(s, v1); push(s, v2); push(s, v1);
        } else {
          Value v3 = pop(s);
          push(s, v1); push(s, v3); push(s, v2); push(s, v1);
        }
        return;
      }
      case DUP2: {
        Value v1 = pop(s);
        if (wide(v1)) {
          push(s, v1); push(s, v1);
        } else {
          Value v2 = pop(s);
          push(s, v2); push(s, v1); push(s, v2); push(s, v1);
        }
        return;
      }
      case DUP2_X1: {
        Value v1 = pop(s);
        if (wide(v1)) {
          Value v2 = pop(s);
          push(s, v1); push(s, v2); push(s, v1);
        } else {
          Value v2 = pop(s), v3 = pop(s);
          push(s, v2); push(s, v1); push(s, v3); push(s, v2); push(s, v1);
        }
        return;
      }
      case DUP2_X2: {
        Value v1 = pop(s);
        if (wide(v1)) {
          Value v2 = pop(s);
          if (wide(v2)) {
            push(s, v1); push(s, v2); push(s, v1);
          } else {
            Value v3 = pop(s);
            push(s, v1); push(s, v3); push(s, v2); push(s, v1);
          }
        } else {
          Value v2 = pop(s), v3 = pop(s);
          if (wide(v3)) {
            push(s, v2); push(s, v1); push(s, v3); push(s, v2); push(s, v1);
          } else {
            Value v4 = pop(s);
            push(s, v2); push(s, v1); push(s, v4); push(s, v3); push(s, v2); push(s, v1);
          }
        }
        return;
      }
      case SWAP: {
        Value v1 = pop(s), v2 = pop(s);
        push(s, v1); push(s, v2);
        return;
      }
      case IADD: case LADD: case FADD: case DADD:
        binary(n, s, Op.ADD, typeOfOpcode(op, IADD));
        return;
      case ISUB: case LSUB: case FSUB: case DSUB:
        binary(n, s, Op.SUB, typeOfOpcode(op, ISUB));
        return;
      case IMUL: case LMUL: case FMUL: case DMUL:
        binary(n, s, Op.MUL, typeOfOpcode(op, IMUL));
        return;
      case IDIV: case LDIV: case FDIV: case DDIV:
        binary(n, s, Op.DIV, typeOfOpcode(op, IDIV));
        return;
      case IREM: case LREM: case FREM: case DREM:
        binary(n, s, Op.REM, typeOfOpcode(op, IREM));
        return;
      case INEG: case LNEG: case FNEG: case DNEG:
        push(s, emit(n, Op.NEG, typeOfOpcode(op, INEG), null, pop(s)));
        return;
      case ISHL: case LSHL:
        binary(n, s, Op.SHL, op == ISHL ? Type.INT_TYPE : Type.LONG_TYPE);
        return;
      case ISHR: case LSHR:
        binary(n, s, Op.SHR, op == ISHR ? Type.INT_TYPE : Type.LONG_TYPE);
        return;
      case IUSHR: case LUSHR:
        binary(n, s, Op.USHR, op == IUSHR ? Type.INT_TYPE : Type.LONG_TYPE);
        return;
      case IAND: case LAND:
        binary(n, s, Op.AND, op == IAND ? Type.INT_TYPE : Type.LONG_TYPE);
        return;
      case IOR: case LOR:
        binary(n, s, Op.OR, op == IOR ? Type.INT_TYPE : Type.LONG_TYPE);
        return;
      case IXOR: case LXOR:
        binary(n, s, Op.XOR, op == IXOR ? Type.INT_TYPE : Type.LONG_TYPE);
        return;
      case I2L: case F2L: case D2L:
        push(s, emit(n, Op.CONV, Type.LONG_TYPE, op, pop(s)));
        return;
      case I2F: case L2F: case D2F:
        push(s, emit(n, Op.CONV, Type.FLOAT_TYPE, op, pop(s)));
        return;
      case I2D: case L2D: case F2D:
        push(s, emit(n, Op.CONV, Type.DOUBLE_TYPE, op, pop(s)));
        return;
      case L2I: case F2I: case D2I: case I2B: case I2C: case I2S:
        push(s, emit(n, Op.CONV, Type.INT_TYPE, op, pop(s)));
        return;
      case LCMP: case FCMPL: case FCMPG: case DCMPL: case DCMPG: {
        Value r = pop(s), l = pop(s);
        push(s, emit(n, Op.CMP, Type.INT_TYPE, op, l, r));
        return;
      }
      case IFEQ: case IFNE: case IFLT: case IFGE: case IFGT: case IFLE:
        branch(n, s, Cond.values()[op - IFEQ], pop(s));
        return;
      case IF_ICMPEQ: case IF_ICMPNE: case IF_ICMPLT: case IF_ICMPGE: case IF_ICMPGT: case IF_ICMPLE: {
        Value r = pop(s), l = pop(s);
        branch(n, s, Cond.values()[op - IF_ICMPEQ], l, r);
        return;
      }
      case IF_ACMPEQ: case IF_ACMPNE: {
        Value r = pop(s), l = pop(s);
        branch(n, s, op == IF_ACMPEQ ? Cond.EQ : Cond.NE, l, r);
        return;
      }
      case IFNULL: case IFNONNULL:
        branch(n, s, op == IFNULL ? Cond.NULL : Cond.NONNULL, pop(s));
        return;
      case GOTO:
        terminate(n, Op.GOTO, null, List.of(blockAt.get(code.indexOf(((JumpInsnNode) n).label))));
        return;
      case TABLESWITCH: {
        TableSwitchInsnNode t = (TableSwitchInsnNode) n;
        int[] keys = new int[t.labels.size()];
        for (int k = 0; k < keys.length; k++) {
          keys[k] = t.min + k;
        }
        switchTo(n, s, keys, t.labels, t.dflt);
        return;
      }
      case LOOKUPSWITCH: {
        LookupSwitchInsnNode t = (LookupSwitchInsnNode) n;
        switchTo(n, s, t.keys.stream().mapToInt(Integer::intValue).toArray(), t.labels, t.dflt);
        return;
      }
      case IRETURN: case LRETURN: case FRETURN: case DRETURN: case ARETURN:
        terminate(n, Op.RETURN, null, List.of(), pop(s));
        return;
      case RETURN:
        terminate(n, Op.RETURN, null, List.of());
        return;
      case ATHROW:
        terminate(n, Op.THROW, null, List.of(), pop(s));
        return;
      case GETSTATIC: {
        FieldInsnNode f = (FieldInsnNode) n;
        push(s, emit(n, Op.GETSTATIC, Types.stackType(Type.getType(f.desc)), new FieldRef(f.owner, f.name, f.desc)));
        return;
      }
      case GETFIELD: {
        FieldInsnNode f = (FieldInsnNode) n;
        push(s, emit(n, Op.GETFIELD, Types.stackType(Type.getType(f.desc)), new FieldRef(f.owner, f.name, f.desc), pop(s)));
        return;
      }
      case PUTSTATIC: {
        FieldInsnNode f = (FieldInsnNode) n;
        emit(n, Op.PUTSTATIC, Type.VOID_TYPE, new FieldRef(f.owner, f.name, f.desc), pop(s));
        return;
      }
      case PUTFIELD: {
        FieldInsnNode f = (FieldInsnNode) n;
        Value v = pop(s), obj = pop(s);
        emit(n, Op.PUTFIELD, Type.VOID_TYPE, new FieldRef(f.owner, f.name, f.desc), obj, v);
        return;
      }
      case INVOKEVIRTUAL: case INVOKESPECIAL: case INVOKESTATIC: case INVOKEINTERFACE:
        invoke((MethodInsnNode) n, s);
        return;
      case INVOKEDYNAMIC: {
        InvokeDynamicInsnNode d = (InvokeDynamicInsnNode) n;
        Value[] args = popArgs(s, Type.getArgumentTypes(d.desc).length);
        Type r = Type.getReturnType(d.desc);
        Insn call = emit(n, Op.INVOKE, Types.stackType(r), d, args);
        if (r.getSort() != Type.VOID) {
          push(s, call);
        }
        return;
      }
      case NEW:
        push(s, emit(n, Op.NEW, Type.getObjectType(((TypeInsnNode) n).desc), null));
        return;
      case NEWARRAY:
        push(s, emit(n, Op.NEWARRAY, Types.arrayOf(primitive(((IntInsnNode) n).operand)), null, pop(s)));
        return;
      case ANEWARRAY:
        push(s, emit(n, Op.NEWARRAY, Types.arrayOf(Type.getObjectType(((TypeInsnNode) n).desc)), null, pop(s)));
        return;
      case MULTIANEWARRAY: {
        MultiANewArrayInsnNode m = (MultiANewArrayInsnNode) n;
        Value[] dims = popArgs(s, m.dims);
        push(s, emit(n, Op.NEWARRAY, Type.getType(m.desc), null, dims));
        return;
      }
      case ARRAYLENGTH:
        push(s, emit(n, Op.ALENGTH, Type.INT_TYPE, null, pop(s)));
        return;
      case CHECKCAST:
        push(s, emit(n, Op.CHECKCAST, Type.getObjectType(((TypeInsnNode) n).desc), Type.getObjectType(((TypeInsnNode) n).desc), pop(s)));
        return;
      case INSTANCEOF:
        push(s, emit(n, Op.INSTANCEOF, Type.INT_TYPE, Type.getObjectType(((TypeInsnNode) n).desc), pop(s)));
        return;
      case MONITORENTER: case MONITOREXIT:
        emit(n, op == MONITORENTER ? Op.MONITOR_ENTER : Op.MONITOR_EXIT, Type.VOID_TYPE, null, pop(s));
        return;
      case JSR: case RET:
        throw unsupported(n, "subroutines (JSR/RET, class files before Java 7) are not supported");
      default:
        throw unsupported(n, "unknown opcode " + op);
    }
  }

  private void store(State s, int var, Value v) {
    if (var > 0 && s.locals[var - 1] != null && s.locals[var - 1].isWide()) {
      s.locals[var - 1] = null;
    }
    s.locals[var] = v;
    if (v.isWide() && var + 1 < s.locals.length) {
      s.locals[var + 1] = null;
    }
  }

  private void ldc(LdcInsnNode n, State s) throws NotDifferentiable {
    Object c = n.cst;
    if (c instanceof Integer) {
      push(s, emit(n, Op.CONST, Type.INT_TYPE, c));
    } else if (c instanceof Long) {
      push(s, emit(n, Op.CONST, Type.LONG_TYPE, c));
    } else if (c instanceof Float) {
      push(s, emit(n, Op.CONST, Type.FLOAT_TYPE, c));
    } else if (c instanceof Double) {
      push(s, emit(n, Op.CONST, Type.DOUBLE_TYPE, c));
    } else if (c instanceof String) {
      push(s, emit(n, Op.CONST, Type.getObjectType("java/lang/String"), c));
    } else if (c instanceof Type && ((Type) c).getSort() != Type.METHOD) {
      push(s, emit(n, Op.CONST, Type.getObjectType("java/lang/Class"), c));
    } else if (c instanceof Type) {
      push(s, emit(n, Op.CONST, Type.getObjectType("java/lang/invoke/MethodType"), c));
    } else if (c instanceof org.objectweb.asm.Handle) {
      push(s, emit(n, Op.CONST, Type.getObjectType("java/lang/invoke/MethodHandle"), c));
    } else if (c instanceof org.objectweb.asm.ConstantDynamic) {
      // e.g. JaCoCo's probe array: an opaque passive constant, loaded again as it was.
      Type t = Type.getType(((org.objectweb.asm.ConstantDynamic) c).getDescriptor());
      push(s, emit(n, Op.CONST, Types.stackType(t), c));
    } else {
      throw unsupported(n, "unknown constant kind " + c.getClass().getName());
    }
  }

  private static Type primitive(int operand) {
    switch (operand) {
      case T_BOOLEAN: return Type.BOOLEAN_TYPE;
      case T_CHAR: return Type.CHAR_TYPE;
      case T_FLOAT: return Type.FLOAT_TYPE;
      case T_DOUBLE: return Type.DOUBLE_TYPE;
      case T_BYTE: return Type.BYTE_TYPE;
      case T_SHORT: return Type.SHORT_TYPE;
      case T_INT: return Type.INT_TYPE;
      default: return Type.LONG_TYPE;
    }
  }

  private void binary(AbstractInsnNode n, State s, Op op, Type t) {
    Value r = pop(s), l = pop(s);
    push(s, emit(n, op, t, null, l, r));
  }

  private Value[] popArgs(State s, int count) {
    Value[] args = new Value[count];
    for (int i = count - 1; i >= 0; i--) {
      args[i] = pop(s);
    }
    return args;
  }

  private void branch(AbstractInsnNode n, State s, Cond c, Value... args) {
    Block taken = blockAt.get(code.indexOf(((JumpInsnNode) n).label));
    Block next = blockAt.get(code.indexOf(n) + 1);
    terminate(n, Op.IF, c, List.of(taken, next), args);
  }

  private void switchTo(AbstractInsnNode n, State s, int[] keys, List<LabelNode> labels, LabelNode dflt) {
    Value key = pop(s);
    List<Block> targets = new ArrayList<>();
    labels.forEach(l -> targets.add(blockAt.get(code.indexOf(l))));
    targets.add(blockAt.get(code.indexOf(dflt)));
    terminate(n, Op.SWITCH, keys, targets, key);
  }

  private void invoke(MethodInsnNode m, State s) {
    if (m.owner.equals(RecoveringHandlers.MARKER)) { // a recovering try's entry or exit
      dev.leibniz.core.ir.TryRegion region = recovering.regions().get(m.name);
      Insn marker = emit(m, m.name.startsWith("enter") ? Op.TRY_ENTER : Op.TRY_EXIT, m.name.startsWith("enter") ? Type.INT_TYPE : Type.VOID_TYPE, region);
      if (marker.op == Op.TRY_ENTER) push(s, marker);
      return;
    }
    Type[] argTypes = Type.getArgumentTypes(m.desc);
    int count = argTypes.length + (m.getOpcode() == INVOKESTATIC ? 0 : 1);
    Value[] args = popArgs(s, count);
    Type r = Types.stackType(Type.getReturnType(m.desc));
    MethodRef ref = new MethodRef(m.getOpcode(), m.owner, m.name, m.desc, m.itf);
    if (MathRules.isIdentity(ref)) { // Scala's conversion to RichDouble: the value itself
      push(s, args[args.length - 1]);
      return;
    }
    MethodRef forwarded = MathRules.forwardedCall(ref);
    if (forwarded != null) { // a Scala math forwarder: call what it forwards to, without its receiver
      ref = forwarded;
      args = java.util.Arrays.copyOfRange(args, 1, args.length);
    }
    if (MathRules.isSum(ref)) { // Double.sum(a, b): a + b, as its JDK code computes it
      push(s, emit(m, Op.ADD, r, null, args));
      return;
    }
    ref = MathRules.asMath(ref); // Double.max: Math.max, whose rule applies
    boolean math = MathRules.find(ref) != null;
    Insn call = emit(m, math ? Op.MATH : Op.INVOKE, r, ref, args);
    if (m.owner.equals("java/util/Objects") && m.name.equals("requireNonNull")) {
      push(s, args[0]); // the identity (after the check): the result aliases the argument exactly
    } else if (r.getSort() != Type.VOID) {
      push(s, call);
    }
  }
}
