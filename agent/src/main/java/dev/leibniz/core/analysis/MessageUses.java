package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Value;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Whether a value made from an active one (a box, {@code Double.valueOf(x)}, or text, a helper's
 * {@code String}) only ever ends in a message: printed, or given to the constructor of an
 * exception or error that is then thrown, possibly through text built from it (string concatenation, {@code
 * String.format} and its varargs {@code Object[]}, a {@code StringBuilder}). Messages carry no
 * derivative and nobody expects them to, so building them from active values is passive. A box
 * that is only compared ({@code Double.valueOf(x).equals(x0)}, {@link PassiveCalls#isComparing})
 * counts as such a use too: the answer is a yes or no, like {@code x == x0}. Any other
 * use (unboxing, parsing, storing, returning, passing to a method, a phi) could turn the value back
 * into a number without its derivative, so the call that made it stays refused.
 */
public final class MessageUses {
  private final Map<Value, List<Insn>> users;
  private final Callees callees;
  /** Summarising a callee's parameter: returning it is fine, its caller checks the call's result in turn. */
  private final boolean asCallee;

  MessageUses(Graph g, Callees callees) {
    this(g, callees, false);
  }

  private MessageUses(Graph g, Callees callees, boolean asCallee) {
    this.callees = callees;
    this.asCallee = asCallee;
    users = Users.of(g);
  }

  /**
   * True when parameter {@code k} (receiver first) of {@code g} only ends in messages, null tests
   * or {@code g}'s result (a library's {@code ArgChecker.notNull(x, "x")} returns its argument: the
   * caller checks what it does with the call's result); callees are not followed (a message array
   * passed on is refused).
   */
  public static boolean paramOnlyInMessages(Graph g, int k) {
    return k < g.params.size() && new MessageUses(g, null, true).onlyInMessages(g.params.get(k));
  }

  /** True when every use of {@code v}, and of the text built from it, ends in a message. */
  boolean onlyInMessages(Value v) {
    return endsInMessages(v, new HashSet<>());
  }

  private boolean endsInMessages(Value v, Set<Value> seen) {
    if (!seen.add(v)) return true;
    for (Insn u : users.getOrDefault(v, List.of())) {
      if (u == null || !isMessageUse(u, v, seen)) return false; // null: flows into a phi
    }
    return true;
  }

  private boolean isMessageUse(Insn u, Value v, Set<Value> seen) {
    if (u.op == Op.RETURN) return asCallee;
    if (u.op == Op.IF) return isNullTest(u); // a yes/no answer, like a comparison
    if (u.op == Op.CHECKCAST) return endsInMessages(u, seen); // a generic bridge's (Double) x
    if (u.op == Op.ASTORE) {
      return u.arg(2) == v && u.arg(0) != v && isFormatArguments(u.arg(0), seen);
    }
    if (u.op != Op.INVOKE) return false;
    if (u.attr instanceof InvokeDynamicInsnNode) {
      return PassiveCalls.isSafe(u.attr) && endsInMessages(u, seen); // string concatenation
    }
    MethodRef m = u.method();
    boolean receiver = !m.isStatic() && u.arg(0) == v;
    if (PassiveCalls.isBuilder(m.owner())) {
      // a StringBuilder: what it is built into, and the builder itself, must end in messages
      if (m.name().equals("<init>") || m.name().equals("length")) return receiver || endsInMessages(u.arg(0), seen);
      if (m.name().equals("append") || m.name().equals("toString")) {
        return endsInMessages(u, seen) && endsInMessages(u.arg(0), seen);
      }
      return false;
    }
    if (PassiveCalls.isComparing(m)) return true; // a yes/no answer: nothing numeric leaves
    if (receiver) return false;
    if (PassiveCalls.isPrinting(m) || isThrownExceptionConstructor(u)) return true;
    return PassiveCalls.isFormatting(m) && endsInMessages(u, seen) || isMessageArgumentOf(u, v, seen);
  }

  /** {@code if (x == null)}: whether a reference is null says nothing numeric. */
  private static boolean isNullTest(Insn test) {
    return test.args.length == 1 && (test.cond() == dev.leibniz.core.ir.Cond.NULL || test.cond() == dev.leibniz.core.ir.Cond.NONNULL);
  }

  /**
   * {@code throw new IllegalArgumentException(message)}, or a library's {@code new
   * MathIllegalArgumentException(pattern, x)}: the constructor of an exception or error (by class
   * name) on an object built here whose only other use is being thrown. Code that is
   * differentiated cannot catch it (try/catch is refused), so its arguments only become a message.
   * Summarising a callee, being returned counts as being thrown: a factory of exceptions (Commons Geometry's {@code
   * throw Vectors.illegalNorm(norm)}), passive only where its caller throws what it returns ({@link #onlyThrown}).
   */
  boolean isThrownExceptionConstructor(Insn call) {
    MethodRef m = call.method();
    if (!m.name().equals("<init>") || !(m.owner().endsWith("Exception") || m.owner().endsWith("Error"))) return false;
    Value object = call.arg(0);
    if (!(object instanceof Insn) || ((Insn) object).op != Op.NEW) return false;
    for (Insn u : users.getOrDefault(object, List.of())) {
      if (u == null || (u != call && u.op != Op.THROW && !(asCallee && u.op == Op.RETURN))) return false;
    }
    return true;
  }

  /** True when nothing uses {@code v} (a call's result the caller drops: {@code checkNotNull(v, "v");}). */
  boolean isUnused(Value v) {
    return users.getOrDefault(v, List.of()).isEmpty();
  }

  /** True when {@code v} is only thrown ({@code throw Vectors.illegalNorm(norm)}), through casts. */
  boolean onlyThrown(Value v) {
    List<Insn> uses = users.getOrDefault(v, List.of());
    for (Insn u : uses) {
      if (u == null || u.op != Op.THROW && !(u.op == Op.CHECKCAST && onlyThrown(u))) return false;
    }
    return !uses.isEmpty();
  }

  /**
   * {@code Validate.isTrue(ok, "x = %s", new Object[] {x})}, {@code ArgChecker.notNull(box, "x")}: a
   * static or private callee (the code read is the code run) whose summary shows it only builds
   * messages from the value (an array or a box), passed once, null-tests it or returns it; what it
   * returns must end in messages here (nothing uses it: the usual argument check).
   */
  private boolean isMessageArgumentOf(Insn call, Value array, Set<Value> seen) {
    MethodRef m = call.method();
    if (callees == null || !(m.isStatic() || m.opcode() == org.objectweb.asm.Opcodes.INVOKESPECIAL) || m.name().startsWith("<")) {
      return false;
    }
    int at = java.util.Arrays.asList(call.args).indexOf(array);
    return at == java.util.Arrays.asList(call.args).lastIndexOf(array) && callees.usesOnlyInMessages(m, at)
        && endsInMessages(call, seen);
  }

  /** An {@code Object[]} allocated here that is only filled and formatted into messages. */
  private boolean isFormatArguments(Value array, Set<Value> seen) {
    if (!(array instanceof Insn) || ((Insn) array).op != Op.NEWARRAY || !array.type.getDescriptor().equals("[Ljava/lang/Object;")) {
      return false;
    }
    if (!seen.add(array)) return true;
    for (Insn u : users.getOrDefault(array, List.of())) {
      if (u == null) return false;
      if (u.op == Op.ASTORE && u.arg(0) == array && u.arg(2) != array) continue;
      if (u.op == Op.INVOKE && u.attr instanceof MethodRef && PassiveCalls.isPrinting(u.method())) continue;
      if (u.op == Op.INVOKE && u.attr instanceof MethodRef && isThrownExceptionConstructor(u) && u.arg(0) != array) continue;
      if (u.op == Op.INVOKE && u.attr instanceof MethodRef && PassiveCalls.isFormatting(u.method())
          && endsInMessages(u, seen)) continue;
      if (u.op == Op.INVOKE && u.attr instanceof MethodRef && isMessageArgumentOf(u, array, seen)) continue;
      return false;
    }
    return true;
  }
}
