package dev.leibniz.corpus.mahout;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache Hadoop (apache/hadoop on GitHub),
 * hadoop-common-project/hadoop-common/src/main/java/org/apache/hadoop/io/
 * Writable.java. Licence: Apache License 2.0.
 * Copied: the interface's two methods (write, readFields), so that Mahout's PriorFunction can extend it as in the
 * original without Hadoop on the class path. Changes: package; javadoc and annotations omitted.
 */

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

public interface Writable {
  void write(DataOutput out) throws IOException;

  void readFields(DataInput in) throws IOException;
}
