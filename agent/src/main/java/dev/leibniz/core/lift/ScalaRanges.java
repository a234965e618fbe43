package dev.leibniz.core.lift;

import static org.objectweb.asm.Opcodes.*;

import dev.leibniz.core.objects.LambdaCalls;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Scala's {@code for (i <- a until b)} ({@code to}, {@code by}) as the loop it means, before
 * lifting. Scala compiles it to {@code Range.foreach} (or {@code foreach$mVc$sp}) given a closure
 * ({@code invokedynamic} of {@code LambdaMetafactory}) whose body is a static method of the same
 * class; the variables the body assigns are boxed in {@code scala.runtime.DoubleRef}, {@code
 * IntRef}... Here the {@code foreach} becomes the loop {@code Range.foreach} itself runs ({@code
 * if (!r.isEmpty()) { i = r.start(); while (true) { body(i); if (i == r.last()) break; i +=
 * r.step(); } }}: the same iterations, overflow at {@code Int.MaxValue} included) with the closure's
 * body inlined, its captured values in locals; nested ranges (a body that runs a range) are
 * rewritten in turn. Then {@link ScalaRefs} turns the boxes back into locals.
 *
 * <p>The rewrite works on a copy: the class keeps its original code. A shape not recognised (a
 * closure of another class, a body with exception handlers, {@code map}/{@code sum} over a range)
 * stays as it is and gets the lifter's diagnostic on the {@code invokedynamic}, which advises a
 * {@code while} loop.
 */
public final class ScalaRanges {
  static final String RANGE = "scala/collection/immutable/Range";
  /** Nesting depth rewritten at most (a body inlined may hold a range of its own). */
  private static final int MAX_ROUNDS = 16;

  private ScalaRanges() {}

  /**
   * {@code m} of class {@code cn} with its ranges rewritten (a copy), or {@code m} itself when
   * it has none or the rewritten code would not verify.
   */
  public static MethodNode rewrite(ClassNode cn, MethodNode m) {
    if (find(cn, m) == null) return m;
    MethodNode copy = new MethodNode(ASM9, m.access, m.name, m.desc, m.signature,
        m.exceptions == null ? null : m.exceptions.toArray(new String[0]));
    m.accept(copy);
    copy.localVariables = new java.util.ArrayList<>(); // slots change meaning below: no stale names
    for (AbstractInsnNode n : copy.instructions.toArray()) {
      if (n instanceof FrameNode) copy.instructions.remove(n);
    }
    int rounds = 0;
    for (Site s = find(cn, copy); s != null && rounds < MAX_ROUNDS; s = find(cn, copy), rounds++) {
      s.rewrite(copy);
    }
    if (find(cn, copy) != null) return m;
    ScalaRefs.replace(copy);
    try {
      new Analyzer<>(new BasicInterpreter()).analyze(cn.name, copy);
    } catch (AnalyzerException | RuntimeException e) {
      return m; // a shape this rewrite got wrong: the original, and its diagnostic
    }
    return copy;
  }

  /** The first {@code foreach} over a range given a closure of this class, or null. */
  private static Site find(ClassNode cn, MethodNode m) {
    AbstractInsnNode[] code = null;
    Frame<SourceValue>[] frames = null;
    for (AbstractInsnNode n : m.instructions) {
      if (!(n instanceof InvokeDynamicInsnNode) || !LambdaCalls.isLambda((InvokeDynamicInsnNode) n)) continue;
      InvokeDynamicInsnNode d = (InvokeDynamicInsnNode) n;
      AbstractInsnNode next = nextReal(d);
      if (!(next instanceof MethodInsnNode) || !isForeach((MethodInsnNode) next)) continue;
      Handle h = (Handle) d.bsmArgs[1];
      if (h.getTag() != H_INVOKESTATIC || !h.getOwner().equals(cn.name)) continue;
      MethodNode body = method(cn, h.getName(), h.getDesc());
      if (body == null || !body.tryCatchBlocks.isEmpty() || !fitsIntToUnit(d, h) || writesParameter(body)) continue;
      if (frames == null) {
        code = m.instructions.toArray();
        try {
          frames = new Analyzer<>(new SourceInterpreter()).analyze(cn.name, m);
        } catch (AnalyzerException e) {
          return null;
        }
      }
      return new Site(d, (MethodInsnNode) next, body, bounds(d, code, frames));
    }
    return null;
  }

  /** The bounds of the range the closure {@code d} is given to, when it is built right there; else null. */
  private static RangeBounds bounds(InvokeDynamicInsnNode d, AbstractInsnNode[] code, Frame<SourceValue>[] frames) {
    int depth = Type.getArgumentTypes(d.desc).length + 1;
    for (int i = 0; i < code.length; i++) {
      if (code[i] != d || frames[i] == null || frames[i].getStackSize() < depth) continue;
      SourceValue range = frames[i].getStack(frames[i].getStackSize() - depth);
      return range.insns.size() == 1 ? RangeBounds.of(range.insns.iterator().next(), code, frames) : null;
    }
    return null;
  }

