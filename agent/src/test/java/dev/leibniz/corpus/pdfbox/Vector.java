package dev.leibniz.corpus.pdfbox;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache PDFBox (apache/pdfbox on GitHub, commit 89a917394c762257017c27e0cf5189605776aa57),
 * pdfbox/src/main/java/org/apache/pdfbox/util/Vector.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (a 2D vector of two floats), used by Matrix.
 * Changes: package; licence header shortened to this header.
 */

/**
 * A 2D vector.
 *
 * @author John Hewson
 */
public final class Vector
{
    private final float x, y;

    public Vector(float x, float y)
    {
        this.x = x;
        this.y = y;
    }

    /**
     * Returns the x magnitude.
     * 
     * @return the x magnitude
     */
    public float getX()
    {
        return x;
    }

    /**
     * Returns the y magnitude.
     * 
     * @return the y magnitude
     */
    public float getY()
    {
        return y;
    }

    /**
     * Returns a new vector scaled by both x and y.
     *
     * @param sxy x and y scale
     * @return a new vector scaled by both x and y
     */
    public Vector scale(float sxy)
    {
        return new Vector(x * sxy, y * sxy);
    }

    @Override
    public String toString()
    {
        return "(" + x + ", " + y + ")";
    }
}
