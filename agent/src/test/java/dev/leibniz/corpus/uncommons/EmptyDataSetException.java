package dev.leibniz.corpus.uncommons;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Uncommons Maths (dwdyer/uncommons-maths on GitHub, commit b7ba13aea70625bb7f37c856783a29e17e354964),
 * core/src/java/main/org/uncommons/maths/statistics/EmptyDataSetException.java
 * Licence: Apache License 2.0 ("Copyright 2006-2012 Daniel W. Dyer ... Licensed under the Apache License, Version
 * 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class (thrown by DataSet; no entry).
 * Changes: package; licence header shortened to this header.
 */


/**
 * Unchecked exception thrown when an attempt is made to obtain
 * statistics from a {@link DataSet} that has had no values added
 * to it.
 * @author Daniel Dyer
 */
public class EmptyDataSetException extends RuntimeException
{
    public EmptyDataSetException()
    {
        super("No values in data set.");
    }
}
