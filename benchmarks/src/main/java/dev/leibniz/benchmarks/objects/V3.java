package dev.leibniz.benchmarks.objects;

/** An immutable 3-vector, written as users write value classes. */
public final class V3 {
  private final double x, y, z;

  public V3(double x, double y, double z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }

  public V3 plus(V3 o) {
    return new V3(x + o.x, y + o.y, z + o.z);
  }

  public V3 minus(V3 o) {
    return new V3(x - o.x, y - o.y, z - o.z);
  }

  public V3 scale(double s) {
    return new V3(s * x, s * y, s * z);
  }

  public double dot(V3 o) {
    return x * o.x + y * o.y + z * o.z;
  }

  public V3 cross(V3 o) {
    return new V3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
  }

  public double norm() {
    return Math.sqrt(x * x + y * y + z * z);
  }
}
