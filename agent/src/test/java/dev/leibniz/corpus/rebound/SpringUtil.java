/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: facebookarchive/rebound (GitHub, commit 65f155c6cf4e7594da636b2ab5215067e24da6ae),
 * rebound-core/src/main/java/com/facebook/rebound/SpringUtil.java
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
/*
 *  Copyright (c) 2013, Facebook, Inc.
 *  All rights reserved.
 *
 *  This source code is licensed under the BSD-style license found in the
 *  LICENSE file in the root directory of this source tree. An additional grant
 *  of patent rights can be found in the PATENTS file in the same directory.
 *
 */

package dev.leibniz.corpus.rebound;

import dev.leibniz.Differentiable;

public class SpringUtil {

  /**
   * Map a value within a given range to another range.
   * @param value the value to map
   * @param fromLow the low end of the range the value is within
   * @param fromHigh the high end of the range the value is within
   * @param toLow the low end of the range to map to
   * @param toHigh the high end of the range to map to
   * @return the mapped value
   */
  @Differentiable
  public static double mapValueFromRangeToRange(
      double value,
      double fromLow,
      double fromHigh,
      double toLow,
      double toHigh) {
    double fromRangeSize = fromHigh - fromLow;
    double toRangeSize = toHigh - toLow;
    double valueScale = (value - fromLow) / fromRangeSize;
    return toLow + (valueScale * toRangeSize);
  }

  /**
   * Clamp a value to be within the provided range.
   * @param value the value to clamp
   * @param low the low end of the range
   * @param high the high end of the range
   * @return the clamped value
   */
  @Differentiable
  public static double clamp(double value, double low, double high) {
    return Math.min(Math.max(value, low), high);
  }
}

