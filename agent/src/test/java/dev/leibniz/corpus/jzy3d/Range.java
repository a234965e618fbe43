/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jzy3d/jzy3d-api (GitHub, commit 3caf024a2773ce6fef3c8bc5bb26736e7737abbe),
 * jzy3d-core/src/main/java/org/jzy3d/maths/Range.java
 * Licence: BSD-3-Clause (the repository's license.txt: "Copyright (c) Since 2009, Martin Pernollet and contributors. All
 * rights reserved. Redistribution and use in source and binary forms, with or without modification, are permitted
 * provided that the following conditions are met: 1. Redistributions of source code must retain the above copyright
 * notice, this list of conditions and the following disclaimer. 2. Redistributions in binary form must reproduce the above
 * copyright notice, this list of conditions and the following disclaimer in the documentation and/or other materials
 * provided with the distribution. 3. Neither the name of Martin Pernollet nor the names of other contributors may be used
 * to endorse or promote products derived from this software without specific prior written permission. THIS SOFTWARE IS
 * PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES ... ARE DISCLAIMED.").
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.jzy3d (the original's org.jzy3d.maths).
 */
package dev.leibniz.corpus.jzy3d;

/** For some naming relevance, a simple extention of Scale. */
public class Range extends Scale {
  public Range(float min, float max) {
    super(min, max);
  }

  public Range(double min, double max) {
    super(min, max);
  }

  public Range createEnlarge(double ratio) {
    double offset = (max - min) * ratio;
    if (offset == 0)
      offset = 1;
    return new Range(min, max);
  }
}
