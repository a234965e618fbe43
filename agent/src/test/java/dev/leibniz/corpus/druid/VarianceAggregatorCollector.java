package dev.leibniz.corpus.druid;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Druid (apache/druid on GitHub, commit 026e080d58eca3684e7a97fc8435c1f9409f9807),
 * extensions-core/stats/src/main/java/org/apache/druid/query/aggregation/variance/VarianceAggregatorCollector.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the class's arithmetic (entries: add(double v), the running n-times variance in the receiver's
 * fields, returning this; fold(other), Chan-Golub-LeVeque's merge of two collectors; getVariance(boolean), a boxed
 * Double result); also add(float), add(long), copyFrom, combineValues, equals, hashCode, toString unchanged.
 * Changes: package; licence header shortened to this header; Guava's Doubles.compare/Longs.compare in COMPARATOR
 * replaced by Double.compare/Long.compare (Guava is not on the test class path); NullHandling from this package
 * (NullHandling.java here); the Jackson, Guava and javax annotations (@JsonValue, @VisibleForTesting, @Nullable)
 * dropped; from(ByteBuffer), toByteArray, toByteBuffer, getMaxIntermediateSize and equalsWithEpsilon omitted;
 * @Differentiable added to the three entry methods.
 */

import dev.leibniz.Differentiable;
import java.util.Comparator;

/**
 *
 * Algorithm used here is copied from apache hive. This is description in GenericUDAFVariance
 *
 * Evaluate the variance using the algorithm described by Chan, Golub, and LeVeque in
 * "Algorithms for computing the sample variance: analysis and recommendations"
 * The American Statistician, 37 (1983) pp. 242--247.
 *
 * variance = variance1 + variance2 + n/(m*(m+n)) * pow(((m/n)*t1 - t2),2)
 *
 * where: - variance is sum[x-avg^2] (this is actually n times the variance)
 * and is updated at every step. - n is the count of elements in chunk1 - m is
 * the count of elements in chunk2 - t1 = sum of elements in chunk1, t2 =
 * sum of elements in chunk2.
 *
 * This algorithm was proven to be numerically stable by J.L. Barlow in
 * "Error analysis of a pairwise summation algorithm to compute sample variance"
 * Numer. Math, 58 (1991) pp. 583--590
 */
public class VarianceAggregatorCollector
{
  public static boolean isVariancePop(String estimator)
  {
    return estimator != null && "population".equalsIgnoreCase(estimator);
  }

  public static final Comparator<VarianceAggregatorCollector> COMPARATOR = (o1, o2) -> {
    int compare = Double.compare(o1.nvariance, o2.nvariance);
    if (compare == 0) {
      compare = Long.compare(o1.count, o2.count);
      if (compare == 0) {
        compare = Double.compare(o1.sum, o2.sum);
      }
    }
    return compare;
  };

  @Differentiable
  void fold(VarianceAggregatorCollector other)
  {
    if (other == null || other.count == 0) {
      return;
    }
    if (this.count == 0) {
      this.nvariance = other.nvariance;
      this.count = other.count;
      this.sum = other.sum;
      return;
    }
    final double ratio = this.count / (double) other.count;
    final double t = this.sum / ratio - other.sum;

    this.nvariance += other.nvariance + (ratio / (this.count + other.count) * t * t);
    this.count += other.count;
    this.sum += other.sum;
  }

  static Object combineValues(Object lhs, Object rhs)
  {
    ((VarianceAggregatorCollector) lhs).fold((VarianceAggregatorCollector) rhs);
    return lhs;
  }

  long count; // number of elements
  double sum; // sum of elements
  double nvariance; // sum[x-avg^2] (this is actually n times of the variance)

  public VarianceAggregatorCollector()
  {
    this(0, 0, 0);
  }

  void copyFrom(VarianceAggregatorCollector other)
  {
    this.count = other.count;
    this.sum = other.sum;
    this.nvariance = other.nvariance;
  }

  public VarianceAggregatorCollector(long count, double sum, double nvariance)
  {
    this.count = count;
    this.sum = sum;
    this.nvariance = nvariance;
  }

  public VarianceAggregatorCollector add(float v)
  {
    count++;
    sum += v;
    if (count > 1) {
      double t = count * v - sum;
      nvariance += (t * t) / ((double) count * (count - 1));
    }
    return this;
  }

  @Differentiable
  public VarianceAggregatorCollector add(double v)
  {
    count++;
    sum += v;
    if (count > 1) {
      double t = count * v - sum;
      nvariance += (t * t) / ((double) count * (count - 1));
    }
    return this;
  }

  public VarianceAggregatorCollector add(long v)
  {
    count++;
    sum += v;
    if (count > 1) {
      double t = count * v - sum;
      nvariance += (t * t) / ((double) count * (count - 1));
    }
    return this;
  }

  @Differentiable
  public Double getVariance(boolean variancePop)
  {
    if (count == 0) {
      return NullHandling.defaultDoubleValue();
    } else if (count == 1) {
      return 0d;
    } else {
      return variancePop ? nvariance / count : nvariance / (count - 1);
    }
  }

  @Override
  public boolean equals(Object o)
  {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }

    VarianceAggregatorCollector that = (VarianceAggregatorCollector) o;

    if (count != that.count) {
      return false;
    }
    if (Double.compare(that.sum, sum) != 0) {
      return false;
    }
    if (Double.compare(that.nvariance, nvariance) != 0) {
      return false;
    }

    return true;
  }

  @Override
  public int hashCode()
  {
    int result;
    long temp;
    result = (int) (count ^ (count >>> 32));
    temp = Double.doubleToLongBits(sum);
    result = 31 * result + (int) (temp ^ (temp >>> 32));
    temp = Double.doubleToLongBits(nvariance);
    result = 31 * result + (int) (temp ^ (temp >>> 32));
    return result;
  }

  @Override
  public String toString()
  {
    return "VarianceHolder{" +
           "count=" + count +
           ", sum=" + sum +
           ", nvariance=" + nvariance +
           '}';
  }
}
