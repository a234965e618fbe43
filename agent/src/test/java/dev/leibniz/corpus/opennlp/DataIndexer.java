package dev.leibniz.corpus.opennlp;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache OpenNLP 2.5.9 (apache/opennlp on GitHub, tag opennlp-2.5.9, commit
 * 420b7a4b9335bc4824ca9dfa2daa3222de06edb4),
 * opennlp-tools/src/main/java/opennlp/tools/ml/model/DataIndexer.java
 * Licence: Apache License 2.0 ("Licensed to the Apache Software Foundation (ASF) under one or more contributor license
 * agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: the six getters NegLogLikelihood calls (getContexts, getNumTimesEventsSeen, getOutcomeList,
 * getPredLabels, getOutcomeLabels, getValues).
 * Changes: package; license comment shortened to this header; javadoc omitted; the other members (getPredCounts,
 * getNumEvents, init, index, which need OpenNLP's event streams and training parameters) omitted.
 */
public interface DataIndexer {
  int[][] getContexts();

  int[] getNumTimesEventsSeen();

  int[] getOutcomeList();

  String[] getPredLabels();

  String[] getOutcomeLabels();

  float[][] getValues();
}
