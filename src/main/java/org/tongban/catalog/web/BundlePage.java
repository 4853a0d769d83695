package org.tongban.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tongban.catalog.Bundle;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterGuide;
import org.tongban.shared.LocalizedText;

/**
 * A bundle (一件事一次办, R2.5): its stages one after another, and the matters handled in
 * parallel in each.
 */
@Controller
class BundlePage {

	private final MatterCatalog catalog;

	BundlePage(MatterCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/bundles/{code}")
	String bundle(@PathVariable String code, Model model) {
		Bundle bundle = catalog.bundle(code);
		model.addAttribute("bundle", bundle);
		model.addAttribute("leadDepartment", catalog.department(bundle.leadDepartmentCode()));
		model.addAttribute("theme",
				catalog.themes()
					.stream()
					.filter(theme -> theme.code().equals(bundle.themeCode()))
					.findFirst()
					.orElse(null));
		model.addAttribute("stages", stages(bundle));
		return "catalog/bundle";
	}

	private List<Stage> stages(Bundle bundle) {
		Map<Integer, List<Bundle.Item>> byStage = bundle.items()
			.stream()
			.collect(Collectors.groupingBy(Bundle.Item::stage, TreeMap::new, Collectors.toList()));
		return byStage.values()
			.stream()
			.map(items -> new Stage(items.get(0).stage(), items.get(0).stageName(),
					items.stream().map(item -> catalog.guide(item.matterCode())).toList()))
			.toList();
	}

	/** A stage of the bundle with the guides of its matters in force today. */
	record Stage(int number, LocalizedText name, List<MatterGuide> matters) {
	}

}
