package dev.leibniz.corpus.peers8;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The eighth peer round").
 * Source: the Swift compiler's differentiation tests (swiftlang/swift on GitHub),
 * test/AutoDiff/validation-test/control_flow.swift at commit 44c27935bbd9e0f3abda33180fb07e60ba2554c0: the testsets
 * Conditionals (cond1, cond2, cond3, cond4_var, cond_tuple_var, cond_struct_var, cond_nestedstruct_var,
 * guard2, guard2_var, guard3, cond_generic), NestedConditionals (nested1, nested2, nested3, TF-781 without a method),
 * Recursion (factorial, factorial_var2, product), Enums (enum_notactive2, enum_indirect_notactive1,
 * optional_notactive1, the struct Dense: SwiftDense), Loops (for_loop, repeat_while_loop_nested_repeat,
 * repeat_while_loop_condition, loop_continue, nested_loop1, nested_loop2, issue 56342's loop in a method),
 * BranchingCastInstructions (typeCheckOperator) and ThrowingCalls (testComplexControlFlow,
 * testBooleanShortCircuitingOperations).
 * Licence: Apache-2.0 with the Runtime Library Exception (Copyright (c) 2014 - 2020 Apple Inc. and the Swift project
 * authors).
 * Translation (written here in Java; no comments copied): Swift's Float is Java's float; each local func is a static
 * method; tuples are float[] (a nested tuple a small class), structs small final classes, Swift's payload enums a
 * sealed interface with records (passive: the test's enums carry no derivative), `indirect` cases a record holding
 * the interface, Float? a boxed Float that may be null; `guard ... else` is an `if` with the negated condition;
 * `fatalError()` throws IllegalStateException; `outerIf: if 1 == 1 { ... break outerIf }` a labelled if on a local
 * `one`; `repeat { } while` is do-while; `i.isMultiple(of: 2)` is `i % 2 == 0`; `Int(x.truncatingRemainder(dividingBy:
 * 7))` is `(int) (x % 7)` and the labelled `switch` with `break outerLoop` the same in Java; `metatype is Int.Type` is
 * a Class<?> compared with Integer.class; the throwing no-ops a method that returns; `0..<Int(x)` a loop to `(int) x`.
 */

import dev.leibniz.Differentiable;
import dev.leibniz.corpus.peers8.SwiftEnums.A;
import dev.leibniz.corpus.peers8.SwiftEnums.B;
import dev.leibniz.corpus.peers8.SwiftEnums.Choice;
import dev.leibniz.corpus.peers8.SwiftEnums.E;
import dev.leibniz.corpus.peers8.SwiftEnums.Indirect;
import dev.leibniz.corpus.peers8.SwiftEnums.Wrapped;

public final class SwiftControlFlow {
  private SwiftControlFlow() {}

  @Differentiable
  public static float cond1(float x) {
    if (x > 0) return x * x;
    return x + x;
  }

  @Differentiable
  public static float cond2(float x) {
    float y;
    if (x > 0) {
      y = x * x;
    } else if (x == -1337) {
      y = 0;
    } else {
      y = x + x;
    }
    return y;
  }

  @Differentiable
  public static float cond3(float x, float y) {
    if (x > 0) return x * y;
    return y - x;
  }

  @Differentiable
  public static float cond4Var(float x) {
    float outer = x;
    int one = 1;
    outerIf:
    if (one == 1) {
      float inner = outer;
      inner = inner * x;
      if (one == 0) break outerIf;
      outer = inner;
    }
    return outer;
  }

  /** x + x, the long way: two tuples written in place. */
  @Differentiable
  public static float condTupleVar(float x) {
    float[] y = {x, x};
    float[] z = {x + x, x - x};
    if (x > 0) {
      float[] w = {x, x};
      y[0] = w[1];
      y[1] = w[0];
      z[0] = z[0] - y[0];
      z[1] = z[1] + y[0];
    } else {
      z = new float[] {x, x};
    }
    return y[0] + y[1] - z[0] + z[1];
  }

  static final class FloatPair {
    float first;
    float second;

    FloatPair(float first, float second) {
      this.first = first;
      this.second = second;
    }
  }

  static final class Pair {
    FloatPair first;
    float second;

    Pair(FloatPair first, float second) {
      this.first = first;
      this.second = second;
    }
  }

  @Differentiable
  public static float condStructVar(float x) {
    FloatPair y = new FloatPair(x, x);
    FloatPair z = new FloatPair(x + x, x - x);
    if (x > 0) {
      FloatPair w = new FloatPair(y.first, y.second);
      y.first = w.second;
      y.second = w.first;
      z.first = z.first - y.first;
      z.second = z.second + y.first;
    } else {
      z = new FloatPair(x, x);
    }
    return y.first + y.second - z.first + z.second;
  }

  @Differentiable
  public static float condNestedStructVar(float x) {
    FloatPair y = new FloatPair(x + x, x - x);
    Pair z = new Pair(new FloatPair(y.first, y.second), x);
    if (x > 0) {
      FloatPair w = new FloatPair(x, x);
      y.first = w.second;
      y.second = w.first;
      z.first.first = z.first.first - y.first;
      z.first.second = z.first.second + y.first;
    } else {
      z = new Pair(new FloatPair(y.first - x, y.second + x), x);
    }
    return y.first + y.second - z.first.first + z.first.second;
  }

  @Differentiable
  public static float guard2(float x, float y) {
    if (!(x > 0)) {
      if (y > 0) {
        return x * y;
      } else if (x == -1337) {
        return x * x;
      }
      return 0;
    }
    return y * y;
  }

  @Differentiable
  public static float guard2Var(float x, float y) {
    float z = y;
    if (!(x > 0)) {
      if (y > 0) {
        z = z * x;
      } else if (x == -1337) {
        z = x;
        z = z * z;
      } else {
        z = 0;
      }
      return z;
    }
    return z * y;
  }

  @Differentiable
  public static float guard3(float x, float y) {
    if (!(x > 0)) throw new IllegalStateException("x must be positive");
    return y * y;
  }

  static float condGeneric(float x, float y) {
    if (x > 0) return x;
    return y;
  }

  @Differentiable
  public static float condGenericCall(float x, float y) {
    return condGeneric(x, y);
  }

  @Differentiable
  public static float nested1(float x) {
    if (x > 0) {
      if (x > 10) {
        return x * x + x;
      } else {
        return x * x;
      }
    }
    return x * -x;
  }

  @Differentiable
  public static float nested2(float x, float y) {
    if (x > 0) {
      if (y > 10) {
        return x * y;
      } else {
        return x + y;
      }
    }
    return -y;
  }

  @Differentiable
  public static float nested3(float x, float y) {
    if (x > 0) {
      if (y > 10) {
        float z = x * y;
        if (z > 100) {
          return x + z;
        } else if (y == 20) {
          return z + z;
        }
      } else {
        return x + y;
      }
    }
    return -y;
  }

  /** TF-781 without a method: the product under two always-true ifs (the test differentiates in x only). */
  @Differentiable
  public static float tf781(float x, float y) {
    float result = y;
    int one = 1;
    if (one == 1) {
      if (one == 1) result = result * x;
    }
    return result;
  }

  /** Defined at whole numbers only: elsewhere the recursion never meets 1 (the test's points are whole). */
  @Differentiable
  public static float factorial(float x) {
    if (x == 1) return 1;
    return x * factorial(x - 1);
  }

  @Differentiable
  public static float factorialVar2(float x) {
    float y = 1;
    if (x == 1) {
      y = 1;
    } else {
      y = x;
      y = y * factorialVar2(y - 1);
    }
    return y;
  }

  @Differentiable
  public static float product(float x, int count) {
    if (count <= 0) throw new IllegalArgumentException("count must be positive");
    if (count == 1) return x;
    return x * product(x, count - 1);
  }

  static float enumNotActive1(Choice e, float x) {
    if (e instanceof A a) return x * a.a();
    B b = (B) e;
    return x * b.b1() * b.b2();
  }

  @Differentiable
  public static float enumNotActive2(Choice e, float x) {
    float y = x;
    if (x > 0) {
      float z = y + y;
      if (e instanceof A) {
        z = z - y;
      } else {
        y = y + x;
      }
      float w = y;
      if (e instanceof A) w = w + z;
      return w;
    } else if (e instanceof B) {
      return y + y;
    }
    return x + y;
  }

  @Differentiable
  public static float enumIndirectNotActive1(Indirect indirect, float x) {
    if (indirect instanceof E e) {
      if (e.e() instanceof A) return x * e.f() * enumNotActive1(e.e(), x);
      return x * e.f() * enumNotActive1(e.e(), x);
    }
    return enumIndirectNotActive1(((Wrapped) indirect).inner(), x);
  }

  @Differentiable
  public static float optionalNotActive1(Float optional, float x) {
    if (optional != null) {
      float y = optional;
      return x * y;
    }
    return x + x;
  }

  /** Swift's `gradient(at: dense, x) { dense, x in dense(x) }`. */
  @Differentiable
  public static float callDense(SwiftDense dense, float x) {
    return dense.apply(x);
  }

  @Differentiable
  public static float forLoop(float x) {
    float result = x;
    for (int i = 0; i < 2; i++) result = result * x;
    return result;
  }

  @Differentiable
  public static float repeatWhileLoopNestedRepeat(float x) {
    float result = x;
    int i = 0;
    do {
      float temp = x;
      int j = 0;
      do {
        temp = temp * x;
        j += 1;
      } while (j < 2);
      result = result * temp;
      i += 1;
    } while (i < 2);
    return result;
  }

  @Differentiable
  public static float repeatWhileLoopCondition(float x) {
    float result = x;
    int i = 0;
    do {
      if (i == 2) break;
      if (i == 0) {
        result = result * x;
      } else {
        result = result * result;
      }
      i += 1;
    } while (i < 10);
    return result;
  }

  @Differentiable
  public static float loopContinue(float x) {
    float result = x;
    for (int i = 1; i < 10; i++) {
      if (i % 2 == 0) continue;
      result = result * x;
    }
    return result;
  }

  @Differentiable
  public static float nestedLoop1(float x) {
    float outer = x;
    for (int k = 0; k < 2; k++) {
      outer = outer * x;
      float inner = outer;
      int i = 0;
      while (i < 2) {
        inner = inner + x;
        i += 1;
      }
      outer = inner;
    }
    return outer;
  }

  @Differentiable
  public static float nestedLoop2(float x, int count) {
    float outer = x;
    outerLoop:
    for (int k = 0; k < count; k++) {
      outer = outer * x;
      float inner = outer;
      int i = 0;
      while (i < count) {
        inner = inner + x;
        i += 1;
        switch ((int) (inner % 7)) {
          case 0:
            break outerLoop;
          case 1:
            break;
          default:
            continue;
        }
      }
      outer = inner;
    }
    return outer;
  }

  /** Issue 56342: a loop in a method of a struct. */
  static final class S56342 {
    float loopInMethod(float x) {
      float result = x;
      for (int i = 0; i < 2; i++) result *= result;
      return result;
    }
  }

  @Differentiable
  public static float loopInMethod(float x) {
    return new S56342().loopInMethod(x);
  }

  @Differentiable
  public static float typeCheckOperator(float x, Class<?> metatype) {
    if (metatype == Integer.class) return x + x;
    return x * x;
  }

  static void rethrowing(Runnable body) {
    // the test's rethrowing function does nothing with its body
  }

  @Differentiable
  public static float testComplexControlFlow(float x) {
    rethrowing(() -> {});
    int one = 1;
    for (int i = 0; i < (int) x; i++) {
      if (one == 1) rethrowing(() -> {});
      rethrowing(() -> {});
    }
    rethrowing(() -> {});
    return x;
  }

  @Differentiable
  public static float testBooleanShortCircuitingOperations(float x, boolean bool) {
    if (bool && bool || bool) return x * x;
    return x + x;
  }
}
