package com.example;

import dev.leibniz.Derivatives;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/** Prints f(2, 0.5) and its gradient, computed by the agent's f$adjoint; fails without the agent. */
public class Main {
  public static void main(String[] args) throws Throwable {
    MethodHandle adjoint = Derivatives.adjoint(MethodHandles.lookup(), Model.class, "f", double.class, double.class);
    double[] grad = new double[2];
    double value = (double) adjoint.invokeExact(2.0, 0.5, 1.0, grad);
    System.out.println("f(2, 0.5) = " + value + ", gradient = (" + grad[0] + ", " + grad[1] + ")");
  }
}
