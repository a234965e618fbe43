package dev.leibniz.corpus.oryx;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Oryx 2 (OryxProject/oryx on GitHub, commit 8301f8e25ab671fbcfb8b4d4d7c4b9e695e06818),
 * app/oryx-app-common/src/main/java/com/cloudera/oryx/app/kmeans/DistanceFn.java
 * Licence: Apache License 2.0 ("Cloudera, Inc. licenses this file to you under the Apache License, Version 2.0").
 * Copied unchanged: the interface. Changes: package; licence header shortened to this header.
 */

import java.io.Serializable;
import java.util.function.ToDoubleBiFunction;

/**
 * A function that returns a distance between things.
 *
 * @param <T> type of things to compare
 */
@FunctionalInterface
public interface DistanceFn<T> extends Serializable, ToDoubleBiFunction<T,T> {
  // Adds no methods, just Serializable and specialization of bifunction
}
