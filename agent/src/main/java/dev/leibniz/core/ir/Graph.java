package dev.leibniz.core.ir;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Type;

/**
 * A method as a control-flow graph of {@link Block}s in SSA form. The first block is the entry;
 * it has no predecessors. A graph also owns the ids of its values and its mutable {@link Var}s.
 */
public final class Graph {
  public final String owner;
  /** Not final: a second-order companion becomes a body taking its tapes ({@code core.emit.SecondOrderTapes}). */
  public String name;
  public String desc;
  public final int access;
  public final List<Block> blocks = new ArrayList<>();
  public final List<Insn> params = new ArrayList<>();
  public final List<Var> vars = new ArrayList<>();
  /** True when the owner is an interface (calls of its static methods need the interface flag). */
  public boolean ownerIsInterface;
  /** Objects created here that scalar replacement left, with why (for diagnostics). */
  public final java.util.Map<Value, String> keptObjects = new java.util.HashMap<>();
  /**
   * Fields of the method's own class this graph uses as scratch storage ({@code core.objects.ScratchFields}):
   * an array field read once at entry whose array may receive active values, a {@code double}/{@code float}
   * field written with active values and never read after a write. Activity lets only these carry derivatives.
   */
  public final java.util.Set<FieldRef> scratchFields = new java.util.HashSet<>();
  /**
   * Static object fields among {@link #scratchFields} that other methods of the class read too, proven confined scratch
   * ({@code objects.ConfinedScratch}: no other name reaches the object, no value crosses calls through it).
   */
  public final java.util.Set<FieldRef> confinedScratch = new java.util.HashSet<>();
  /** Array fields of the method's own class that {@code core.objects.ScratchFields} did not take as scratch, with why (for diagnostics). */
  public final java.util.Map<FieldRef, String> notScratch = new java.util.HashMap<>();
  /** True when code of other classes was inlined (its private members need relocation). */
  public boolean hasForeignCode;
  /** True once {@code analysis.WholeNumberPoison} has rewritten this graph (it is shared by both modes). */
  public boolean wholeNumberTestsPoisoned;
  /**
   * The parameter holding the tape workspace (adjoint bodies), or null: then the emitter gives the
   * method tapes of its own.
   */
  public Value workspace;
  /** An adjoint's tape plan, printed (how each forward value reaches its reverse sweep), else null. */
  public String tapePlan;
  private int nextValue;
  private int nextBlock;

  public Graph(String owner, String name, String desc, int access) {
    this.owner = owner;
    this.name = name;
    this.desc = desc;
    this.access = access;
  }

  public Block entry() {
    return blocks.get(0);
  }

  public Block newBlock() {
    Block b = new Block(nextBlock++);
    blocks.add(b);
    return b;
  }

  public Phi newPhi(Block block, Type type) {
    Phi p = new Phi(nextValue++, type, block);
    block.phis.add(p);
    return p;
  }

  /** Replaces every use of a key of {@code map} by its value (values already replaced are followed). */
  public void replaceUses(java.util.Map<Value, Value> map) {
    if (map.isEmpty()) return;
    for (Block b : blocks) {
      for (Phi p : b.phis) p.inputs.replaceAll(v -> resolve(map, v));
      for (Insn i : b.insns) replaceIn(i, map);
      if (b.terminator != null) replaceIn(b.terminator, map);
    }
  }

  /** {@code v} after the replacements of {@code map}, followed to the end. */
  public static Value resolve(java.util.Map<Value, Value> map, Value v) {
    Value r = v;
    for (int n = 0; map.containsKey(r) && n < 10_000; n++) r = map.get(r);
    return r;
  }

  private static void replaceIn(Insn i, java.util.Map<Value, Value> map) {
    for (int k = 0; k < i.args.length; k++) i.args[k] = resolve(map, i.args[k]);
  }

  /** A new instruction, not yet placed in a block. */
  public Insn newInsn(Op op, Type type, Object attr, Value... args) {
    return new Insn(nextValue++, op, type, attr, args);
  }

  public Var newVar(Type type, String name) {
    Var v = new Var(vars.size(), type, name);
    vars.add(v);
    return v;
  }

  public boolean isStatic() {
    return (access & org.objectweb.asm.Opcodes.ACC_STATIC) != 0;
  }

  @Override
  public String toString() {
    return IrPrinter.print(this);
  }
}
