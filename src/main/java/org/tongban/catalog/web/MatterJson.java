package org.tongban.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tongban.catalog.Audience;
import org.tongban.catalog.Bundle;
import org.tongban.catalog.DecisionRule;
import org.tongban.catalog.DecisionRules;
import org.tongban.catalog.DeliveryMethod;
import org.tongban.catalog.MatterCategory;
import org.tongban.catalog.Department;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.IdentitySource;
import org.tongban.catalog.MatterGuide;
import org.tongban.catalog.MatterKind;
import org.tongban.catalog.MatterSummary;
import org.tongban.catalog.MatterVersion;
import org.tongban.catalog.MaterialForm;
import org.tongban.catalog.Theme;
import org.tongban.catalog.VersionInfo;
import org.tongban.shared.LocalizedText;

/**
 * The JSON shapes of the catalogue API. Texts are given in the language of the request
 * (Chinese unless English is asked for); codes and enum names never change with the
 * language.
 */
final class MatterJson {

	private MatterJson() {
	}

	record DepartmentRef(String code, String name) {
	}

	record DepartmentJson(String code, String name, String address, String phone, String officeHours) {

		static DepartmentJson of(Department department, Locale locale) {
			return new DepartmentJson(department.code(), text(department.name(), locale),
					text(department.address(), locale), department.phone(), text(department.officeHours(), locale));
		}

	}

	record ThemeJson(String code, String name, String description, Audience audience) {

		static ThemeJson of(Theme theme, Locale locale) {
			return new ThemeJson(theme.code(), text(theme.name(), locale), text(theme.description(), locale),
					theme.audience());
		}

	}

	record Summary(String code, String name, String summary, MatterKind kind, DepartmentRef department,
			Set<Audience> audiences, int version, int statutoryLimitDays, int committedLimitDays,
			boolean informedCommitment, boolean automaticApproval, int maxVisits) {

		static Summary of(MatterSummary matter, Locale locale) {
			return new Summary(matter.code(), text(matter.name(), locale), text(matter.summary(), locale),
					matter.kind(), new DepartmentRef(matter.departmentCode(), text(matter.departmentName(), locale)),
					matter.audiences(), matter.version(), matter.statutoryLimitDays(), matter.committedLimitDays(),
					matter.informedCommitment(), matter.automaticApproval(), matter.maxVisits());
		}

	}

	record Detail(String code, String name, String summary, MatterKind kind, DepartmentJson department,
			Set<Audience> audiences, List<ThemeJson> themes, int version, LocalDate effectiveFrom, boolean inForce,
			List<VersionInfo> versions, List<LegalBasisJson> legalBasis, String conditions, String standards,
			List<MaterialJson> materials, FormJson form, List<StepJson> steps, int statutoryLimitDays,
			int committedLimitDays, List<FeeJson> fees, boolean free, boolean informedCommitment,
			boolean automaticApproval, List<DeliveryMethod> deliveryMethods, String serviceLocation,
			String servicePhone, String serviceHours, int maxVisits, List<FaqJson> faqs, String processKey,
			String applicationFormUrl, MatterCategory category, Integer postVerificationDays,
			List<RuleJson> automaticRules, List<RuleJson> eligibilityRules) {

		static Detail of(MatterGuide guide, Locale locale) {
			MatterVersion v = guide.version();
			return new Detail(guide.code(), text(v.name(), locale), text(v.summary(), locale), guide.matter().kind(),
					DepartmentJson.of(guide.department(), locale), guide.matter().audiences(),
					guide.themes().stream().map(theme -> ThemeJson.of(theme, locale)).toList(), v.version(),
					v.effectiveFrom(), guide.isInForce(), guide.history(),
					v.legalBases().stream().map(LegalBasisJson::of).toList(), text(v.conditions(), locale),
					text(v.standards(), locale), v.materials().stream().map(m -> MaterialJson.of(m, locale)).toList(),
					FormJson.of(v.form(), locale), v.steps().stream().map(s -> StepJson.of(s, locale)).toList(),
					v.statutoryLimitDays(), v.committedLimitDays(),
					v.fees().stream().map(f -> FeeJson.of(f, locale)).toList(), v.isFree(), v.informedCommitment(),
					v.automaticApproval(), v.deliveryMethods().ordered(), text(v.serviceLocation(), locale),
					v.servicePhone(), text(v.serviceHours(), locale), v.maxVisits(),
					v.faqs().stream().map(f -> FaqJson.of(f, locale)).toList(), v.processKey(),
					"/matters/" + guide.code() + "/application-form.pdf?version=" + v.version(), v.category(),
					v.postVerificationDays(), RuleJson.of(v.automaticRules(), locale),
					RuleJson.of(v.eligibilityRules(), locale));
		}

	}

