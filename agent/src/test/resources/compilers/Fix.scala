package sfix

import dev.leibniz.Differentiable

// Scala 3 source for Scala3CompiledTest: scala.math through package$, a while loop over an array,
// and a for over a Range (Range.foreach with a closure over a DoubleRef: refused, with advice).
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
