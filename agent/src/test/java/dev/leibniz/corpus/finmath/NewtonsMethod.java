package dev.leibniz.corpus.finmath;

/*
 * A helper of the real-code corpus (not an entry; see ../README.md).
 * Source: finmath/finmath-lib (GitHub), commit 03736b5cbf60838530b2b33fccfb1324ea470f1a,
 *   src/main/java/net/finmath/rootfinder/NewtonsMethod.java
 * Licence: Apache License 2.0 ((c) Copyright Christian P. Fries; http://www.apache.org/licenses/LICENSE-2.0).
 * Copied unchanged: the fields, the constructor and every method.
 * Changes: package; javadoc omitted; "implements RootFinderWithDerivative" and the @Override
 * annotations dropped (the interface is not copied).
 */
public class NewtonsMethod {

	private double	nextPoint;						// Stores the next point to be returned by getPoint()

	private int		numberOfIterations	= 0;               		// Number of numberOfIterations
	private double	bestPoint;				              		// Best point so far
	private double	accuracy			= Double.MAX_VALUE;		// Current accuracy of solution
	private boolean	isDone				= false;             	// Will be true if machine accuracy has been reached

	public NewtonsMethod(double guess) {
		nextPoint	= guess;
		bestPoint	= guess;
	}

	public double getBestPoint() {
		return bestPoint;
	}

	public double getNextPoint() {
		return nextPoint;
	}

	public void setValueAndDerivative(double value, double derivative) {

		if(Math.abs(value) < accuracy)
		{
			accuracy	= Math.abs(value);
			bestPoint	= nextPoint;
		}

		// Calculate next point
		nextPoint -= value / derivative;

		numberOfIterations++;
	}

	public int getNumberOfIterations() {
		return numberOfIterations;
	}

	public double getAccuracy() {
		return accuracy;
	}

	public boolean isDone() {
		return isDone;
	}
}
