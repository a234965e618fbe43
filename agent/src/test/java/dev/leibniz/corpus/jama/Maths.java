package dev.leibniz.corpus.jama;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: JAMA, the NIST/MathWorks Java matrix package, src/Jama/util/Maths.java, as kept in
 * pont-us/PuffinPlot (GitHub).
 * Licence: public domain (JAMA is "a cooperative product of The MathWorks and the National Institute of
 * Standards and Technology (NIST) which has been released to the public domain").
 * Copied unchanged: hypot (entry; branches on magnitudes, no under/overflow).
 * Changes: package; javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public class Maths {

   @Differentiable
   public static double hypot(double a, double b) {
      double r;
      if (Math.abs(a) > Math.abs(b)) {
         r = b/a;
         r = Math.abs(a)*Math.sqrt(1+r*r);
      } else if (b != 0) {
         r = a/b;
         r = Math.abs(b)*Math.sqrt(1+r*r);
      } else {
         r = 0.0;
      }
      return r;
   }
}
