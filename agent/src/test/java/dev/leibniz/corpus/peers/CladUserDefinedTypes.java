package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Clad (vgvassilev/clad on GitHub, commit 4b2c0eef), test/Gradient/UserDefinedTypes.C: functions taking,
 * building and returning user-defined types (std::pair, a struct with an array member and member functions,
 * std::complex, aggregates, classes with operators returning new objects, a functor, a Vector3 with unary minus and
 * scalar product).
 * Licence: Clad is LGPL-3.0. No text was copied: each function was written here, in Java, from what the C++ function
 * computes (same name, same statements in the same order).
 * Translation: std::pair<double, double> is CladPairdd, std::complex<double> CladComplex (real(v) sets re), struct
 * Tangent CladTangent, MyStruct CladMyStruct (all marked @Differentiable, as a Java user would to differentiate with
 * respect to their numbers); C++ passes them by value, so a function that assigns to a parameter's member works on a
 * copy, as the C++ callee does; operators are methods (plus, times, negate) or static helpers (operator+ of a double
 * and a Tangent, scalar times Vector3); the functor Identity is a class with an apply method.
 */

import dev.leibniz.Differentiable;

public final class CladUserDefinedTypes {
  private CladUserDefinedTypes() {}

  @Differentiable
  public static double fn1(CladPairdd p, double i) {
    double res = p.first + 2 * p.second + 3 * i;
    return res;
  }

  static double sum(CladTangent t) {
    double res = 0;
    for (int i = 0; i < 5; ++i) res += t.data[i];
    return res;
  }

  static double sum(double[] data) {
    double res = 0;
    for (int i = 0; i < 5; ++i) res += data[i];
    return res;
  }

  @Differentiable
  public static double fn2(CladTangent t, double i) {
    double res = sum(t);
    res += sum(t.data) + i + 2 * t.data[0];
    return res;
  }

  @Differentiable
  public static double fn3(double i, double j) {
    CladTangent t = new CladTangent(new double[5]);
    t.data[0] = 2 * i;
    t.data[1] = 5 * i + 3 * j;
    return sum(t);
  }

  @Differentiable
  public static double fn5(CladTangent t, double i) {
    return t.someMemFn2(i, i);
  }

  @Differentiable
  public static double fn6(CladComplex c0, double i) {
    CladComplex c = new CladComplex(c0.re, c0.im);
    c.re = 5 * i;
    double res = c.re + 3 * c.im + 6 * i;
    res += 4 * c.re;
    return res;
  }

  @Differentiable
  public static double fn7(CladComplex c10, CladComplex c2) {
    CladComplex c1 = new CladComplex(c10.re, c10.im);
    c1.re = c2.im + 5 * c2.re;
    return c1.re + 3 * c1.im;
  }

  @Differentiable
  public static double fn8(CladTangent t0, CladComplex c) {
    CladTangent t = new CladTangent(t0.data.clone());
    t.updateTo(c.re);
    return sum(t);
  }

  @Differentiable
  public static double fn9(CladTangent t, CladComplex c) {
    double res = 0;
    for (int i = 0; i < 5; ++i) res += c.re + 2 * c.im;
    res += sum(t);
    return res;
  }

  static double plus(double x, CladTangent t) {
    return x + t.data[0];
  }

  @Differentiable
  public static double fn11(double x, double y) {
    CladTangent t = new CladTangent(new double[5]);
    t.data[0] = -y;
    return plus(x, t);
  }

  @Differentiable
  public static CladMyStruct fn12(CladMyStruct s) {
    return new CladMyStruct(2 * s.a, 2 * s.b + 2);
  }

  @Differentiable
  public static double fn14(double x, double y) {
    CladMyStruct s = new CladMyStruct(2 * y, 3 * x + 2);
    return s.a * s.b;
  }

  @Differentiable
  public static double fn16(double i, double j) {
    CladSimpleFunctions1 obj1 = new CladSimpleFunctions1(2, 3);
    CladSimpleFunctions1 obj2 = new CladSimpleFunctions1(3, 5);
    return obj1.plus(obj2).mem_fn_1(i, j);
  }

  @Differentiable
  public static double fn18(double i, double j) {
    CladSimpleFunctions1 sf = new CladSimpleFunctions1(3 * i, 5 * j);
    return sf.mem_fn(i, j);
  }

  @Differentiable
  public static double fn19(double i, double j) {
    CladSimpleFunctions1 sf1 = new CladSimpleFunctions1(3, 5);
    CladSimpleFunctions1 sf2 = new CladSimpleFunctions1(i, j);
    return sf1.times(sf2).mem_fn(i, j);
  }

  static final class Identity {
    double apply(double u) {
      return u + 1;
    }
  }

  @Differentiable
  public static double fn21(double x, double y) {
    Identity di = new Identity();
    double val = di.apply(x);
    return val * val;
  }

  static final class B {
    double data = 0;
  }

  static double add(B b, double u) {
    return b.data + u;
  }

  @Differentiable
  public static double fn23(double u, double v) {
    B b = new B();
    b.data = v;
    double res = 0;
    res = add(b, u);
    return res;
  }

  static final class Vector3 {
    double x, y, z;

    Vector3(double x, double y, double z) {
      this.x = x;
      this.y = y;
      this.z = z;
    }

    Vector3 negate() {
      return new Vector3(-x, -y, -z);
    }
  }

  static Vector3 times(double a, Vector3 v) {
    return new Vector3(a * v.x, a * v.y, a * v.z);
  }

  @Differentiable
  public static double fn24(double x, double y) {
    Vector3 v = new Vector3(x, x, y);
    Vector3 w = times(2, v);
    return w.x;
  }

  @Differentiable
  public static double fn25(double x, double y) {
    Vector3 v = new Vector3(x, x, y);
    Vector3 w = v.negate();
    return w.x;
  }
}
