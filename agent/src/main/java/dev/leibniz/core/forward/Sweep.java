package dev.leibniz.core.forward;

import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.ArrayIntrinsic;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.lift.InsnText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Type;

/**
 * What both modes share: a copy of the primal graph, block for block, with a shadow array next to
 * every active array value. Tangent mode adds tangents to the copy; adjoint mode uses the copy as
 * its forward sweep. Blocks are copied in reverse post-order so that every value is mapped before
 * its non-phi uses.
 */
public abstract class Sweep {
  protected final Graph src;
  protected final Graph dst;
  protected final Activity activity;
  protected final Callees callees;
  protected final Builder b;
  protected final Map<Value, Value> primal = new HashMap<>();
  protected final Map<Value, Value> shadow = new HashMap<>();
  /** The src value of each dst primal value (the inverse of {@link #primal}). */
  protected final Map<Value, Value> source = new HashMap<>();
  protected final Map<Block, Block> blocks = new HashMap<>();
  /** The src block in which a dst forward value is defined (for tape decisions). */
  protected final Map<Value, Block> home = new HashMap<>();
  protected Block current;

  protected Sweep(Graph src, Activity activity, Callees callees, String name, String desc) {
    this.src = src;
    this.activity = activity;
    this.callees = callees;
    this.dst = new Graph(src.owner, name, desc, src.access);
    this.dst.ownerIsInterface = src.ownerIsInterface;
    this.b = new Builder(dst, dst.newBlock());
  }

  private dev.leibniz.core.analysis.Dominators srcDominators;
  private Map<Value, Block> srcBlocks;

  /**
   * What a rule of the math call {@code call} (its first argument given to the rule as
   * {@code ruleArg}) may reuse from the primal, shared by both modes: another {@code Math}/{@code
   * StrictMath} call with the same descriptor on the same argument, in a block that dominates the
   * call's (in its own block: before it, unless {@code wholeBlock}, when the whole block has run
   * first, as in a reverse sweep), as {@code use} gives it. So {@code sin}'s partial reads the
   * primal's {@code cos(x)} instead of calling {@code cos} again.
   */
  protected Builder.Known primalCalls(Insn call, Value ruleArg, boolean wholeBlock, java.util.function.Function<Value, Value> use) {
    if (call.args.length != 1) return null;
    if (srcBlocks == null) {
      srcBlocks = new HashMap<>();
      for (Block blk : src.blocks) {
        for (Insn i : blk.insns) srcBlocks.put(i, blk);
      }
      srcDominators = new dev.leibniz.core.analysis.Dominators(src);
    }
    Block home = srcBlocks.get(call);
    return (name, desc, args) -> {
      if (args.length != 1 || args[0] != ruleArg || home == null) return null;
      for (Block blk : src.blocks) {
        if (!srcDominators.dominates(blk, home)) continue;
        int end = blk == home && !wholeBlock ? blk.insns.indexOf(call) : blk.insns.size();
        for (int k = 0; k < end; k++) {
          Insn j = blk.insns.get(k);
          if (j != call && j.op == Op.MATH && sameValue(j.arg(0), call.arg(0)) && sameFunction(j, name, desc) && primal.containsKey(j)) {
            return use.apply(primal.get(j));
          }
        }
      }
      return null;
    };
  }

  /**
   * One value, or two loads of one array cell in one block with no store or call between them
   * ({@code sin(x[i]) * cos(x[i])} reads {@code x[i]} twice).
   */
  private boolean sameValue(Value u, Value v) {
    if (u == v) return true;
    if (!(u instanceof Insn) || !(v instanceof Insn)) return false;
    Insn a = (Insn) u, c = (Insn) v;
    Block blk = srcBlocks.get(a);
    if (a.op != Op.ALOAD || c.op != Op.ALOAD || blk == null || blk != srcBlocks.get(c) || a.arg(0) != c.arg(0) || a.arg(1) != c.arg(1)) {
      return false;
    }
    int from = Math.min(blk.insns.indexOf(a), blk.insns.indexOf(c)), to = Math.max(blk.insns.indexOf(a), blk.insns.indexOf(c));
    for (int k = from + 1; k < to; k++) {
      Op op = blk.insns.get(k).op;
      if (op == Op.ASTORE || op == Op.INVOKE || op == Op.PUTFIELD || op == Op.PUTSTATIC) return false;
    }
    return true;
  }

