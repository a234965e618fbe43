package dev.leibniz.core.ir;

import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.Type;

/**
 * One instruction: an {@link Op}, its operands, an attribute that depends on the op (constant,
 * callee, condition, ...) and, for terminators, the successor blocks. Instructions without a
 * result have type {@code VOID}.
 */
public final class Insn extends Value {
  public final Op op;
  public Value[] args;
  public final Object attr;
  public Block[] targets;
  /** Source line for diagnostics, or -1. */
  public int line = -1;
  /** The bytecode instruction this came from, for diagnostics; may be null. */
  public Object origin;

  Insn(int id, Op op, Type type, Object attr, Value... args) {
    super(id, type);
    this.op = op;
    this.attr = attr;
    this.args = args;
    this.targets = NO_TARGETS;
  }

  private static final Block[] NO_TARGETS = new Block[0];

  public Value arg(int i) {
    return args[i];
  }

  public List<Block> successors() {
    return Arrays.asList(targets);
  }

  public boolean hasResult() {
    return type.getSort() != Type.VOID;
  }

  public MethodRef method() {
    return (MethodRef) attr;
  }

  public Var var() {
    return (Var) attr;
  }

  public Cond cond() {
    return (Cond) attr;
  }
}
