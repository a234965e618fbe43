package dev.leibniz.corpus.oryx;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Oryx 2 (OryxProject/oryx on GitHub, commit 3ef7518f8cdaa15281ad65d756abd61f172094a6),
 * app/oryx-app-common/src/main/java/com/cloudera/oryx/app/kmeans/ClusterInfo.java
 * Licence: Apache License 2.0 ("Cloudera, Inc. licenses this file to you under the Apache License, Version 2.0").
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entry: the synchronized update(double[] newPoint, long newCount), which moves the
 * cluster's centre and replaces the volatile double[] field with a new array).
 * Changes: package; licence header shortened to this header; Guava's Preconditions imported from this package
 * (Preconditions.java here); @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;
import java.io.Serializable;
import java.util.Arrays;

/**
 * Encapsulates a cluster, including its center and number of points assigned to the cluster.
 */
public final class ClusterInfo implements Serializable {

  private final int id;
  private volatile double[] center;
  private volatile long count;

  public ClusterInfo(int id, double[] center, long initialCount) {
    Preconditions.checkArgument(center.length > 0);
    Preconditions.checkArgument(initialCount >= 1);
    this.id = id;
    this.center = center;
    this.count = initialCount;
  }

  public int getID() {
    return id;
  }

  public double[] getCenter() {
    return center;
  }

  public long getCount() {
    return count;
  }

  @Differentiable
  public synchronized void update(double[] newPoint, long newCount) {
    int length = center.length;
    Preconditions.checkArgument(length == newPoint.length);
    double[] newCenter = new double[length];
    long newTotalCount = newCount + count;
    double newToTotal = (double) newCount / newTotalCount;
    for (int i = 0; i < length; i++) {
      double centerI = center[i];
      newCenter[i] = centerI + newToTotal * (newPoint[i] - centerI);
    }
    center = newCenter;
    count = newTotalCount;
  }

  @Override
  public synchronized String toString() {
    return id + " " + Arrays.toString(center) + " " + count;
  }

}