  private static boolean sameFunction(Insn j, String name, String desc) {
    dev.leibniz.core.ir.MethodRef m = j.method();
    return m.name().equals(name) && m.desc().equals(desc)
        && (m.owner().equals("java/lang/Math") || m.owner().equals("java/lang/StrictMath"));
  }

  /** Src blocks in reverse post-order from the entry. */
  protected List<Block> order() {
    return dev.leibniz.core.analysis.Dominators.reversePostOrder(src);
  }

  protected Value p(Value v) {
    Value m = primal.get(v);
    if (m == null) {
      throw new IllegalStateException("unmapped " + v + " in " + src.name);
    }
    return m;
  }

  protected void define(Value srcValue, Value dstValue) {
    primal.put(srcValue, dstValue);
    source.put(dstValue, srcValue);
    home.put(dstValue, current);
  }

  protected void defineShadow(Value srcValue, Value dstShadow) {
    shadow.put(srcValue, dstShadow);
    home.put(dstShadow, current);
  }

  /** The shadow of an array value; for a passive array, a fresh zero array (or null for null). */
  protected Value shadowOf(Value v) {
    Value s = shadow.get(v);
    if (s != null) {
      return s;
    }
    if (v.type.equals(Types.NULL)) {
      return b.add(Op.CONST, Types.NULL, null);
    }
    Value z = b.add(Op.SHADOW, p(v).type, null, p(v), b.add(Op.CONST, Types.NULL, null));
    home.put(z, current);
    return z;
  }

  /** The shadow to pass for an array argument: the shadow when active, else null. */
  protected Value shadowOrNull(Value v) {
    return activity.isActive(v) ? shadowOf(v) : b.add(Op.CONST, Types.NULL, null);
  }

  protected Insn copy(Insn i) {
    Value[] args = new Value[i.args.length];
    for (int k = 0; k < args.length; k++) {
      args[k] = p(i.args[k]);
    }
    Insn c = b.add(i.op, i.type, i.attr, args);
    c.line = i.line;
    c.origin = i.origin;
    if (c.hasResult()) {
      define(i, c);
    }
    return c;
  }

  /** Shadow phis for active array phis of {@code blk} (inputs filled later). */
  protected void shadowPhis(Block blk, Block to) {
    for (Phi ph : blk.phis) {
      if (Types.isReference(ph.type) && activity.isActive(ph)) {
        Phi s = dst.newPhi(to, ph.type);
        defineShadow(ph, s);
      }
    }
  }

  /**
   * Copies one non-terminator instruction with its shadow bookkeeping. Returns false when the
   * subclass must handle it (active scalar arithmetic, calls with active arguments).
   */
  protected boolean copyArrayOp(Insn i) throws NotDifferentiable {
    switch (i.op) {
      case NEWARRAY: {
        Insn c = copy(i);
        if (activity.isActive(i)) {
          Value[] dims = new Value[i.args.length];
          for (int k = 0; k < dims.length; k++) dims[k] = p(i.args[k]);
          defineShadow(i, b.add(Op.NEWARRAY, i.type, null, dims));
        }
        return true;
      }
      case CHECKCAST: {
        copy(i);
        if (activity.isActive(i) && Types.isReference(i.arg(0).type)) {
          defineShadow(i, b.add(Op.CHECKCAST, i.type, i.attr, shadowOf(i.arg(0))));
        }
        return true;
      }
      case ALOAD:
        if (Types.isReference(i.type)) {
          copy(i);
          if (activity.isActive(i)) {
            defineShadow(i, b.add(Op.ALOAD, i.type, i.attr, shadowOf(i.arg(0)), p(i.arg(1))));
          }
          return true;
        }
        return false;
      case ASTORE:
        if (Types.isReference(i.arg(2).type)) {
          copy(i);
          if (activity.isActive(i.arg(0))) {
            b.add(Op.ASTORE, Type.VOID_TYPE, i.attr, shadowOf(i.arg(0)), p(i.arg(1)), shadowOf(i.arg(2)));
          }
          return true;
        }
        return false;
      default:
        return false;
    }
  }

  protected static boolean anyActive(Activity a, Insn i) {
    for (Value v : i.args) {
      if (a.isActive(v)) {
        return true;
      }
    }
    return false;
  }

  protected ArrayIntrinsic intrinsic(Insn i) {
    return i.attr instanceof MethodRef ? ArrayIntrinsic.of(i.method()) : null;
  }

  protected static NotDifferentiable fail(Insn i, String reason) {
    return new NotDifferentiable(i.line, InsnText.of(i.origin), reason);
  }

  protected static Value zero(Builder b, Type t) {
    return b.constant(t, 0);
  }
}
