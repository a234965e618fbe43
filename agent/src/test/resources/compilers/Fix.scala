package sfix

import dev.leibniz.Differentiable

// Scala 3 source for Scala3CompiledTest: scala.math through package$, a while loop over an array,
// for over ranges (Range.foreach with a closure over a DoubleRef/IntRef: rewritten into loops),
// for over an array's indices (0 until x.length), and a map over a range (refused, with advice).
object Fix:
  @Differentiable
  def sumSq(x: Array[Double], n: Int): Double =
    var s = 0.0
    for (i <- 0 until n) s += x(i) * x(i)
    s

  @Differentiable
  def trig(x: Double, y: Double): Double = math.cos(x) * math.sqrt(y) + math.pow(x, 3)

  @Differentiable
  def whileLoop(x: Array[Double]): Double =
    var s = 0.0
    var i = 0
    while i < x.length do
      s += math.sin(x(i))
      i += 1
    s

  @Differentiable
  def dot(x: Array[Double], y: Array[Double], n: Int): Double =
    var s = 0.0
    for (i <- 0 until n) s += x(i) * y(i)
    s

  @Differentiable
  def everyOther(x: Array[Double], n: Int): Double =
    var s = 0.0
    for (i <- 0 to n by 2) s += math.sin(x(i)) * x(i)
    s

  @Differentiable
  def pairs(x: Array[Double], n: Int): Double =
    var s = 0.0
    for (i <- 0 until n; j <- i until n) s += x(i) * x(j) * (j - i + 1)
    s

  @Differentiable
  def downward(x: Array[Double], n: Int): Double =
    var s = 0.0
    var k = 0
    for (i <- n - 1 to 0 by -1) { s = s * 0.5 + x(i) * k; k += 1 }
    s

  @Differentiable
  def scaled(x: Array[Double], c: Double): Unit =
    for (i <- 0 until x.length) x(i) = c * x(i) * x(i)

  @Differentiable
  def viaVal(x: Array[Double], n: Int): Double =
    val r = 1 until n
    var s = 0.0
    for (i <- r) s += x(i) * x(i - 1)
    s

  @Differentiable
  def mapped(x: Array[Double], n: Int): Double = (0 until n).map(i => x(i) * x(i)).sum

  @Differentiable
  def weightedIndices(x: Array[Double]): Double =
    var s = 0.0
    for (i <- x.indices) s += x(i) * x(i) * (i + 1)
    s

  @Differentiable
  def everyOtherIndex(x: Array[Double]): Double =
    var s = 0.0
    for (i <- x.indices by 2) s += math.sin(x(i))
    s
