package dev.leibniz.corpus.imaging;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Commons Imaging 1.0.0-alpha5, commons-imaging sources jar (Maven Central; apache/commons-imaging on
 * GitHub), org/apache/commons/imaging/color/ColorDin99Lab.java
 * Licence: Apache License 2.0 (header as in the source: "Licensed to the Apache Software Foundation (ASF) under one
 * or more contributor license agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS"
 * BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (final double fields, the constructor, equals, hashCode, toString).
 * Changes: package. Not an entry.
 */
public final class ColorDin99Lab {

    public final double l99;

    public final double a99;

    public final double b99;

    public ColorDin99Lab(final double l99, final double a99, final double b99) {
        this.l99 = l99;
        this.a99 = a99;
        this.b99 = b99;
    }

    @Override
    public boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }

        final ColorDin99Lab that = (ColorDin99Lab) o;
        if (Double.compare(that.l99, l99) != 0) {
            return false;
        }
        if (Double.compare(that.a99, a99) != 0) {
            return false;
        }
        if (Double.compare(that.b99, b99) != 0) {
            return false;
        }

        return true;
    }

    @Override
    public int hashCode() {
        int result;
        long temp;
        temp = Double.doubleToLongBits(l99);
        result = (int) (temp ^ temp >>> 32);
        temp = Double.doubleToLongBits(a99);
        result = 31 * result + (int) (temp ^ temp >>> 32);
        temp = Double.doubleToLongBits(b99);
        return 31 * result + (int) (temp ^ temp >>> 32);
    }

    @Override
    public String toString() {
        return "{l: " + l99 + ", a: " + a99 + ", b: " + b99 + "}";
    }
}
