package org.tongban.catalog;

import java.util.List;

/** STUB until the forms branch lands. */
public record FormProblem(String field, String code, List<Object> arguments) {
}
