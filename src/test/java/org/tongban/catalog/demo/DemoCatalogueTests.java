package org.tongban.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.tongban.catalog.Audience;
import org.tongban.catalog.Bundle;
import org.tongban.catalog.DataElementReferences;
import org.tongban.catalog.Department;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.FormDefinition.FieldType;
import org.tongban.catalog.MaterialForm;
import org.tongban.catalog.Matter;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterCategory;
import org.tongban.catalog.MatterGuide;
import org.tongban.catalog.MatterKind;
import org.tongban.catalog.MatterQuery;
import org.tongban.catalog.MatterSummary;
import org.tongban.catalog.MatterVersion;
import org.tongban.catalog.Theme;
import org.tongban.catalog.VersionInfo.Status;
import org.tongban.shared.LocalizedText;
import org.tongban.support.TestClock;

/**
 * The demo catalogue of D city (R2.6): every domain the source document names, every
 * element of a standardized matter (R2.1), dated versions (R2.3), bundles (R2.5), the
 * rules of R15 on limits, informed commitment and automatic approval, and a loader that
 * can run again, on two nodes at once, and refuses invalid content.
 */
@SpringBootTest
class DemoCatalogueTests {

	static final String FOOD_LICENCE = "SCJGJ-SPJYXK";

	static final Set<String> PROCESSES = Set.of("approval-standard", "approval-with-inspection");

	@Autowired
	MatterCatalog catalog;

	@Autowired
	DemoCatalogueLoader loader;

	@Autowired
	JdbcAggregateTemplate aggregates;

	@Autowired
	ResourcePatternResolver resources;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MessageSource messages;

	@Autowired
	DataElementReferences dataElements;

	@Test
	void everyElectronicLicenceThatReplacesAMaterialHasAReadableNameInBothLanguages() {
		Set<String> licenceTypes = inForce().stream()
			.flatMap(matter -> catalog.guide(matter.code()).version().materials().stream())
			.map(MatterVersion.Material::licenceType)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		assertThat(licenceTypes).contains("BUSINESS_LICENCE", "RESIDENT_ID_CARD", "REAL_ESTATE_CERTIFICATE");
		assertThat(licenceTypes).allSatisfy(type -> {
			assertThat(messages.getMessage("catalog.licenceType." + type, null, null, Locale.SIMPLIFIED_CHINESE))
				.as(type)
				.matches(".*\\p{IsHan}.*");
			assertThat(messages.getMessage("catalog.licenceType." + type, null, null, Locale.ENGLISH)).as(type)
				.matches("[A-Za-z][A-Za-z -]+");
		});
	}

	@Test
	void theReadmeCountsTheDemoCatalogueAsItIs() throws IOException {
		String readme = Files.readString(Path.of("README.md"));

		assertThat(readme).contains("D city's " + catalog.departments().size() + " departments, "
				+ catalog.themes().size() + " themes, " + inForce().size() + " matters");
	}

	@Test
	void theCatalogueOfDCityHasAtLeast24MattersOfItsDepartments() {
		assertThat(inForce()).hasSizeGreaterThanOrEqualTo(24);
		assertThat(catalog.departments()).hasSizeBetween(10, 14).allSatisfy(department -> {
			assertThat(department.code()).matches("[A-Z]{3,8}");
			assertThat(department.address().zh()).startsWith("D市");
			assertThat(department.phone()).matches("0\\d{3}-\\d{5,8}");
			assertThat(department.officeHours()).isNotNull();
		});
		assertThat(catalog.departments()).extracting(d -> d.name().zh())
			.contains("市市场监督管理局", "国家税务总局D市税务局", "市人力资源和社会保障局", "市公安局", "市教育局", "市卫生健康委员会", "市医疗保障局", "市科学技术局",
					"市自然资源和规划局", "市住房和城乡建设局", "市发展和改革委员会", "市不动产登记中心");
		// The government services administration runs the integrated window (R4.5) and
		// has no matter of its own.
		assertThat(inForce()).extracting(MatterSummary::departmentCode)
			.containsAll(catalog.departments()
				.stream()
				.map(Department::code)
				.filter(code -> !code.equals("ZWFWJ"))
				.toList());
	}

