package org.tongban.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.tongban.shared.LocalizedText;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data-element dictionary (R9.1) and the sharing catalogue of the base registries and
 * data elements (R9.5), read from the versioned file {@value #LOCATION}: one place for
 * every code that forms, registries, automatic-approval rules and the exchange API use.
 */
@Service
public class DataElements {

	static final String LOCATION = "exchange/data-elements.json";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final String version;

	private final Map<String, DataElement> elements;

	private final Map<Registry, RegistryEntry> registries;

	public DataElements() {
		this(new ClassPathResource(LOCATION));
	}

	DataElements(ClassPathResource resource) {
		Dictionary dictionary;
		try (InputStream in = resource.getInputStream()) {
			dictionary = JSON.readValue(in, Dictionary.class);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException(
					"The data-element dictionary " + resource.getPath() + " is invalid: " + ex.getMessage(), ex);
		}
		this.version = dictionary.version();
		var byCode = new LinkedHashMap<String, DataElement>();
		dictionary.elements().stream().sorted(Comparator.comparing(DataElement::code)).forEach(element -> {
			if (byCode.put(element.code(), element) != null) {
				throw new IllegalStateException("The data-element dictionary has " + element.code() + " twice");
			}
		});
		this.elements = byCode;
		var byRegistry = new EnumMap<Registry, RegistryEntry>(Registry.class);
		dictionary.registries().forEach(entry -> byRegistry.put(entry.registry(), entry));
		for (Registry registry : Registry.values()) {
			if (!byRegistry.containsKey(registry)) {
				throw new IllegalStateException("The sharing catalogue has no entry for the registry " + registry);
			}
		}
		this.registries = byRegistry;
	}

	/** The element of a code, if the dictionary has it. */
	public Optional<DataElement> find(String code) {
		return Optional.ofNullable(code).map(elements::get);
	}

	/** Every element, by code. */
	public List<DataElement> all() {
		return List.copyOf(elements.values());
	}

	/** Whether the dictionary has the code. */
	public boolean knows(String code) {
		return code != null && elements.containsKey(code);
	}

	/** The version of the dictionary file. */
	public String version() {
		return version;
	}

	/** The sharing catalogue's entry of a base registry. */
	public RegistryEntry registry(Registry registry) {
		return registries.get(registry);
	}

	/** The sharing catalogue's entries of every base registry. */
	public List<RegistryEntry> registries() {
		return List.copyOf(registries.values());
	}

	/** The elements a base registry holds. */
	public List<DataElement> heldBy(Registry registry) {
		return elements.values().stream().filter(element -> element.registry() == registry).toList();
	}

	/**
	 * A base registry in the sharing catalogue.
	 *
	 * @param ownerDepartment the department that keeps it
	 * @param sharing how it is shared as a whole; each element says more precisely
	 */
	public record RegistryEntry(Registry registry, String ownerDepartment, SharingLevel sharing) {

		public LocalizedText name() {
			return switch (registry) {
				case POPULATION -> LocalizedText.of("人口基础信息库", "Population registry");
				case LEGAL_PERSON -> LocalizedText.of("法人单位基础信息库", "Legal-person registry");
				case CREDIT -> LocalizedText.of("信用记录", "Credit register");
				case LICENCE -> LocalizedText.of("电子证照库", "Electronic licence registry");
			};
		}

	}

	record Dictionary(String version, List<RegistryEntry> registries, List<DataElement> elements) {
	}

}
