package dev.leibniz.corpus.systemds;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache SystemDS (apache/systemds on GitHub, commit 06dfd5f669d7901ecb4ac8e1b32e4b4faa923144),
 * src/main/java/org/apache/sysds/runtime/DMLRuntimeException.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: nothing (a minimal stand-in).
 * Changes: package; licence header shortened to this header; a RuntimeException with a message only.
 */

public class DMLRuntimeException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public DMLRuntimeException(String string) {
		super(string);
	}
}