	@Test
	void themesLeadPersonsByLifeEventsAndEnterprisesByBusinessStages() {
		Map<String, Audience> audiences = catalog.themes()
			.stream()
			.collect(Collectors.toMap(theme -> theme.name().zh(), Theme::audience));
		assertThat(audiences).containsEntry("开办企业", Audience.ENTERPRISE)
			.containsEntry("工程建设", Audience.ENTERPRISE)
			.containsEntry("食品经营", Audience.ENTERPRISE)
			.containsEntry("教育", Audience.PERSONAL)
			.containsEntry("医疗卫生", Audience.PERSONAL)
			.containsEntry("社会保障", Audience.PERSONAL)
			.containsEntry("不动产", Audience.PERSONAL);
		catalog.themes()
			.forEach(theme -> assertThat(
					catalog.search(new MatterQuery(null, null, theme.code(), null, 1, 1)).totalItems())
				.as("matters of theme %s", theme.code())
				.isPositive());
	}

	@Test
	void everyDomainOfTheSourceDocumentIsCovered() {
		Map<String, String> namedMatters = Map.ofEntries(Map.entry("SCJGJ-QYSLDJ", "企业设立登记"),
				Map.entry("SWJ-XBNSRSX", "新办纳税人涉税事项"), Map.entry("RSJ-DWSBDJ", "社会保险登记"),
				Map.entry("GAJ-YZKZBA", "公章刻制备案"), Map.entry("FGW-QYTZXMBA", "企业投资项目备案"),
				Map.entry("FGW-QYTZXMHZ", "企业投资项目核准"), Map.entry("ZRZYGHJ-JSYDGHXK", "建设用地规划许可证"),
				Map.entry("ZRZYGHJ-JSGCGHXK", "建设工程规划许可证"), Map.entry("ZJJ-JZGCSGXK", "建筑工程施工许可证"),
				Map.entry("ZJJ-JGYSBA", "竣工验收备案"), Map.entry(FOOD_LICENCE, "食品经营许可"), Map.entry("JYJ-JSZGRD", "教师资格认定"),
				Map.entry("JYJ-MBXXSL", "民办学校"), Map.entry("JYJ-YWJYZX", "转学"), Map.entry("WJW-YLJGZYDJ", "医疗机构执业"),
				Map.entry("WJW-YSZYZC", "医师执业注册"), Map.entry("WJW-HSZYZC", "护士执业注册"),
				Map.entry("RSJ-YLDYZGRZ", "领取资格认证"), Map.entry("YBJ-YDJYBA", "异地就医备案"),
				Map.entry("KJJ-GXJSQYRD", "高新技术企业认定"), Map.entry("DHG-JCKSFHRBA", "进出口经营权"),
				Map.entry("BDCDJZX-FWSCDJ", "首次登记"), Map.entry("BDCDJZX-FWZYDJ", "转移登记"),
				Map.entry("BDCDJZX-DYQSCDJ", "抵押权首次登记"));
		namedMatters
			.forEach((code, name) -> assertThat(catalog.guide(code).version().name().zh()).as(code).contains(name));
	}

	@Test
	void eachMatterExercisesTheRightKindOfPower() {
		assertThat(kindsOf("SCJGJ-SPJYXK", "ZJJ-JZGCSGXK", "JYJ-JSZGRD", "WJW-YSZYZC"))
			.containsOnly(MatterKind.LICENSING);
		assertThat(kindsOf("BDCDJZX-FWSCDJ", "BDCDJZX-FWZYDJ", "KJJ-GXJSQYRD")).containsOnly(MatterKind.CONFIRMATION);
		assertThat(kindsOf("GAJ-YZKZBA", "FGW-QYTZXMBA", "ZJJ-JGYSBA", "DHG-JCKSFHRBA"))
			.containsOnly(MatterKind.FILING);
		assertThat(kindsOf("RSJ-YLDYZGRZ", "YBJ-YDJYBA", "JYJ-YWJYZX")).containsOnly(MatterKind.PUBLIC_SERVICE);
	}

