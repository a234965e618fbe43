/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: gwlucastrig/Tinfour (GitHub, commit 1fbcde48ce96255a4488ad2896a17516bfa7bc46),
 * core/src/main/java/org/tinfour/utils/KahanSummation.java
 * Licence: Apache-2.0 (the file's notice: "Copyright Gary W. Lucas [year as in the notice below]. Licensed under the Apache License, Version 2.0"; the
 * repository's LICENSE.txt is the Apache License 2.0 text).
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.tinfour (the original's org.tinfour.utils, one package here, so imports between them removed); @Differentiable added to the entry methods add and getMean with its import.
 */
/* --------------------------------------------------------------------
 * Copyright 2018 Gary W. Lucas.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * ---------------------------------------------------------------------
 */

 /*
 * -----------------------------------------------------------------------
 *
 * Revision History:
 * Date     Name         Description
 * ------   ---------    -------------------------------------------------
 * 11/2018  G. Lucas     Created
 *
 * Notes:
 *
 * -----------------------------------------------------------------------
 */
package dev.leibniz.corpus.tinfour;

import dev.leibniz.Differentiable;

/**
 * Provides methods and elements for Kahan's algorithm for
 * summing a set of numerical values with extended precision arithmetic.
 * Often, when adding a large set of small values to a large value,
 * the limited precision of computer arithmetic results in the contribution
 * of the small values being lost.  This limitation may result in a loss
 * of valuable data if the total sum of the collected small values is
 * large enough enough to make a meaningful contribution to the
 * large value. Kahan's algorithm extends the precision of the computation
 * so that the contribution of small values is preserved.
 *
 */
public class KahanSummation {
 private double c;  // compensator for Kahan summation
 private double s;  // summand
 private int    n;

 /**
  * Standard constructor
  */
 public KahanSummation(){
   // no additional code required
 }
 /**
  * Add the value to the summation
  * @param a a valid floating-point number
  */
 @Differentiable
 public void add(double a){
       double y, t;
    y = a - c;
    t = s + y;
    c = (t - s ) - y;
    s = t;
    n++;
 }

 /**
  * The current value of the summation.
  * @return the standard-precision part of the sum,
  * a valid floating-point number.
  */
 public double getSum(){
   return s;
 }

 /**
  * Gets the mean value of the summands.
  * @return a valid floating-point value.
  */
 @Differentiable
 public double getMean(){
   if(n==0){
     return 0;
   }
   return s/n;
 }

 /**
  * Gets the number of summands that were added to the summation.
  * @return a value of zero or greater.
  */
 public int getSummandCount(){
   return n;
 }

}
