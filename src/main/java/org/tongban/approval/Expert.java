package org.tongban.approval;

import java.util.List;
import java.util.UUID;

/**
 * An expert of the pool (R5.3) whom a reviewer may ask for an opinion on a case.
 *
 * @param id the expert's staff account
 * @param fields the expert's fields (专业领域): codes of the catalogue's themes, e.g.
 * {@code GCJS} (工程建设); an expert fits a case when one of them is a theme of its matter
 */
public record Expert(UUID id, String name, List<String> fields) {

	public Expert {
		fields = List.copyOf(fields);
	}

}
