package dev.leibniz.core.lift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.objectweb.asm.Opcodes.*;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/** The instruction a diagnostic quotes, in Java's syntax rather than the JVM's (README, "Diagnostics"). */
class InsnTextTest {
  @Test
  void callsAndConstructorsAreJavaSignatures() {
    assertEquals("Double Double.valueOf(double)",
        InsnText.of(new MethodInsnNode(INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;")));
    assertEquals("double[] Gamma.Inner.f(double[][], int)",
        InsnText.of(new MethodInsnNode(INVOKEVIRTUAL, "org/x/Gamma$Inner", "f", "([[DI)[D")));
    assertEquals("new Vector3D(double, double, double)",
        InsnText.of(new MethodInsnNode(INVOKESPECIAL, "org/hipparchus/geometry/Vector3D", "<init>", "(DDD)V")));
    assertEquals("new Vector3D", InsnText.of(new TypeInsnNode(NEW, "org/hipparchus/geometry/Vector3D")));
  }

  @Test
  void fieldsAndElementsAreExpressions() {
    assertEquals("Body.vx", InsnText.of(new FieldInsnNode(GETFIELD, "nbody/Body", "vx", "D")));
    assertEquals("Body.vx = …", InsnText.of(new FieldInsnNode(PUTFIELD, "nbody/Body", "vx", "D")));
    assertEquals("Model.COUNT = …", InsnText.of(new FieldInsnNode(PUTSTATIC, "a/Model", "COUNT", "I")));
    assertEquals("a[i] (double[])", InsnText.of(new InsnNode(DALOAD)));
    assertEquals("a[i] = … (float[])", InsnText.of(new InsnNode(FASTORE)));
    assertEquals("a[i] = … (an array of objects)", InsnText.of(new InsnNode(AASTORE)));
    assertEquals("a.length", InsnText.of(new InsnNode(ARRAYLENGTH)));
    assertEquals("new double[…]", InsnText.of(new IntInsnNode(NEWARRAY, T_DOUBLE)));
    assertEquals("new Vector3D[…]", InsnText.of(new TypeInsnNode(ANEWARRAY, "g/Vector3D")));
    assertEquals("new double[…][…]", InsnText.of(new MultiANewArrayInsnNode("[[D", 2)));
    assertEquals("new double[…][]", InsnText.of(new MultiANewArrayInsnNode("[[D", 1)));
  }

  @Test
  void operatorsCastsAndConstants() {
    assertEquals("… * … (double)", InsnText.of(new InsnNode(DMUL)));
    assertEquals("… % … (int)", InsnText.of(new InsnNode(IREM)));
    assertEquals("-… (float)", InsnText.of(new InsnNode(FNEG)));
    assertEquals("… >>> …", InsnText.of(new InsnNode(LUSHR)));
    assertEquals("… ^ …", InsnText.of(new InsnNode(LXOR)));
    assertEquals("(int) …", InsnText.of(new InsnNode(D2I)));
    assertEquals("(char) …", InsnText.of(new InsnNode(I2C)));
    assertEquals("(Vector3D) …", InsnText.of(new TypeInsnNode(CHECKCAST, "g/Vector3D")));
    assertEquals("… instanceof Vector3D", InsnText.of(new TypeInsnNode(INSTANCEOF, "g/Vector3D")));
    assertEquals("1.0", InsnText.of(new InsnNode(DCONST_1)));
    assertEquals("-1", InsnText.of(new InsnNode(ICONST_M1)));
    assertEquals("0.5", InsnText.of(new LdcInsnNode(0.5)));
    assertEquals("7L", InsnText.of(new LdcInsnNode(7L)));
    assertEquals("\"sigma \"", InsnText.of(new LdcInsnNode("sigma ")));
    assertEquals("Model.class", InsnText.of(new LdcInsnNode(Type.getObjectType("a/Model"))));
    assertEquals("throw …", InsnText.of(new InsnNode(ATHROW)));
    assertEquals("synchronized (…)", InsnText.of(new InsnNode(MONITORENTER)));
    assertEquals("local variable 3 = …", InsnText.of(new VarInsnNode(DSTORE, 3)));
  }

  @Test
  void aFloatingComparisonIsNamedByTheTestAfterIt() {
    InsnList code = new InsnList();
    InsnNode exact = new InsnNode(DCMPL), order = new InsnNode(DCMPG);
    LabelNode target = new LabelNode();
    code.add(exact);
    code.add(new JumpInsnNode(IFNE, target));
    code.add(order);
    code.add(new JumpInsnNode(IFGE, target));
    code.add(target);
    assertEquals("… == … (an exact test of two doubles)", InsnText.of(exact));
    assertEquals("… < … (an order comparison of two doubles: <, <=, > or >=)", InsnText.of(order));
    assertEquals("if (… < …)", InsnText.of(new JumpInsnNode(IF_ICMPLT, target)));
    assertEquals("if (… == null)", InsnText.of(new JumpInsnNode(IFNULL, target)));
  }

  @Test
  void lambdasMethodReferencesAndConcatenation() {
    Handle metafactory = new Handle(H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory", "metafactory", "()V", false);
    Handle body = new Handle(H_INVOKESTATIC, "a/Model", "lambda$f$0", "(D)D", false);
    Handle square = new Handle(H_INVOKESTATIC, "a/Model", "square", "(D)D", false);
    Type shape = Type.getType("(D)D");
    assertEquals("a lambda (DoubleUnaryOperator, its body Model.lambda$f$0)", InsnText.of(new InvokeDynamicInsnNode(
        "applyAsDouble", "()Ljava/util/function/DoubleUnaryOperator;", metafactory, shape, body, shape)));
    assertEquals("Model::square (a DoubleUnaryOperator)", InsnText.of(new InvokeDynamicInsnNode(
        "applyAsDouble", "()Ljava/util/function/DoubleUnaryOperator;", metafactory, shape, square, shape)));
    Handle concat = new Handle(H_INVOKESTATIC, "java/lang/invoke/StringConcatFactory", "makeConcatWithConstants", "()V", false);
    assertEquals("\"…\" + … (a string concatenation)",
        InsnText.of(new InvokeDynamicInsnNode("makeConcatWithConstants", "(D)Ljava/lang/String;", concat, "x = \u0001")));
  }
}
