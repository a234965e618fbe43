package dev.leibniz.core.ir;

/**
 * The instruction set of the IR. Arithmetic is typed by the instruction's result type; the
 * operand order is the JVM's. Terminators end a block; {@code TAPE_*} and {@code VAR_*} appear
 * only in generated graphs.
 */
public enum Op {
  /** A parameter; attribute: its index in the descriptor (the receiver is parameter 0 if any). */
  PARAM,
  /** A constant; attribute: a boxed {@link Number}, or null for {@code null}. */
  CONST,
  ADD,
  SUB,
  MUL,
  DIV,
  REM,
  NEG,
  SHL,
  SHR,
  USHR,
  AND,
  OR,
  XOR,
  /** A primitive conversion to the instruction's type; the source type is the operand's. */
  CONV,
  /** {@code LCMP}, {@code FCMPL}, ... ; attribute: the opcode. */
  CMP,
  /** {@code (args[0] cond 0) ? args[1] : args[2]}; attribute: a {@link Cond}. */
  SELECT,
  /** A call of a math function that has a derivative rule ({@code core.rules.MathRules#find}). */
  MATH,
  /** Any other call; attribute: a {@link MethodRef} (or the original invokedynamic node). */
  INVOKE,
  GETFIELD,
  GETSTATIC,
  PUTFIELD,
  PUTSTATIC,
  /** {@code args[0][args[1]]}. */
  ALOAD,
  /** {@code args[0][args[1]] = args[2]}. */
  ASTORE,
  ALENGTH,
  /** A new array of the instruction's type; args: the dimensions. */
  NEWARRAY,
  /** {@code new T} (uninitialised; followed by the constructor call). */
  NEW,
  CHECKCAST,
  INSTANCEOF,
  /** The shadow array for a primal array: {@code args[1] != null ? args[1] : zeros like args[0]}. */
  SHADOW,
  /** Reads a mutable {@link Var}; attribute: the variable. */
  VAR_READ,
  /** Writes {@code args[0]} into a {@link Var}; attribute: the variable. */
  VAR_WRITE,
  /**
   * Pushes the arguments on the tape of their kind; attribute {@code Boolean.TRUE} when a
   * {@link #TAPE_RESERVE} before it made room (no growth check).
   */
  TAPE_PUSH,
  /** Pops a value of the instruction's type from its tape. */
  TAPE_POP,
  /**
   * Makes room on the tapes for a loop's pushes before it runs: {@code (max(0, args[0]) + 1)}
   * trips ({@code args[0]} a {@code long}) of the entries per trip given as attribute, an {@code
   * int[4]} by tape ({@code double, int, long, Object}).
   */
  TAPE_RESERVE,
  /**
   * Stores {@code args[0]} into the local of the value given as attribute: a split adjoint's
   * reverse entry restores the forward values its reverse sweep reads.
   */
  RESTORE,
  /** A call of a generated helper of the class; attribute: a {@link MethodRef}. */
  HELPER,
  /**
   * Entry into a recovering {@code try} ({@link TryRegion}, the attribute): an {@code int} that is
   * always 0, tested by the {@code IF} ending its block, whose taken branch leads to the handler. The
   * graph so holds the handler as a second path from the entry (the state there is the state at
   * entry); the emitter lets an exception thrown in the body take it, at run time.
   */
  TRY_ENTER,
  /** The point where control leaves the body of the {@link TryRegion} given as attribute. */
  TRY_EXIT,
  /** {@code synchronized (args[0])}: takes the monitor (the emitter releases it where an exception leaves the block). */
  MONITOR_ENTER,
  /** Releases the monitor of {@code args[0]}. */
  MONITOR_EXIT,
  // Terminators.
  GOTO,
  /** Branches to {@code targets[0]} when the condition holds, else to {@code targets[1]}. */
  IF,
  /** Attribute: the int keys; targets: one per key, then the default. */
  SWITCH,
  RETURN,
  THROW;

  public boolean isTerminator() {
    return ordinal() >= GOTO.ordinal();
  }

  // Traits of the operations, defined here once for every phase that asks (both builders, the
  // emitter, the analyses) instead of in parallel switches kept in step by hand.

  /**
   * One arithmetic, bitwise or conversion instruction that cannot throw ({@code DIV} and {@code
   * REM} can, on an integer zero): one such operation is cheaper than a tape entry, so a reverse
   * sweep recomputes it ({@code TapePolicy}).
   */
  public boolean isCheapArithmetic() {
    switch (this) {
      case ADD: case SUB: case MUL: case NEG: case SHL: case SHR: case USHR: case AND: case OR: case XOR: case CONV:
        return true;
      default:
        return false;
    }
  }

  /** The arithmetic operations: {@link #isCheapArithmetic} ones, {@code DIV} and {@code REM}. */
  public boolean isArithmetic() {
    return isCheapArithmetic() || this == DIV || this == REM;
  }

  /**
   * Computes its value from its operands alone, for a result of type {@code type}: reads no memory,
   * writes nothing, throws nothing (integer {@code DIV}/{@code REM} throw on zero; math functions
   * are pure). Such an operation may be moved to where its value is used.
   */
  public boolean isPureFor(org.objectweb.asm.Type type) {
    switch (this) {
      case CMP: case SELECT: case MATH:
        return true;
      case DIV: case REM:
        return type.getSort() == org.objectweb.asm.Type.DOUBLE || type.getSort() == org.objectweb.asm.Type.FLOAT;
      default:
        return isCheapArithmetic();
    }
  }

  /** Every partial along its operands is 1 or -1 ({@code ADD}, {@code SUB}, {@code NEG}, {@code CONV}). */
  public boolean hasUnitPartials() {
    return this == ADD || this == SUB || this == NEG || this == CONV;
  }
}
