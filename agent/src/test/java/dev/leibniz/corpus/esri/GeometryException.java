/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Esri/geometry-api-java (GitHub, commit 020a1a9f6e1126663a0a669095e61d265ca95019),
 * src/main/java/com/esri/core/geometry/GeometryException.java
 * Licence: Apache License 2.0 (Copyright 1995-2018 Esri; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an
 * "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class (no entry).
 * Changes: package; the licence block shortened to this header; nothing else.
 */
package dev.leibniz.corpus.esri;



/**
 * A runtime exception raised when a geometry related exception occurs.
 */
public class GeometryException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Constructs a Geometry Exception with the given error string/message.
	 * 
	 * @param str
	 *            - The error string.
	 */
	public GeometryException(String str) {
		super(str);
	}

	static GeometryException GeometryInternalError() {
		return new GeometryException("internal error");
	}
}
