package com.example;

/** Prints f(2, 0.5) and its gradient, computed by the agent's f$adjoint; fails without the agent. */
public class Main {
  public static void main(String[] args) {
    double[] grad = new double[2];
    double value = ModelDerivatives.fAdjoint(2.0, 0.5, 1.0, grad);   // ModelDerivatives: written by the annotation processor
    System.out.println("f(2, 0.5) = " + value + ", gradient = (" + grad[0] + ", " + grad[1] + ")");
  }
}
