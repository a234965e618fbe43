package dev.leibniz.corpus.hivemall;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache Hivemall (apache/incubator-hivemall on GitHub, commit 1e1b77ea4724c48f56dd1f3aa15027506558dee1),
 * core/src/main/java/hivemall/utils/collections/DoubleRingBuffer.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (the ring of doubles MovingAverage holds).
 * Changes: package; licence header shortened to this header; javax.annotation's @Nonnull and @NotThreadSafe dropped;
 * Preconditions from this package (Preconditions.java here).
 */

import java.util.Iterator;

public final class DoubleRingBuffer implements Iterable<Double> {

    private final double[] ring;
    private final int capacity;

    private int size;
    private int head;

    public DoubleRingBuffer(int capacity) {
        this.ring = new double[capacity];
        this.capacity = capacity;
        this.size = 0;
        this.head = 0;
    }

    public double[] getRing() {
        return ring;
    }

    public int capacity() {
        return capacity;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean isFull() {
        return size == capacity;
    }

    public DoubleRingBuffer add(final double x) {
        ring[head] = x;
        head = (head + 1) % capacity;
        if (size != capacity) {
            size++;
        }
        return this;
    }

    public double head() {
        return ring[head];
    }

    public void toArray(final double[] dst) {
        toArray(dst, true);
    }

    public void toArray(final double[] dst, final boolean fifo) {
        Preconditions.checkArgument(dst.length == capacity);

        if (fifo) {
            int curr = isFull() ? head : 0;
            for (int i = 0; i < capacity; i++) {
                dst[i] = ring[curr];
                curr = (curr + 1) % capacity;
            }
        } else {
            int curr = isFull() ? head : 0;
            for (int i = 1; i <= size; i++) {
                dst[size - i] = ring[curr];
                curr = (curr + 1) % capacity;
            }
            for (int i = size; i < capacity; i++) {
                dst[i] = 0;
            }
        }
    }

    @Override
    public String toString() {
        StringBuilder buf = new StringBuilder(128);
        buf.append('{');
        int curr = isFull() ? head : 0;
        for (int i = 0; i < capacity; i++) {
            if (i != 0) {
                buf.append(',');
            }
            buf.append(ring[curr]);
            curr = (curr + 1) % capacity;
        }
        buf.append('}');
        return buf.toString();
    }

    @Override
    public Iterator<Double> iterator() {
        return new Itor();
    }

    private final class Itor implements Iterator<Double> {

        private int curr;
        private int i;

        Itor() {
            this.curr = isFull() ? head : 0;
            this.i = 0;
        }

        @Override
        public boolean hasNext() {
            return i < capacity;
        }

        @Override
        public Double next() {
            Double d = ring[curr];
            curr = (curr + 1) % capacity;
            i++;
            return d;
        }

        @Override
        public void remove() {
            throw new UnsupportedOperationException();
        }

    }

}
