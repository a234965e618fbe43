/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: facebookarchive/rebound (GitHub, commit 65f155c6cf4e7594da636b2ab5215067e24da6ae),
 * rebound-core/src/main/java/com/facebook/rebound/OrigamiValueConverter.java
 * Licence: BSD-3-Clause (the repository's LICENSE: "BSD License For Rebound software Copyright (c) 2013, Facebook, Inc. All
 * rights reserved. Redistribution and use in source and binary forms, with or without modification, are permitted
 * provided that the following conditions are met: * Redistributions of source code must retain the above copyright
 * notice, this list of conditions and the following disclaimer. * Redistributions in binary form must reproduce the
 * above copyright notice, this list of conditions and the following disclaimer in the documentation and/or other
 * materials provided with the distribution. THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES ... ARE DISCLAIMED."; the file's own header names that licence and is kept below).
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.rebound (the original's com.facebook.rebound); @Differentiable added to the entry methods (see ThirtiethRound) with its import.
 */
package dev.leibniz.corpus.rebound;

import dev.leibniz.Differentiable;

/**
 * Helper math util to convert tension &amp; friction values from the Origami design tool to values
 * that the spring system needs.
 */
public class OrigamiValueConverter {

  @Differentiable
  public static double tensionFromOrigamiValue(double oValue) {
    return oValue == 0 ? 0 : (oValue - 30.0) * 3.62 + 194.0;
  }

  public static double origamiValueFromTension(double tension) {
    return tension == 0 ? 0 : (tension - 194.0) / 3.62 + 30.0;
  }

  @Differentiable
  public static double frictionFromOrigamiValue(double oValue) {
    return oValue == 0 ? 0 : (oValue - 8.0) * 3.0 + 25.0;
  }

  public static double origamiValueFromFriction(double friction) {
    return friction == 0 ? 0 : (friction - 25.0) / 3.0 + 8.0;
  }

}
