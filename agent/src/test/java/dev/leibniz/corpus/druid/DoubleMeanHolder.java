package dev.leibniz.corpus.druid;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Druid (apache/druid on GitHub, commit 1484e25120900a3bd53b39774a974ae99f4766c0),
 * processing/src/main/java/org/apache/druid/query/aggregation/mean/DoubleMeanHolder.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the constructor, update(double), update(DoubleMeanHolder), mean(), toBytes, fromBytes and the
 * ByteBuffer helpers (entries: update(double sum), a void update of the receiver's fields; mean(), whose only input
 * is the receiver).
 * Changes: package; licence header shortened to this header; Guava's Doubles.compare in COMPARATOR replaced by
 * Double.compare (Guava is not on the test class path); the Jackson Serializer nested class omitted with its imports;
 * @Differentiable added to the two entry methods.
 */

import dev.leibniz.Differentiable;
import java.nio.ByteBuffer;
import java.util.Comparator;

public class DoubleMeanHolder
{
  public static final int MAX_INTERMEDIATE_SIZE = Long.SIZE + Double.SIZE;
  public static final Comparator<DoubleMeanHolder> COMPARATOR = (o1, o2) -> Double.compare(o1.mean(), o2.mean());

  private double sum;
  private long count;

  public DoubleMeanHolder(double sum, long count)
  {
    this.sum = sum;
    this.count = count;
  }

  @Differentiable
  public void update(double sum)
  {
    this.sum += sum;
    count++;
  }

  public DoubleMeanHolder update(DoubleMeanHolder other)
  {
    sum += other.sum;
    count += other.count;
    return this;
  }

  @Differentiable
  public double mean()
  {
    return count == 0 ? 0 : sum / count;
  }

  public byte[] toBytes()
  {
    ByteBuffer buf = ByteBuffer.allocate(Double.SIZE + Long.SIZE);
    buf.putDouble(0, sum);
    buf.putLong(Double.SIZE, count);
    return buf.array();
  }

  public static DoubleMeanHolder fromBytes(byte[] data)
  {
    ByteBuffer buf = ByteBuffer.wrap(data);
    return new DoubleMeanHolder(buf.getDouble(0), buf.getLong(Double.SIZE));
  }

  public static void init(ByteBuffer buf, int position)
  {
    writeSum(buf, position, 0d);
    writeCount(buf, position, 0);
  }

  public static void update(ByteBuffer buf, int position, double sum)
  {
    writeSum(buf, position, getSum(buf, position) + sum);
    writeCount(buf, position, getCount(buf, position) + 1);
  }

  public static void update(ByteBuffer buf, int position, DoubleMeanHolder other)
  {
    writeSum(buf, position, getSum(buf, position) + other.sum);
    writeCount(buf, position, getCount(buf, position) + other.count);
  }

  public static DoubleMeanHolder get(ByteBuffer buf, int position)
  {
    return new DoubleMeanHolder(getSum(buf, position), getCount(buf, position));
  }

  private static void writeSum(ByteBuffer buf, int position, double sum)
  {
    buf.putDouble(position, sum);
  }

  private static double getSum(ByteBuffer buf, int position)
  {
    return buf.getDouble(position);
  }

  private static void writeCount(ByteBuffer buf, int position, long count)
  {
    buf.putLong(position + Double.SIZE, count);
  }

  private static long getCount(ByteBuffer buf, int position)
  {
    return buf.getLong(position + Double.SIZE);
  }
}
