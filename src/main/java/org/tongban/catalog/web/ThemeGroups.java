package org.tongban.catalog.web;

import java.util.List;

import org.tongban.catalog.Audience;
import org.tongban.catalog.Theme;

/**
 * The themes as pages offer them: life events of persons and stages of enterprises, each
 * in their order.
 */
record ThemeGroups(List<Theme> personal, List<Theme> enterprise) {

	static ThemeGroups of(List<Theme> themes) {
		return new ThemeGroups(of(themes, Audience.PERSONAL), of(themes, Audience.ENTERPRISE));
	}

	private static List<Theme> of(List<Theme> themes, Audience audience) {
		return themes.stream().filter(theme -> theme.audience() == audience).toList();
	}

	public boolean isEmpty() {
		return personal.isEmpty() && enterprise.isEmpty();
	}

}
