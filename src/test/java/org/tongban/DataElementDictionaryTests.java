package org.tongban;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.tongban.catalog.DataElementReferences;
import org.tongban.catalog.DecisionRule;
import org.tongban.catalog.FormProblem;
import org.tongban.catalog.IdentitySource;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterVersion;
import org.tongban.exchange.DataElement;
import org.tongban.exchange.DataElements;
import org.tongban.exchange.Registry;
import org.tongban.exchange.registry.RegistryColumns;

import tools.jackson.databind.json.JsonMapper;

/**
 * R9.1: one data-element dictionary, and nothing refers to a code outside it: the fields
 * of every bundled matter's forms, the identity sources forms take answers from, the
 * columns of the base registries and the values automatic-approval rules read. A code
 * outside the dictionary fails this test and so the build.
 */
@SpringBootTest
class DataElementDictionaryTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	DataElements dictionary;

	@Autowired
	DataElementReferences references;

	@Autowired
	JdbcAggregateTemplate aggregates;

	@Autowired
	MatterCatalog catalog;

	@Test
	void everyFieldAndRuleOfEveryBundledMatterVersionRefersToAnElementOfTheDictionary() {
		var versions = aggregates.findAll(MatterVersion.class);
		assertThat(versions).hasSizeGreaterThan(20);

		Map<String, List<FormProblem>> unknown = new TreeMap<>();
		for (MatterVersion version : versions) {
			var problems = references.check(version);
			if (!problems.isEmpty()) {
				unknown.put(version.matterCode() + " v" + version.version(), problems);
			}
		}
		assertThat(unknown).as("matter versions referring to unknown data elements").isEmpty();
		assertThat(versions.stream()
			.filter(version -> version.form() != null)
			.flatMap(version -> version.form().fields())
			.filter(field -> field.dataElement() != null)
			.count()).as("form fields with a data element").isGreaterThan(100);
	}

	@Test
	void theIdentitySourcesHoldOnlyElementsOfTheDictionary() {
		assertThat(Arrays.stream(IdentitySource.values()).flatMap(source -> source.dataElements().stream()))
			.isNotEmpty()
			.allSatisfy(code -> assertThat(dictionary.knows(code)).as(code).isTrue());
	}

	@Test
	void theSourcesOfAutomaticApprovalRulesAnswerOnlyElementsOfTheDictionary() {
		assertThat(Arrays.stream(DecisionRule.Source.values()).flatMap(source -> source.elements().stream()))
			.isNotEmpty()
			.allSatisfy(code -> assertThat(dictionary.knows(code)).as(code).isTrue());
	}

	@Test
	void everyRegistryColumnHoldsAnElementOfTheDictionaryAndEveryElementOfARegistryIsAColumn() {
		for (Registry registry : Registry.values()) {
			Set<String> columns = Set.copyOf(RegistryColumns.of(registry).values());
			// A column may hold an element of another registry, as the legal
			// representative's
			// ID number is the population registry's key.
			assertThat(columns).as("columns of %s", registry)
				.allSatisfy(code -> assertThat(dictionary.knows(code)).as(code).isTrue());
			assertThat(dictionary.heldBy(registry).stream().map(DataElement::code).collect(Collectors.toSet()))
				.as("elements the dictionary places in %s", registry)
				.isSubsetOf(columns.stream()
					// the age is the registry's birth date, counted
					.collect(Collectors.toCollection(() -> new HashSet<>(Set.of("DE0008")))));
		}
	}

	@Test
	void everyElementNamesItsSourceDepartmentAndBothLanguagesAndTheSharingCatalogueCoversEveryRegistry() {
		assertThat(dictionary.all()).hasSizeGreaterThanOrEqualTo(40).allSatisfy(element -> {
			assertThat(catalog.department(element.sourceDepartment())).isNotNull();
			assertThat(element.name().en()).as(element.code()).isNotBlank();
			assertThat(element.format()).as(element.code()).isNotBlank();
		});
		assertThat(dictionary.registries()).extracting(DataElements.RegistryEntry::registry)
			.containsExactlyInAnyOrder(Registry.values());
		assertThat(dictionary.registries())
			.allSatisfy(entry -> assertThat(catalog.department(entry.ownerDepartment())).isNotNull());
	}

	@Test
	void theCheckReportsAFormFieldOrRuleWithAnUnknownCode() {
		MatterVersion version = aggregates.findAll(MatterVersion.class)
			.stream()
			.filter(candidate -> candidate.form() != null
					&& candidate.form().fields().anyMatch(field -> "DE0102".equals(field.dataElement())))
			.findFirst()
			.orElseThrow();
		// The same version as an administrator would upload it, with the credit code's
		// field
		// renamed to a code nobody defined.
		MatterVersion unknown = JSON.readValue(JSON.writeValueAsString(version).replace("\"DE0102\"", "\"DE9999\""),
				MatterVersion.class);

		assertThat(references.check(version)).isEmpty();
		assertThat(references.check(unknown)).isNotEmpty()
			.allSatisfy(problem -> assertThat(problem.code()).isEqualTo(DataElementReferences.UNKNOWN_IN_FIELD))
			.allSatisfy(problem -> assertThat(problem.arguments()).contains("DE9999"));
		assertThat(DataElementReferences.against(code -> !"DE0102".equals(code)).check(version)).isNotEmpty();
	}

	@Test
	void anUnknownCodeIsNotInTheDictionary() {
		assertThat(dictionary.find("DE9999")).isEmpty();
		assertThat(dictionary.find("DE0002")).get()
			.satisfies(element -> assertThat(element.personal()).isTrue())
			.satisfies(element -> assertThat(element.sourceDepartment()).isEqualTo("GAJ"));
	}

}
