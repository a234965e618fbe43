/*
 * Real-code corpus stand-in (test code only, see ../README.md) for Alink's
 *   com.alibaba.alink.common.exceptions.AkIllegalOperatorParameterException (alibaba/Alink, Apache-2.0), which extends
 *   ExceptionWithErrorCode with an error code; here a RuntimeException with the same message constructor.
 */
package dev.leibniz.corpus.alink;

public class AkIllegalOperatorParameterException extends RuntimeException {
	public AkIllegalOperatorParameterException(String message) {
		super(message);
	}
}