	@Test
	void everyVersionHasEveryElementOfAStandardizedMatter() {
		var softly = new SoftAssertions();
		everyVersion().forEach(guide -> {
			MatterVersion v = guide.version();
			String at = v.matterCode() + " v" + v.version();
			softly.assertThat(v.name().en()).as(at + " English name").isNotBlank();
			softly
				.assertThat(List.of(v.summary(), v.conditions(), v.standards(), v.serviceLocation(), v.serviceHours()))
				.as(at + " summary, conditions, standards, location, hours")
				.allSatisfy(text -> assertThat(text.zh()).isNotBlank());
			softly.assertThat(v.legalBases())
				.as(at + " legal basis")
				.isNotEmpty()
				.allSatisfy(basis -> assertThat(basis.title()).startsWith("《"));
			softly.assertThat(v.materials()).as(at + " materials").hasSizeBetween(3, 8).allSatisfy(material -> {
				assertThat(material.code()).matches("M\\d{2}");
				assertThat(material.name().en()).isNotBlank();
				assertThat(material.description().zh()).isNotBlank();
				assertThat(material.required() || material.requiredWhen() != null)
					.as(material.code() + " when required")
					.isTrue();
				assertThat(material.copies()).isPositive();
			});
			softly.assertThat(v.materials())
				.extracting(MatterVersion.Material::code)
				.as(at + " material codes")
				.doesNotHaveDuplicates();
			softly.assertThat(v.form().sections())
				.as(at + " form sections")
				.hasSizeBetween(2, 4)
				.allSatisfy(section -> assertThat(section.title().en()).isNotBlank());
			softly.assertThat(v.form().fields()).as(at + " form fields").hasSizeBetween(5, 20).allSatisfy(field -> {
				assertThat(field.label().en()).as(field.key()).isNotBlank();
				assertThat(field.help().zh()).as(field.key()).isNotBlank();
				field.options().forEach(option -> assertThat(option.label().en()).as(field.key()).isNotBlank());
				if (field.pattern() != null) {
					assertThatNoException().as(field.key() + " pattern")
						.isThrownBy(() -> Pattern.compile(field.pattern()));
				}
				if (field.min() != null && field.max() != null) {
					assertThat(field.min()).as(field.key() + " range").isLessThanOrEqualTo(field.max());
				}
			});
			softly.assertThat(v.steps()).as(at + " steps").isNotEmpty();
			softly
				.assertThat(v.steps()
					.stream()
					.map(MatterVersion.ProcessStep::limitDays)
					.filter(Objects::nonNull)
					.mapToInt(Integer::intValue)
					.sum())
				.as(at + " days of the steps")
				.isBetween(1, v.committedLimitDays());
			softly.assertThat(v.committedLimitDays())
				.as(at + " committed limit (R15.3)")
				.isBetween(1, v.statutoryLimitDays());
			softly.assertThat(v.fees()).as(at + " fees").isNotEmpty().allSatisfy(fee -> {
				assertThat(fee.item().zh()).isNotBlank();
				assertThat(fee.amountYuan()).isNotNegative();
			});
			softly.assertThat(v.deliveryMethods().methods()).as(at + " delivery").isNotEmpty();
			softly.assertThat(v.servicePhone()).as(at + " phone").matches("0\\d{3}-\\d{5,8}");
			softly.assertThat(v.maxVisits()).as(at + " visits").isBetween(0, 1);
			if (v.maxVisits() == 0) {
				softly.assertThat(v.materials())
					.filteredOn(MatterVersion.Material::required)
					.as(at + " asks for no paper when it promises no visit")
					.allSatisfy(material -> assertThat(material.form()).isEqualTo(MaterialForm.ELECTRONIC));
			}
			softly.assertThat(v.faqs()).as(at + " FAQ").hasSizeBetween(1, 3);
			softly.assertThat(v.processKey()).as(at + " process").isIn(PROCESSES);
		});
		softly.assertAll();
	}

