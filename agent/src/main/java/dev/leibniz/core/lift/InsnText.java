package dev.leibniz.core.lift;

import static org.objectweb.asm.Opcodes.*;

import dev.leibniz.core.JavaSignature;
import dev.leibniz.core.outline.OutlinedNames;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.util.Printer;

/**
 * Renders the bytecode instruction a diagnostic is located at as the Java construct it compiles
 * from, so that a message reads in the user's language, not the JVM's: {@code double
 * Gamma.logGamma(double)} for a call, {@code new Vector3D(double, double, double)}, {@code
 * Body.vx = …} for a field write, {@code a[i] (double[])} for an element read, {@code … == …} for
 * an exact test of two doubles, {@code Model::square} for a method reference. Operands the bytecode
 * does not name are written {@code …}; the message's line number and reason say which ones.
 */
public final class InsnText {
  private InsnText() {}

  /** The Java form of {@code insn}; empty for none; any other object's own text. */
  public static String of(Object insn) {
    if (!(insn instanceof AbstractInsnNode)) {
      return insn == null ? "" : insn.toString();
    }
    AbstractInsnNode n = (AbstractInsnNode) insn;
    if (n instanceof MethodInsnNode) return call((MethodInsnNode) n);
    if (n instanceof InvokeDynamicInsnNode) return dynamic((InvokeDynamicInsnNode) n);
    if (n instanceof FieldInsnNode) return field((FieldInsnNode) n);
    if (n instanceof TypeInsnNode) return typed((TypeInsnNode) n);
    if (n instanceof LdcInsnNode) return constant(((LdcInsnNode) n).cst);
    if (n instanceof JumpInsnNode) return jump(n.getOpcode());
    if (n instanceof VarInsnNode) return local(n.getOpcode(), ((VarInsnNode) n).var);
    if (n instanceof IincInsnNode) return "local variable " + ((IincInsnNode) n).var + " += " + ((IincInsnNode) n).incr;
    if (n instanceof MultiANewArrayInsnNode) return multiArray((MultiANewArrayInsnNode) n);
    String simple = simple(n);
    if (simple != null) return simple;
    int op = n.getOpcode();
    return op < 0 ? "" : "bytecode " + Printer.OPCODES[op].toLowerCase(); // stack shuffles: no Java construct of their own
  }

  private static String call(MethodInsnNode m) {
    if (m.name.equals("<init>")) return "new " + JavaSignature.method(m.owner, m.name, m.desc);
    if (OutlinedNames.userMethod(m.name) != null) return OutlinedNames.call(m.owner, m.name); // the user never wrote it
    return JavaSignature.method(m.owner, m.name, m.desc);
  }

  /** A lambda, a method reference, a string concatenation, or another bootstrap by its method. */
  private static String dynamic(InvokeDynamicInsnNode indy) {
    String bootstrap = indy.bsm.getOwner();
    if (bootstrap.equals("java/lang/invoke/StringConcatFactory")) return "\"…\" + … (a string concatenation)";
    String type = JavaSignature.type(Type.getReturnType(indy.desc));
    if (bootstrap.equals("java/lang/invoke/LambdaMetafactory")) {
      for (Object arg : indy.bsmArgs) {
        if (!(arg instanceof Handle)) continue;
        Handle h = (Handle) arg;
        String owner = JavaSignature.className(h.getOwner());
        if (h.getName().startsWith("lambda$") || h.getName().contains("$anonfun$")) return "a lambda (" + type + ", its body " + owner + "." + h.getName() + ")";
        return owner + "::" + (h.getName().equals("<init>") ? "new" : h.getName()) + " (a " + type + ")";
      }
    }
    return "invokedynamic " + indy.name + " (bootstrap " + JavaSignature.className(bootstrap) + "." + indy.bsm.getName() + ")";
  }

  private static String field(FieldInsnNode f) {
    String name = JavaSignature.fieldName(f.owner, f.name);
    return f.getOpcode() == PUTFIELD || f.getOpcode() == PUTSTATIC ? name + " = …" : name;
  }

  private static String typed(TypeInsnNode t) {
    String type = JavaSignature.type(Type.getObjectType(t.desc));
    switch (t.getOpcode()) {
      case NEW: return "new " + type;
      case ANEWARRAY: return "new " + type + "[…]";
      case CHECKCAST: return "(" + type + ") …";
      default: return "… instanceof " + type;
    }
  }

  private static String constant(Object cst) {
    if (cst instanceof String) {
      String s = (String) cst;
      return '"' + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + '"';
    }
    if (cst instanceof Type) return JavaSignature.type((Type) cst) + ".class";
    if (cst instanceof Long) return cst + "L";
    if (cst instanceof Float) return cst + "f";
    return String.valueOf(cst);
  }

