package dev.leibniz.corpus.opennlp;

/*
 * Real-code corpus helper (test code only, see ../README.md): a stand-in written for the corpus, NOT OpenNLP's
 * opennlp.tools.ml.model.OnePassRealValueDataIndexer (which indexes an event stream). It has that class's name because
 * NegLogLikelihood's constructor tests "indexer instanceof OnePassRealValueDataIndexer" to read real values, and it
 * holds the arrays an indexer would have made.
 */
public final class OnePassRealValueDataIndexer implements DataIndexer {
  private final int[][] contexts;
  private final float[][] values;
  private final int[] outcomeList;
  private final int[] numTimesEventsSeen;
  private final String[] predLabels;
  private final String[] outcomeLabels;

  public OnePassRealValueDataIndexer(int[][] contexts, float[][] values, int[] outcomeList, int[] numTimesEventsSeen,
      String[] predLabels, String[] outcomeLabels) {
    this.contexts = contexts;
    this.values = values;
    this.outcomeList = outcomeList;
    this.numTimesEventsSeen = numTimesEventsSeen;
    this.predLabels = predLabels;
    this.outcomeLabels = outcomeLabels;
  }

  @Override
  public int[][] getContexts() {
    return contexts;
  }

  @Override
  public int[] getNumTimesEventsSeen() {
    return numTimesEventsSeen;
  }

  @Override
  public int[] getOutcomeList() {
    return outcomeList;
  }

  @Override
  public String[] getPredLabels() {
    return predLabels;
  }

  @Override
  public String[] getOutcomeLabels() {
    return outcomeLabels;
  }

  @Override
  public float[][] getValues() {
    return values;
  }
}
