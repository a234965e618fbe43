package dev.leibniz.core.ir;

import org.objectweb.asm.Opcodes;

/** A branch condition: a comparison of one value with zero/null, or of two values. */
public enum Cond {
  EQ,
  NE,
  LT,
  GE,
  GT,
  LE,
  NULL,
  NONNULL;

  /** The condition that holds exactly when this one does not. */
  public Cond negate() {
    switch (this) {
      case EQ: return NE;
      case NE: return EQ;
      case LT: return GE;
      case GE: return LT;
      case GT: return LE;
      case LE: return GT;
      case NULL: return NONNULL;
      default: return NULL;
    }
  }

  /** The {@code IFxx} opcode comparing an int with zero (or a reference with null). */
  public int zeroOpcode() {
    switch (this) {
      case EQ: return Opcodes.IFEQ;
      case NE: return Opcodes.IFNE;
      case LT: return Opcodes.IFLT;
      case GE: return Opcodes.IFGE;
      case GT: return Opcodes.IFGT;
      case LE: return Opcodes.IFLE;
      case NULL: return Opcodes.IFNULL;
      default: return Opcodes.IFNONNULL;
    }
  }

  /** The {@code IF_ICMPxx} opcode, or {@code IF_ACMPxx} when {@code reference}. */
  public int pairOpcode(boolean reference) {
    if (reference) {
      return this == EQ ? Opcodes.IF_ACMPEQ : Opcodes.IF_ACMPNE;
    }
    return Opcodes.IF_ICMPEQ + ordinal();
  }
}