  static boolean isForeach(MethodInsnNode c) {
    return c.getOpcode() == INVOKEVIRTUAL && c.owner.startsWith(RANGE) && (c.name.equals("foreach") || c.name.equals("foreach$mVc$sp"))
        && c.desc.equals("(Lscala/Function1;)V");
  }

  /** The body takes the captured values, then the {@code int} element, and returns nothing (its result is dropped). */
  private static boolean fitsIntToUnit(InvokeDynamicInsnNode d, Handle h) {
    Type[] captured = Type.getArgumentTypes(d.desc), params = Type.getArgumentTypes(h.getDesc());
    if (params.length != captured.length + 1 || params[captured.length] != Type.INT_TYPE) return false;
    for (int k = 0; k < captured.length; k++) {
      if (captured[k].getSort() != params[k].getSort()) return false;
    }
    return Type.getReturnType(h.getDesc()) == Type.VOID_TYPE;
  }

  /** Whether the body assigns one of its parameters (the inlined body shares them with the caller's locals). */
  private static boolean writesParameter(MethodNode body) {
    int size = (Type.getArgumentsAndReturnSizes(body.desc) >> 2) - 1; // a static method: no receiver
    for (AbstractInsnNode n : body.instructions) {
      int var = n instanceof VarInsnNode ? ((VarInsnNode) n).var : n instanceof IincInsnNode ? ((IincInsnNode) n).var : -1;
      boolean write = n instanceof IincInsnNode || (n.getOpcode() >= ISTORE && n.getOpcode() <= ASTORE);
      if (write && var >= 0 && var < size) return true;
    }
    return false;
  }

  private static MethodNode method(ClassNode cn, String name, String desc) {
    for (MethodNode m : cn.methods) {
      if (m.name.equals(name) && m.desc.equals(desc) && (m.access & ACC_STATIC) != 0 && m.instructions.size() > 0) return m;
    }
    return null;
  }

  private static AbstractInsnNode nextReal(AbstractInsnNode n) {
    AbstractInsnNode x = n.getNext();
    while (x instanceof LineNumberNode || x instanceof FrameNode) x = x.getNext();
    return x;
  }

  /** One {@code range.foreach(closure)}: the closure's creation, the call, the closure's body. */
  private static final class Site {
    final InvokeDynamicInsnNode closure;
    final MethodInsnNode foreach;
    final MethodNode body;
    /** The range's bounds when it is built right there, else null: the loop calls the {@code Range}. */
    final RangeBounds bounds;

    Site(InvokeDynamicInsnNode closure, MethodInsnNode foreach, MethodNode body, RangeBounds bounds) {
      this.closure = closure;
      this.foreach = foreach;
      this.body = body;
      this.bounds = bounds;
    }

    /**
     * At the closure: its captured values into fresh locals, then the range. At the call: the
     * loop, the body inlined with its parameters in those locals and the element's.
     */
    void rewrite(MethodNode m) {
      Type[] captured = Type.getArgumentTypes(closure.desc);
      int[] slotOf = new int[captured.length];
      InsnList stores = new InsnList();
      AbstractInsnNode[] loads = loadsOf(captured);
      for (int k = 0; k < captured.length; k++) {
        if (loads != null) { // a captured local is the parameter itself: the body never writes its parameters
          slotOf[k] = ((VarInsnNode) loads[k]).var;
          m.instructions.remove(loads[k]);
        } else {
          slotOf[k] = m.maxLocals;
          m.maxLocals += captured[k].getSize();
          stores.insert(new VarInsnNode(captured[k].getOpcode(ISTORE), slotOf[k])); // the last captured is stored first
        }
      }
      if (bounds != null) {
        bounds.storeBounds(m);
        countedLoop(m, captured, slotOf, stores);
        return;
      }
      int range = m.maxLocals++, element = m.maxLocals++, last = m.maxLocals++;
      stores.add(new VarInsnNode(ASTORE, range));
      m.instructions.insert(closure, stores);
      m.instructions.remove(closure);

      LabelNode top = new LabelNode(), done = new LabelNode();
      InsnList loop = new InsnList();
      loop.add(call(range, "isEmpty", "()Z"));
      loop.add(new JumpInsnNode(IFNE, done));
      loop.add(call(range, "start", "()I"));
      loop.add(new VarInsnNode(ISTORE, element));
      loop.add(call(range, "last", "()I"));
      loop.add(new VarInsnNode(ISTORE, last));
      loop.add(top);
      loop.add(inlined(m, captured, slotOf, element));
      loop.add(new VarInsnNode(ILOAD, element));
      loop.add(new VarInsnNode(ILOAD, last));
      loop.add(new JumpInsnNode(IF_ICMPEQ, done));
      loop.add(new VarInsnNode(ILOAD, element));
      loop.add(call(range, "step", "()I"));
      loop.add(new InsnNode(IADD));
      loop.add(new VarInsnNode(ISTORE, element));
      loop.add(new JumpInsnNode(GOTO, top));
      loop.add(done);
      m.instructions.insert(foreach, loop);
      m.instructions.remove(foreach);
      m.maxStack = Math.max(m.maxStack, body.maxStack) + 4;
    }

