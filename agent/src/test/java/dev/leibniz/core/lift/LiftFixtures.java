package dev.leibniz.core.lift;

/** Methods whose lifted IR is compared with golden text (see LifterGoldenTest). */
@SuppressWarnings("all")
class LiftFixtures {
  static double straight(double x, double y) {
    double a = x * y + 2;
    double b = a / x - Math.sin(y);
    return -b * a;
  }

  static double ifElse(double x) {
    double r;
    if (x > 0) {
      r = x * x;
    } else if (x < -1) {
      r = -x;
    } else {
      r = 1;
    }
    return r;
  }

  static double nestedLoops(double x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        if (j == 3) continue;
        s += x * j;
        if (s > 100) break;
      }
    }
    return s;
  }

  static double switches(double x, int k) {
    switch (k) {
      case 0: return x;
      case 1: return x * 2;
      case 2: return x * 3;
      default: break;
    }
    switch (k) {
      case 10: return -x;
      case 1000: return x / 2;
      default: return 0;
    }
  }

  static double ternary(double x, double y) {
    return (x > y ? x : y) * (x < 0 ? -1 : 1);
  }

  static double longsAndDoubles(double x, long n, float f) {
    long m = n * 3L + 1;
    double d = m;
    float g = f * 2f;
    int i = (int) x;
    return d * x + g + i + (m >>> 2);
  }

  static double deadCode(double x) {
    double unused = x * 7;
    int k = 3;
    if (k > 5) {
      return unused;
    }
    return x + 1;
  }
}