	@Test
	void theFoodBusinessLicenceIsCompleteForTheFirstJourney() {
		MatterGuide food = catalog.guide(FOOD_LICENCE);
		MatterVersion v = food.version();
		assertThat(food.department().code()).isEqualTo("SCJGJ");
		assertThat(food.matter().kind()).isEqualTo(MatterKind.LICENSING);
		assertThat(v.legalBases()).extracting(MatterVersion.LegalBasis::title)
			.contains("《中华人民共和国食品安全法》", "《中华人民共和国行政许可法》");
		assertThat(v.materials()).extracting(MatterVersion.Material::licenceType)
			.contains("BUSINESS_LICENCE", "RESIDENT_ID_CARD");
		assertThat(v.materials()).filteredOn(material -> !material.required())
			.allSatisfy(material -> assertThat(material.requiredWhen()).isNotNull());
		assertThat(v.form().fields()).extracting(FormDefinition.Field::type)
			.contains(FieldType.USCC, FieldType.ID_NUMBER, FieldType.PHONE, FieldType.ADDRESS, FieldType.NUMBER,
					FieldType.SELECT, FieldType.RADIO, FieldType.CHECKBOX);
		assertThat(v.form().field("premisesArea")).hasValueSatisfying(area -> assertThat(area.min()).isPositive());
		assertThat(v.processKey()).isEqualTo("approval-with-inspection");
		assertThat(v.steps()).extracting(step -> step.name().zh()).contains("受理", "初审", "现场核查", "复审", "决定");
		assertThat(v.isFree()).isTrue();
	}

	@Test
	void informedCommitmentIsOfferedOnlyWhereNoSafetyOrHealthIsAtStake() {
		Stream
			.of(FOOD_LICENCE, "WJW-YLJGZYDJ", "WJW-YSZYZC", "WJW-HSZYZC", "ZJJ-JZGCSGXK", "JYJ-MBXXSL", "FGW-QYTZXMHZ")
			.forEach(code -> assertThat(catalog.guide(code).history())
				.allSatisfy(info -> assertThat(catalog.guide(code, info.version()).version().informedCommitment())
					.as("informed commitment for %s (R15.7)", code)
					.isFalse()));
		MatterGuide placement = catalog.guide("RSJ-RLZYFWXK");
		assertThat(placement.matter().kind()).isEqualTo(MatterKind.LICENSING);
		assertThat(placement.version().informedCommitment()).as("informed commitment (R5.5)").isTrue();
		assertThat(placement.version().materials()).extracting(material -> material.name().zh()).contains("告知承诺书");
	}

	@Test
	void everyVersionSaysWhatItTouchesSoThatTheLawsExclusionsCanBeApplied() {
		assertThat(everyVersion().map(MatterGuide::version))
			.allSatisfy(version -> assertThat(version.category()).as(version.matterCode()).isNotNull());
		Map<String, MatterCategory> categories = inForce().stream()
			.collect(Collectors.toMap(MatterSummary::code, matter -> inForce(matter.code()).category()));
		assertThat(categories).containsEntry(FOOD_LICENCE, MatterCategory.LIFE_HEALTH_PROPERTY)
			.containsEntry("WJW-YSZYZC", MatterCategory.LIFE_HEALTH_PROPERTY)
			.containsEntry("ZJJ-JZGCSGXK", MatterCategory.LIFE_HEALTH_PROPERTY)
			.containsEntry("GAJ-YZKZBA", MatterCategory.PUBLIC_SAFETY)
			.containsEntry("FGW-GDZCJNSC", MatterCategory.ENVIRONMENT)
			.containsEntry("RSJ-RLZYFWXK", MatterCategory.GENERAL)
			.containsEntry("YBJ-YDJYBA", MatterCategory.GENERAL);
		assertThat(everyVersion().map(MatterGuide::version).filter(MatterVersion::informedCommitment)).isNotEmpty()
			.allSatisfy(version -> assertThat(version.category().excludesInformedCommitment()).as(version.matterCode())
				.isFalse());
	}