    /** With the bounds in locals: {@code for (k = count; k > 0; k--) { body(i); i += step; }}. */
    private void countedLoop(MethodNode m, Type[] captured, int[] slotOf, InsnList stores) {
      m.instructions.insert(closure, stores);
      m.instructions.remove(closure);
      int element = m.maxLocals++, count = m.maxLocals;
      m.maxLocals += 2;
      LabelNode top = new LabelNode(), done = new LabelNode();
      InsnList loop = bounds.prologue(element, count, done);
      loop.add(top);
      loop.add(inlined(m, captured, slotOf, element));
      loop.add(bounds.advance(element));
      loop.add(new VarInsnNode(LLOAD, count));
      loop.add(new InsnNode(LCONST_1));
      loop.add(new InsnNode(LSUB));
      loop.add(new VarInsnNode(LSTORE, count));
      loop.add(new VarInsnNode(LLOAD, count));
      loop.add(new InsnNode(LCONST_0));
      loop.add(new InsnNode(LCMP));
      loop.add(new JumpInsnNode(IFGT, top));
      loop.add(done);
      m.instructions.insert(foreach, loop);
      m.instructions.remove(foreach);
      m.maxStack = Math.max(m.maxStack, body.maxStack) + 6;
    }

    /** The instructions pushing the captured values when each is a load of a local, else null. */
    private AbstractInsnNode[] loadsOf(Type[] captured) {
      AbstractInsnNode[] loads = new AbstractInsnNode[captured.length];
      AbstractInsnNode n = closure;
      for (int k = captured.length - 1; k >= 0; k--) {
        n = n.getPrevious();
        if (!(n instanceof VarInsnNode) || n.getOpcode() != captured[k].getOpcode(ILOAD)) return null;
        loads[k] = n;
      }
      return loads;
    }

    private static InsnList call(int range, String name, String desc) {
      InsnList l = new InsnList();
      l.add(new VarInsnNode(ALOAD, range));
      // the companions' frames may type the range's local Object (Range and Range$Inclusive merged): cast for the call
      l.add(new TypeInsnNode(CHECKCAST, RANGE));
      l.add(new MethodInsnNode(INVOKEVIRTUAL, RANGE, name, desc, false));
      return l;
    }

    /** The body's code: parameters in {@code slotOf} and {@code element}, its other locals fresh, returns jumping past it. */
    private InsnList inlined(MethodNode m, Type[] captured, int[] slotOf, int element) {
      int[] param = new int[body.maxLocals];
      int p = 0;
      for (int k = 0; k < captured.length; k++) {
        param[p] = slotOf[k];
        p += captured[k].getSize();
      }
      int paramSize = p + 1;
      param[p] = element;
      int fresh = m.maxLocals;
      m.maxLocals += body.maxLocals;
      Map<LabelNode, LabelNode> labels = new HashMap<>();
      for (AbstractInsnNode n : body.instructions) {
        if (n instanceof LabelNode) labels.put((LabelNode) n, new LabelNode());
      }
      LabelNode end = new LabelNode();
      InsnList out = new InsnList();
      for (AbstractInsnNode n : body.instructions) {
        if (n instanceof FrameNode) continue;
        if (n.getOpcode() >= IRETURN && n.getOpcode() <= RETURN) {
          if (n.getOpcode() != RETURN) out.add(new InsnNode(Type.getReturnType(body.desc).getSize() == 2 ? POP2 : POP));
          out.add(new JumpInsnNode(GOTO, end));
          continue;
        }
        AbstractInsnNode c = n.clone(labels);
        if (c instanceof VarInsnNode) {
          VarInsnNode v = (VarInsnNode) c;
          v.var = v.var < paramSize ? param[v.var] : fresh + v.var;
        } else if (c instanceof IincInsnNode) {
          IincInsnNode v = (IincInsnNode) c;
          v.var = v.var < paramSize ? param[v.var] : fresh + v.var;
        }
        out.add(c);
      }
      out.add(end);
      return out;
    }
  }
}
