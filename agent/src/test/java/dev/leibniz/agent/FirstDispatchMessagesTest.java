package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodType;
import org.junit.jupiter.api.Test;

/**
 * What a first dispatch says when no method of the receiver's class fits the companion a call site
 * asks for: the companion in Java syntax and, when it takes the receiver's shadow (EJML's {@code
 * VectorVectorMult_DDRM.innerProdA} calling {@code DMatrixD1.unsafe_get} on a matrix with a shadow),
 * why none fits at a first call and what to do.
 */
class FirstDispatchMessagesTest {
  static class Matrix {
    double[] data = {1, 2};

    double get(int i) {
      return data[i];
    }
  }

  static final class RowMatrix extends Matrix {}

  @Test
  void aCompanionTakingTheReceiversShadowIsNamedWithTheReason() {
    MethodType site = MethodType.methodType(double.class, RowMatrix.class, Matrix.class, int.class);
    String m = FirstDispatch.noMethod(RowMatrix.class, "get", "get$tangent", site);
    assertTrue(m.contains("double ") && m.contains("RowMatrix.get$tangent(") && m.contains("Matrix, int)"), m);
    assertTrue(m.contains("takes the receiver's shadow (a Matrix)"), m);
    assertTrue(m.contains("calling class's shadow classes") && m.contains("double[]"), m);
  }

  /** {@code verbose}'s line for a method generated at its first call: Java syntax, not a descriptor. */
  @Test
  void verboseShowsTheMethodInJavaSyntax() {
    org.junit.jupiter.api.Assertions.assertEquals("void com.acme.Lorenz.computeDerivatives(double, double[], double[])",
        FirstDispatch.shown("com.acme.Lorenz", "computeDerivatives", "(D[D[D)V"));
  }

  interface Kernel<T> {
    double k(T x, T y);
  }

  static final class DotKernel implements Kernel<double[]> {
    @Override
    public double k(double[] x, double[] y) {
      return x[0] * y[0];
    }
  }

  @Test
  void aSitePassingObjectsThroughAGenericInterfaceIsNotTakenForAReceiversShadow() {
    // Smile's MercerKernel<double[]>.k called in differentiated code: the site names k(Object, Object) and asks for
    // k$tangent(Object, Object); Object is assignable from any receiver, which read as "takes the receiver's shadow"
    MethodType site = MethodType.methodType(double.class, DotKernel.class, Object.class, Object.class);
    String m = FirstDispatch.noMethod(DotKernel.class, "k", "k$tangent", site);
    assertTrue(!m.contains("receiver's shadow"), m);
    assertTrue(m.contains("DotKernel.k$tangent(Object, Object)") && m.contains("passed as Object"), m);
    assertTrue(m.contains("declare the receiver with the implementing class (" + DotKernel.class.getName() + ")"), m);
  }

  @Test
  void anyOtherMismatchNamesTheCompanionInJavaSyntax() {
    MethodType site = MethodType.methodType(double.class, RowMatrix.class, String.class);
    String m = FirstDispatch.noMethod(RowMatrix.class, "get", "get$tangent", site);
    assertTrue(m.startsWith("no method get of ") && m.contains("fits double ") && m.contains("get$tangent(String)"), m);
  }
}
