package dev.leibniz.benchmarks.report;

import dev.leibniz.benchmarks.Method;
import dev.leibniz.benchmarks.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws the derivative/primal ratios as an SVG bar chart on a log scale: one group of bars per
 * workload instance, one bar (with its error bar) per derivative method, "n/a" where a method has
 * no result.
 */
final class RatioChart {
  private static final String[] COLOURS = {"#1b9e77", "#7570b3", "#d95f02", "#e7298a", "#666666"};
  private static final int BAR = 14;
  private static final int GROUP_GAP = 26;
  private static final int LEFT = 70;
  private static final int TOP = 60;
  private static final int PLOT_HEIGHT = 320;
  private static final int BOTTOM = 110;

  private RatioChart() {}

  static String svg(Results results) {
    List<Method> methods = derivativeMethods();
    List<Workload> workloads = new ArrayList<>();
    List<String> values = new ArrayList<>();
    double min = 1;
    double max = 10;
    for (Workload w : Workload.values()) {
      for (String v : results.valuesRun(w)) {
        workloads.add(w);
        values.add(v);
        for (Method m : methods) {
          Measurement.Ratio r = ratio(results, w, v, m);
          if (r != null) {
            min = Math.min(min, r.value());
            max = Math.max(max, r.value());
          }
        }
      }
    }
    int lowDecade = (int) Math.floor(Math.log10(min));
    int highDecade = (int) Math.ceil(Math.log10(max));
    int groupWidth = methods.size() * BAR + GROUP_GAP;
    int width = Math.max(LEFT + Math.max(1, values.size()) * groupWidth + 20,
        20 + methods.size() * 190);
    int height = TOP + PLOT_HEIGHT + BOTTOM;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
        + " height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n", width, height));
    svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n",
        width, height));
    svg.append("<text x=\"10\" y=\"18\" font-size=\"14\">Derivative time / primal time"
        + " (log scale; lower is better; pale bars: one directional derivative only)</text>\n");
    for (int i = 0; i < methods.size(); i++) {
      int x = 10 + i * 190;
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"30\" width=\"10\" height=\"10\""
          + " fill=\"%s\"/><text x=\"%d\" y=\"39\">%s</text>%n", x, COLOURS[i], x + 14,
          escape(methods.get(i).label)));
    }
    for (int d = lowDecade; d <= highDecade; d++) {
      double y = y(Math.pow(10, d), lowDecade, highDecade);
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\""
          + " stroke=\"#ddd\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
          LEFT, width - 10, y, y, LEFT - 6, y + 4, decade(d)));
    }
    double base = y(Math.pow(10, lowDecade), lowDecade, highDecade);
    for (int g = 0; g < values.size(); g++) {
      int x0 = LEFT + g * groupWidth + GROUP_GAP / 2;
      for (int i = 0; i < methods.size(); i++) {
        int x = x0 + i * BAR;
        Measurement.Ratio r = ratio(results, workloads.get(g), values.get(g), methods.get(i));
        if (r == null) {
          svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"8\""
              + " transform=\"rotate(-90 %d %.1f)\" fill=\"#999\">n/a</text>%n",
              x + 10, base - 4, x + 10, base - 4));
          continue;
        }
        double top = y(r.value(), lowDecade, highDecade);
        String label = methods.get(i).label(workloads.get(g), values.get(g));
        double opacity = label.endsWith("(1 direction)") ? 0.45 : 1;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\""
            + " height=\"%.1f\" fill=\"%s\" fill-opacity=\"%.2f\"><title>%s: %s</title>"
            + "</rect>%n", x + 1, top, BAR - 2, Math.max(0.5, base - top), COLOURS[i], opacity,
            escape(groupLabel(workloads.get(g), values.get(g)) + ", " + label),
            escape(Report.ratioText(r))));
        if (r.error() > 0 && !Double.isNaN(r.error())) {
          double hi = y(r.value() + r.error(), lowDecade, highDecade);
          double lo = y(Math.max(r.value() - r.error(), Math.pow(10, lowDecade)), lowDecade,
              highDecade);
          svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\""
              + " y2=\"%.1f\" stroke=\"black\"/>%n", x + BAR / 2.0, x + BAR / 2.0, hi, lo));
        }
      }
      double labelX = x0 + methods.size() * BAR / 2.0;
      double labelY = TOP + PLOT_HEIGHT + 14;
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\""
          + " transform=\"rotate(-35 %.1f %.1f)\">%s</text>%n", labelX, labelY, labelX,
          labelY, escape(groupLabel(workloads.get(g), values.get(g)))));
    }
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\""
        + " stroke=\"black\"/>%n", LEFT, width - 10, base, base));
    svg.append("</svg>\n");
    return svg.toString();
  }

  static List<Method> derivativeMethods() {
    List<Method> methods = new ArrayList<>(List.of(Method.values()));
    methods.remove(Method.PRIMAL);
    return methods;
  }

  private static Measurement.Ratio ratio(Results results, Workload w, String v, Method m) {
    Measurement primal = results.get(w, v, Method.PRIMAL);
    Measurement derivative = results.get(w, v, m);
    return primal == null || derivative == null ? null : derivative.over(primal);
  }

  private static String groupLabel(Workload w, String value) {
    return w.shortName + " " + (w == Workload.ROSENBROCK ? "n=" + value : value);
  }

  private static double y(double value, int lowDecade, int highDecade) {
    double fraction = (Math.log10(value) - lowDecade) / Math.max(1, highDecade - lowDecade);
    return TOP + PLOT_HEIGHT * (1 - fraction);
  }

  private static String decade(int d) {
    if (d >= 0 && d <= 6) {
      return String.format(Locale.ROOT, "%,d", (long) Math.pow(10, d));
    }
    return d < 0 && d >= -3 ? "0." + "0".repeat(-d - 1) + "1" : "1e" + d;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