  private static String jump(int op) {
    switch (op) {
      case IFEQ: case IFNE: case IFLT: case IFGE: case IFGT: case IFLE: return "if (…)";
      case IFNULL: return "if (… == null)";
      case IFNONNULL: return "if (… != null)";
      case IF_ACMPEQ: case IF_ACMPNE: return "if (… == …) (the same object)";
      case GOTO: return "goto (a loop or the end of a branch)";
      case JSR: return "jsr (a subroutine, as compilers of Java 1.4 compiled finally)";
      default: return "if (… " + comparison(op) + " …)";
    }
  }

  private static String comparison(int op) {
    switch (op) {
      case IF_ICMPEQ: return "==";
      case IF_ICMPNE: return "!=";
      case IF_ICMPLT: return "<";
      case IF_ICMPGE: return ">=";
      case IF_ICMPGT: return ">";
      default: return "<=";
    }
  }

  private static String local(int op, int slot) {
    if (op == RET) return "ret (the end of a subroutine)";
    String variable = "local variable " + slot;
    return op >= ISTORE && op <= ASTORE ? variable + " = …" : variable;
  }

  private static String multiArray(MultiANewArrayInsnNode m) {
    Type t = Type.getType(m.desc);
    return "new " + JavaSignature.type(t.getElementType()) + "[…]".repeat(m.dims) + "[]".repeat(t.getDimensions() - m.dims);
  }

  /** The instructions without operands in the class file: arithmetic, conversions, array elements. */
  private static String simple(AbstractInsnNode n) {
    int op = n.getOpcode();
    if (op >= IALOAD && op <= SALOAD) return "a[i] (" + arrayType(op - IALOAD) + ")";
    if (op >= IASTORE && op <= SASTORE) return "a[i] = … (" + arrayType(op - IASTORE) + ")";
    if (op >= IADD && op <= DREM) return "… " + "+-*/%".charAt((op - IADD) / 4) + " … (" + numeric((op - IADD) % 4) + ")";
    if (op >= INEG && op <= DNEG) return "-… (" + numeric(op - INEG) + ")";
    if (op >= ISHL && op <= LXOR) return "… " + new String[] {"<<", ">>", ">>>", "&", "|", "^"}[(op - ISHL) / 2] + " …";
    if (op >= I2L && op <= I2S) return "(" + conversionTarget(op) + ") …";
    switch (op) {
      case LCMP: return "… compared with … (long)";
      case FCMPL: case FCMPG: return comparedFloats(n, "float");
      case DCMPL: case DCMPG: return comparedFloats(n, "double");
      case IRETURN: case LRETURN: case FRETURN: case DRETURN: case ARETURN: return "return …";
      case RETURN: return "return";
      case ARRAYLENGTH: return "a.length";
      case ATHROW: return "throw …";
      case MONITORENTER: return "synchronized (…)";
      case MONITOREXIT: return "the end of synchronized (…)";
      case ACONST_NULL: return "null";
      case TABLESWITCH: case LOOKUPSWITCH: return "switch (…)";
      case NEWARRAY: return "new " + primitive(((IntInsnNode) n).operand) + "[…]";
      case BIPUSH: case SIPUSH: return String.valueOf(((IntInsnNode) n).operand);
      default:
        if (op >= ICONST_M1 && op <= DCONST_1) return constantOf(op);
        return null;
    }
  }

  /**
   * A comparison of two floating values and the test that follows it: {@code … == …} where the test is
   * for equality (either way: javac jumps on the negation of the source's condition), else an order.
   */
  private static String comparedFloats(AbstractInsnNode cmp, String type) {
    AbstractInsnNode next = cmp.getNext();
    while (next != null && next.getOpcode() < 0) next = next.getNext();
    int test = next == null ? -1 : next.getOpcode();
    if (test == IFEQ || test == IFNE) return "… == … (an exact test of two " + type + "s)";
    return "… < … (an order comparison of two " + type + "s: <, <=, > or >=)";
  }

  private static String arrayType(int k) {
    return new String[] {"int[]", "long[]", "float[]", "double[]", "an array of objects", "byte[] or boolean[]", "char[]", "short[]"}[k];
  }

  /** The element type a {@code NEWARRAY} operand ({@code T_BOOLEAN} = 4 ... {@code T_LONG} = 11) names. */
  private static String primitive(int operand) {
    return new String[] {"boolean", "char", "float", "double", "byte", "short", "int", "long"}[operand - T_BOOLEAN];
  }

  private static String numeric(int k) {
    return new String[] {"int", "long", "float", "double"}[k];
  }

  private static String conversionTarget(int op) {
    switch (op) {
      case I2L: case F2L: case D2L: return "long";
      case I2F: case L2F: case D2F: return "float";
      case I2D: case L2D: case F2D: return "double";
      case L2I: case F2I: case D2I: return "int";
      case I2B: return "byte";
      case I2C: return "char";
      default: return "short";
    }
  }

  private static String constantOf(int op) {
    if (op <= ICONST_5) return String.valueOf(op - ICONST_0);
    if (op <= LCONST_1) return (op - LCONST_0) + "L";
    if (op <= FCONST_2) return (op - FCONST_0) + ".0f";
    return (op - DCONST_0) + ".0";
  }
}
