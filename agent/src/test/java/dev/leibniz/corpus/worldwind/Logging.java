/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: NASAWorldWind/WorldWindJava (GitHub, commit 8f3c491585e6d92b100a0a4601414ab9dce4f6f1),
 * src/gov/nasa/worldwind/util/Logging.java
 * Licence: Apache License 2.0 (Copyright 2006-2009, 2017, 2020 United States Government, as represented by the
 * Administrator of the National Aeronautics and Space Administration. All rights reserved.
 * http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
 * KIND.
 * Copied: the signatures of logger() and getMessage(String[, args]) that the copied geometry classes call on their
 * argument checks.
 * Changes: a stand-in: the original reads its message bundle and logger name from WorldWind's Configuration; here the
 * message is the property name with its arguments, and the logger is the JDK's of the same default name.
 */
package dev.leibniz.corpus.worldwind;

import java.util.Arrays;
import java.util.logging.Logger;

public class Logging
{
    private Logging()
    {
    } // Prevent instantiation

    public static Logger logger()
    {
        return Logger.getLogger("gov.nasa.worldwind");
    }

    public static String getMessage(String property)
    {
        return property;
    }

    public static String getMessage(String property, String arg)
    {
        return property + " " + arg;
    }

    public static String getMessage(String property, Object... args)
    {
        return property + " " + Arrays.toString(args);
    }
}