	/**
	 * A rule of automatic approval or eligibility, published so that anyone can see what
	 * the platform checks and where it looks (R16.2).
	 */
	record RuleJson(String code, String description, DecisionRule.Source source, String element,
			DecisionRule.Comparison comparison, List<String> values) {

		static List<RuleJson> of(DecisionRules rules, Locale locale) {
			return rules.rules()
				.stream()
				.map(rule -> new RuleJson(rule.code(), text(rule.description(), locale), rule.source(), rule.element(),
						rule.comparison(), rule.values()))
				.toList();
		}

	}

	record LegalBasisJson(String title, String article, String excerpt) {

		static LegalBasisJson of(MatterVersion.LegalBasis basis) {
			return new LegalBasisJson(basis.title(), basis.article(), basis.excerpt());
		}

	}

	record MaterialJson(String code, String name, String description, boolean required, String requiredWhen,
			MaterialForm form, int copies, String licenceType, String sample) {

		static MaterialJson of(MatterVersion.Material material, Locale locale) {
			return new MaterialJson(material.code(), text(material.name(), locale),
					text(material.description(), locale), material.required(), text(material.requiredWhen(), locale),
					material.form(), material.copies(), material.licenceType(), text(material.sample(), locale));
		}

	}

	record FormJson(List<SectionJson> sections) {

		static FormJson of(FormDefinition form, Locale locale) {
			return new FormJson(form.sections()
				.stream()
				.map(section -> new SectionJson(section.key(), text(section.title(), locale),
						section.fields().stream().map(field -> FieldJson.of(field, locale)).toList()))
				.toList());
		}

	}

	record SectionJson(String key, String title, List<FieldJson> fields) {
	}

	record FieldJson(String key, String label, FormDefinition.FieldType type, boolean required, String help,
			Integer maxLength, String pattern, BigDecimal min, BigDecimal max, List<OptionJson> options,
			String dataElement, IdentitySource identity) {

		static FieldJson of(FormDefinition.Field field, Locale locale) {
			return new FieldJson(field.key(), text(field.label(), locale), field.type(), field.required(),
					text(field.help(), locale), field.maxLength(), field.pattern(), field.min(), field.max(),
					field.options().stream().map(o -> new OptionJson(o.value(), text(o.label(), locale))).toList(),
					field.dataElement(), field.identity());
		}

	}

	record OptionJson(String value, String label) {
	}

	record StepJson(String name, String description, Integer limitDays) {

		static StepJson of(MatterVersion.ProcessStep step, Locale locale) {
			return new StepJson(text(step.name(), locale), text(step.description(), locale), step.limitDays());
		}

	}

	record FeeJson(String item, BigDecimal amountYuan, String standard, String basis) {

		static FeeJson of(MatterVersion.Fee fee, Locale locale) {
			return new FeeJson(text(fee.item(), locale), fee.amountYuan(), text(fee.standard(), locale), fee.basis());
		}

	}

	record FaqJson(String question, String answer) {

		static FaqJson of(MatterVersion.Faq faq, Locale locale) {
			return new FaqJson(text(faq.question(), locale), text(faq.answer(), locale));
		}

	}

	record BundleJson(String code, String name, String summary, String theme, String leadDepartment,
			int committedLimitDays, List<BundleItemJson> items) {

		static BundleJson of(Bundle bundle, Locale locale) {
			return new BundleJson(bundle.code(), text(bundle.name(), locale), text(bundle.summary(), locale),
					bundle.themeCode(), bundle.leadDepartmentCode(), bundle.committedLimitDays(),
					bundle.items()
						.stream()
						.map(item -> new BundleItemJson(item.matterCode(), item.stage(),
								text(item.stageName(), locale)))
						.toList());
		}

	}

	record BundleItemJson(String matterCode, int stage, String stageName) {
	}

	static String text(LocalizedText text, Locale locale) {
		return text == null ? null : text.in(locale);
	}

}