	@Test
	void simpleRuleCheckableMattersAreApprovedAutomaticallyAndOthersByPeople() {
		assertThat(Stream.of("RSJ-YLDYZGRZ", "YBJ-YDJYBA", "RSJ-DWSBDJ", "FGW-QYTZXMBA").map(this::inForce))
			.allSatisfy(v -> assertThat(v.automaticApproval()).as(v.matterCode()).isTrue());
		assertThat(Stream.of(FOOD_LICENCE, "WJW-YLJGZYDJ", "JYJ-MBXXSL").map(this::inForce)).allSatisfy(v -> {
			assertThat(v.automaticApproval()).as(v.matterCode()).isFalse();
			assertThat(v.processKey()).as(v.matterCode()).isEqualTo("approval-with-inspection");
		});
	}

	@Test
	void versionsTakeEffectOnTheirDates() {
		assertThat(catalog.versionInForce(FOOD_LICENCE, LocalDate.of(2026, 2, 28)))
			.hasValueSatisfying(v -> assertThat(v.committedLimitDays()).isEqualTo(10));
		assertThat(catalog.versionInForce(FOOD_LICENCE, LocalDate.of(2026, 3, 1)))
			.hasValueSatisfying(v -> assertThat(v.committedLimitDays()).isEqualTo(5));
		assertThat(catalog.versionInForce(FOOD_LICENCE, LocalDate.of(2024, 12, 31))).isEmpty();
		assertThat(catalog.guide(FOOD_LICENCE).history()).extracting(info -> info.status())
			.containsExactly(Status.SUPERSEDED, Status.IN_FORCE);

		MatterGuide filing = catalog.guide("YBJ-YDJYBA");
		assertThat(filing.version().version()).isEqualTo(1);
		assertThat(filing.scheduled()).hasValueSatisfying(next -> {
			assertThat(next.version()).isEqualTo(2);
			assertThat(next.effectiveFrom()).isEqualTo(LocalDate.of(2027, 1, 1)).isAfter(TestClock.DEMO_DAY);
		});
		assertThat(catalog.versionInForce("YBJ-YDJYBA", LocalDate.of(2027, 1, 1)))
			.hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(2));

