package org.tongban.statistics.console;

import org.tongban.shared.web.ReportFilterForm;

/**
 * The console's filters as typed: the period, the grain its volume is shown by, the
 * department and the matter. Read by {@link Filter#of}, which says next to each field
 * what is wrong.
 */
public class StatisticsForm extends ReportFilterForm {

	private String grain;

	public String getGrain() {
		return grain;
	}

	public void setGrain(String grain) {
		this.grain = grain;
	}

}
