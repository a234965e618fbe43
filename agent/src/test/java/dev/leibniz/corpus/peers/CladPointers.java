package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Clad (vgvassilev/clad on GitHub, commit 4b2c0eef), test/Gradient/Pointers.C.
 * Licence: Clad is LGPL-3.0. No text was copied: each function was written here, in Java, from what the C++ function
 * computes (same name, same statements in the same order).
 * Translation: a pointer into an array is the array and an int offset that moves as the C pointer does (p++, p += 1,
 * p = p - 2); a pointer to a scalar made by `new double(i)` or `&x` is a double[] of length 1; struct T, Node and
 * StructWithPtr are small classes (Node's prev pointer an object reference, StructWithPtr's pointer a double[] with
 * an offset); a function returning a pointer (ptrValFn) returns the offset.
 */

import dev.leibniz.Differentiable;

public final class CladPointers {
  private CladPointers() {}

  @Differentiable
  public static double minimalPointer(double x) {
    final double[] p = {x};
    p[0] = p[0] * p[0];
    return p[0];
  }

  @Differentiable
  public static double arrayPointer(double[] arr) {
    int p = 0;
    p = p + 1;
    double sum = arr[p];
    p++;
    sum += arr[p] * 2;
    p += 1;
    sum += arr[p] * 4;
    ++p;
    sum += arr[p] * 3;
    p -= 2;
    p = p - 2;
    sum += 5 * arr[p];
    return sum;
  }

  @Differentiable
  public static double pointerParam(double[] arr, int n) {
    double sum = 0;
    int offset = 0;
    for (int i = 0; i < n; ++i) {
      int j = i;
      sum += arr[offset] * j;
      offset = offset + 1;
    }
    return sum;
  }

  @Differentiable
  public static double pointerMultipleParams(double[] a, double[] b) {
    double sum = b[2];
    double[] bArr = a;
    int bOff = 0, aOff = 0;
    aOff = 1 + aOff;
    ++bOff;
    sum += a[aOff] + bArr[bOff];
    bOff++;
    aOff++;
    sum += a[aOff] + bArr[bOff];
    bOff--;
    aOff--;
    sum += a[aOff] + bArr[bOff];
    --bOff;
    --aOff;
    sum += a[aOff] + bArr[bOff];
    return sum;
  }

  @Differentiable
  public static double newAndDeletePointer(double i, double j) {
    double[] p = {i};
    double[] q = {j};
    double[] r = new double[2];
    r[0] = i + j;
    r[1] = i * j;
    double sum = p[0] + q[0] + r[0] + r[1];
    return sum;
  }

  static final class T {
    double x;
    int y;

    T(double x) {
      this.x = x;
    }
  }

  @Differentiable
  public static double structPointer(double x) {
    T t = new T(x);
    double res = t.x;
    return res;
  }

  static int ptrValFn(double[] x, int offset, int n) {
    offset += n;
    return offset;
  }

  @Differentiable
  public static double nestedPtrFn(double x, double y) {
    double[] arr = {x, y};
    int z = ptrValFn(arr, 0, 1);
    return arr[z];
  }

  static final class Node {
    Node prev = null;
    double value = 1;
  }

  @Differentiable
  public static double nestedStruct(double x) {
    Node node = new Node();
    node.value = x;
    Node newNode = new Node();
    newNode.prev = node;
    return newNode.prev.value;
  }

  static final class StructWithPtr {
    double[] ptr;
    int offset;

    StructWithPtr(double[] ptr, int offset) {
      this.ptr = ptr;
      this.offset = offset;
    }
  }

  @Differentiable
  public static double pointerAliasing(double x) {
    double[] px = {x};
    StructWithPtr s = new StructWithPtr(px, 0);
    return s.ptr[s.offset] * 3.0;
  }
}