		assertThat(inForce())
			.filteredOn(matter -> catalog.guide(matter.code())
				.history()
				.stream()
				.anyMatch(info -> info.status() == Status.SUPERSEDED))
			.extracting(MatterSummary::code)
			.contains(FOOD_LICENCE, "ZJJ-JZGCSGXK", "JYJ-JSZGRD");
	}

	@Test
	void aLaterVersionKeepsWhatItDoesNotChange() {
		MatterVersion before = catalog.guide(FOOD_LICENCE, 1).version();
		MatterVersion after = catalog.guide(FOOD_LICENCE, 2).version();
		assertThat(after.name()).isEqualTo(before.name());
		assertThat(after.legalBases()).isEqualTo(before.legalBases());
		assertThat(after.fees()).isEqualTo(before.fees());
		assertThat(after.statutoryLimitDays()).isEqualTo(before.statutoryLimitDays());
		assertThat(after.summary()).isNotEqualTo(before.summary());
		assertThat(after.maxVisits()).isLessThan(before.maxVisits());
	}

	@Test
	void bundlesTieMattersOfSeveralDepartmentsInOrderedStages() {
		assertThat(catalog.bundles()).extracting(Bundle::code).contains("YJS-QYKB", "YJS-GCJS");
		catalog.bundles().forEach(bundle -> {
			assertThat(bundle.name().en()).isNotBlank();
			List<Integer> stages = bundle.items().stream().map(Bundle.Item::stage).toList();
			assertThat(stages).first().isEqualTo(1);
			assertThat(stages).isSorted();
			assertThat(stages.stream().distinct().toList()).as("stages without gaps")
				.isEqualTo(Stream.iterate(1, stage -> stage + 1).limit(stages.get(stages.size() - 1)).toList());
			Map<Integer, Integer> slowestOfStage = bundle.items()
				.stream()
				.collect(Collectors.toMap(Bundle.Item::stage, item -> inForce(item.matterCode()).committedLimitDays(),
						Math::max));
			assertThat(bundle.committedLimitDays()).as("%s committed limit", bundle.code())
				.isGreaterThanOrEqualTo(slowestOfStage.values().stream().mapToInt(Integer::intValue).sum());
			assertThat(bundle.items()
				.stream()
				.map(item -> catalog.guide(item.matterCode()).department().code())
				.distinct()).hasSizeGreaterThan(1);
		});
		assertThat(matterCodesByStage("YJS-QYKB")).containsExactly(List.of("SCJGJ-QYSLDJ"),
				List.of("SWJ-XBNSRSX", "RSJ-DWSBDJ", "GAJ-YZKZBA"));
		assertThat(catalog.bundle("YJS-GCJS").items()).extracting(item -> item.stageName().zh())
			.containsSubsequence("立项用地规划许可", "工程建设许可", "施工许可", "竣工验收");
	}

	@Test
	void departmentsThemesAndBundlesHaveEnglishNames() {
		assertThat(catalog.departments()).extracting(Department::name).allSatisfy(DemoCatalogueTests::hasEnglish);
		assertThat(catalog.themes()).extracting(Theme::name).allSatisfy(DemoCatalogueTests::hasEnglish);
		assertThat(catalog.bundles()).flatExtracting(Bundle::items)
			.extracting(Bundle.Item::stageName)
			.allSatisfy(DemoCatalogueTests::hasEnglish);
	}

	@Test
	void loadingAgainChangesNothing() {
		Map<Class<?>, Long> before = counts();
		MatterGuide food = catalog.guide(FOOD_LICENCE);

		assertThat(loader.load()).isZero();

		assertThat(counts()).isEqualTo(before);
		assertThat(catalog.guide(FOOD_LICENCE)).isEqualTo(food);
	}

	@Test
	void aClashWithAnotherNodeLoadingAtTheSameTimeIsNoError() {
		Department stored = catalog.department("SCJGJ");
		// The other node inserted it after this one looked: the insert clashes on the
		// primary key.
		assertThat(loader.store(new DemoCatalogueLoader.Item("departments.json", stored, () -> false))).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "invalid-limits, matters/TEST-LIMITS.json, exceeds statutory limit",
			"invalid-property, departments.json, adress",
			"invalid-commitment, matters/TEST-COMMITMENT.json, informed commitment is not offered for a matter of category PUBLIC_SAFETY",
			"invalid-data-element, matters/TEST-ELEMENT.json, refers to the data element \"DE9999\", which is not in the data-element dictionary" })
	void invalidContentStopsTheStartWithTheNameOfTheFile(String location, String file, String fault) {
		Map<Class<?>, Long> before = counts();
		var invalid = new DemoCatalogueLoader(resources, aggregates, transactions, "classpath:catalog/" + location,
				dataElements, messages);

		assertThatIllegalStateException().isThrownBy(invalid::load)
			.withMessageContaining(file)
			.withMessageContaining(fault);
		assertThat(counts()).isEqualTo(before);
	}

	private List<MatterSummary> inForce() {
		return catalog.search(new MatterQuery(null, null, null, null, 1, MatterQuery.MAX_SIZE)).items();
	}

	private MatterVersion inForce(String code) {
		return catalog.guide(code).version();
	}

	private Stream<MatterGuide> everyVersion() {
		return inForce().stream()
			.flatMap(matter -> catalog.guide(matter.code())
				.history()
				.stream()
				.map(info -> catalog.guide(matter.code(), info.version())));
	}

	private Set<MatterKind> kindsOf(String... codes) {
		return Stream.of(codes).map(code -> catalog.guide(code).matter().kind()).collect(Collectors.toSet());
	}

	private List<List<String>> matterCodesByStage(String bundle) {
		return catalog.bundle(bundle)
			.items()
			.stream()
			.collect(Collectors.groupingBy(Bundle.Item::stage, TreeMap::new,
					Collectors.mapping(Bundle.Item::matterCode, Collectors.toList())))
			.values()
			.stream()
			.toList();
	}

	private Map<Class<?>, Long> counts() {
		return Stream.of(Department.class, Theme.class, Matter.class, MatterVersion.class, Bundle.class)
			.collect(Collectors.toMap(Function.identity(), aggregates::count));
	}

	private static void hasEnglish(LocalizedText text) {
		assertThat(text.en()).as("English of %s", text.zh()).isNotBlank();
	}

}
