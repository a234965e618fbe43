package dev.leibniz.core.reverse;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.objectweb.asm.Type;

/**
 * Loop-invariant {@code double} loads of the forward sweep read once before their loop: a load
 * {@code a[i]} in a loop whose array and index are defined outside its innermost loop, from an
 * array nothing writes in that loop, reads the same value on every trip. Before the loop the
 * forward sweep tests whether {@code a[i]} can be read ({@code leibniz$loadable}) and reads it then;
 * the loop's load becomes {@code ok ? value : a[i]} ({@code leibniz$loadedOr}), so a load that would
 * throw still throws where the method's own load does. The test is loop-invariant: the JIT
 * unswitches the loop, and its hot copy holds the value in a register instead of keeping the
 * array and index alive through the loop and loading the cell on every trip (in a large adjoint
 * those are spilled and reloaded per trip: GMM's triangular loop, benchmarks/RESULTS.md, 5 Dec).
 * Only loops with a recorded entry edge (counted loops, {@link ControlFlowRecorder#entryEdges}), where
 * the test goes.
 */
final class HoistedLoads {
  private static final Type DOUBLES = Type.getType(double[].class);

  private HoistedLoads() {}

  /**
   * Rewrites the forward copies of such loads in {@code dst}. {@code forward} maps a primal value to
   * its forward copy; {@code helper} names a helper by name and descriptor.
   */
  static void hoist(Graph src, Graph dst, Loops loops, WrittenArrays written, Map<Block, Block> entryEdges,
      Function<Value, Value> forward, BiFunction<String, String, MethodRef> helper) {
    Map<Value, Block> def = definitions(src);
    Map<Insn, Block> home = new HashMap<>();
    for (Block blk : dst.blocks) {
      for (Insn i : blk.insns) home.put(i, blk);
    }
    Map<Value, Value> replaced = new HashMap<>();
    Builder b = new Builder(dst, null);
    for (Block blk : src.blocks) {
      int loop = loops.innermost(blk);
      if (loop < 0) continue;
      Block edge = entryEdges.get(loops.header(loop));
      if (edge == null) continue;
      for (Insn i : blk.insns) {
        if (!invariant(i, loop, loops, written, def, src.params)) continue;
        Value copy = forward.apply(i);
        if (!(copy instanceof Insn) || ((Insn) copy).op != Op.ALOAD || !home.containsKey(copy)) continue;
        Insn load = (Insn) copy;
        Value array = load.arg(0), index = load.arg(1);
        b.at(edge);
        Value ok = b.add(Op.HELPER, Type.INT_TYPE, helper.apply("loadable", "([DI)I"), array, index);
        Value value = b.add(Op.HELPER, Type.DOUBLE_TYPE, helper.apply("loadIf", "(I[DI)D"), ok, array, index);
        Insn read = dst.newInsn(Op.HELPER, Type.DOUBLE_TYPE, helper.apply("loadedOr", "(ID[DI)D"), ok, value, array, index);
        read.line = load.line;
        read.origin = load.origin;
        java.util.List<Insn> insns = home.get(load).insns;
        insns.set(insns.indexOf(load), read);
        replaced.put(load, read);
      }
    }
    dst.replaceUses(replaced);
  }

  private static boolean invariant(Insn i, int loop, Loops loops, WrittenArrays written, Map<Value, Block> def,
      java.util.List<? extends Value> params) {
    return i.op == Op.ALOAD && i.type.getSort() == Type.DOUBLE && DOUBLES.equals(i.arg(0).type)
        && outside(i.arg(0), loop, loops, def, params) && outside(i.arg(1), loop, loops, def, params)
        && !written.isWrittenIn(i.arg(0), w -> loops.contains(loop, w));
  }

  private static boolean outside(Value v, int loop, Loops loops, Map<Value, Block> def, java.util.List<? extends Value> params) {
    if (v instanceof Insn && ((Insn) v).op == Op.CONST || params.contains(v)) return true;
    Block d = def.get(v);
    return d != null && !loops.contains(loop, d);
  }

  private static Map<Value, Block> definitions(Graph g) {
    Map<Value, Block> def = new HashMap<>();
    for (Block blk : g.blocks) {
      for (Phi ph : blk.phis) def.put(ph, blk);
      for (Insn i : blk.insns) def.put(i, blk);
    }
    return def;
  }
}
