package dev.leibniz.corpus.datasketches;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache DataSketches Java (apache/datasketches-java on GitHub, commit d5cce9b3ad3f7c39faabcebb7f3934c4f73f14fc),
 * src/main/java/org/apache/datasketches/cpc/CpcUtil.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the two constants minLgK and maxLgK (the rest of the class, bit and memory utilities, is not used
 * by the copied estimators).
 * Changes: package; licence header shortened to this header; only these two lines copied.
 */
final class CpcUtil {
  static final int minLgK = 4;
  static final int maxLgK = 26;
}
