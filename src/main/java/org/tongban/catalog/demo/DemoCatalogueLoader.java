package org.tongban.catalog.demo;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.catalog.Audience;
import org.tongban.catalog.Bundle;
import org.tongban.catalog.DataElementReferences;
import org.tongban.catalog.Department;
import org.tongban.catalog.Matter;
import org.tongban.catalog.MatterKind;
import org.tongban.catalog.MatterVersion;
import org.tongban.catalog.Theme;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads the demo catalogue of D city (R2.6) from JSON under {@code catalog/demo/}:
 * {@code departments.json}, {@code themes.json}, one file per matter under
 * {@code matters/} and {@code bundles.json}.
 * <p>
 * A matter file holds the stable part of the matter and its {@code versions}, numbered by
 * their order. The first version is complete; each later one gives only what changed from
 * the one before, as a JSON Merge Patch (RFC 7386: objects merge, arrays and values
 * replace, {@code null} removes), so that a file shows what a new version changed.
 * <p>
 * Every file is read and checked against the rules of the model before anything is
 * stored, so that invalid content stops the start-up, naming its file, without storing
 * half a catalogue; a code that refers to nothing fails when stored, naming its file too.
 * Storing skips what exists, one aggregate per transaction, so that a restart adds only
 * what is new and two nodes starting at once do not fail on each other's rows. The
 * location can be changed with {@code tongban.demo.catalogue-location}.
 */
@Component
@Profile("demo")
class DemoCatalogueLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoCatalogueLoader.class);

	/**
	 * Strict reading: a misspelt property is an error, not a silently missing element of
	 * the guide.
	 */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final ResourcePatternResolver resources;

	private final JdbcAggregateTemplate aggregates;

	private final TransactionTemplate transactions;

	private final String location;

	private final DataElementReferences dataElements;

	private final MessageSource messages;

	DemoCatalogueLoader(ResourcePatternResolver resources, JdbcAggregateTemplate aggregates,
			PlatformTransactionManager transactionManager,
			@Value("${tongban.demo.catalogue-location:classpath:catalog/demo/}") String location,
			DataElementReferences dataElements, MessageSource messages) {
		this.resources = resources;
		this.aggregates = aggregates;
		this.dataElements = dataElements;
		this.messages = messages;
		this.transactions = new TransactionTemplate(transactionManager);
		this.location = location.endsWith("/") ? location : location + "/";
	}

	/**
	 * Loads when every bean exists, so Flyway has migrated, but before the context starts
	 * its lifecycle, in which the embedded web server opens its port. An
	 * {@code ApplicationRunner} runs only after the port is open, so the first requests
	 * could find an empty catalogue.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		load();
	}

	/** Stores what is missing and answers how many aggregates that was. */
	int load() {
		long start = System.nanoTime();
		List<Item> items = read();
		int stored = (int) items.stream().filter(this::store).count();
		log.info("Demo catalogue of D city from {}: {} aggregates stored, {} already present, in {} ms", location,
				stored, items.size() - stored, Duration.ofNanos(System.nanoTime() - start).toMillis());
		return stored;
	}

	/**
	 * Stores an item unless it exists; a clash with another node storing the same item at
	 * the same time is no error.
	 */
	boolean store(Item item) {
		try {
			return Boolean.TRUE.equals(transactions.execute(status -> {
				if (item.stored().getAsBoolean()) {
					return false;
				}
				aggregates.insert(item.aggregate());
				return true;
			}));
		}
		catch (DataAccessException ex) {
			if (ex.contains(DuplicateKeyException.class)) {
				return false;
			}
			throw new IllegalStateException("Demo catalogue file " + item.file() + " cannot be stored: "
					+ ex.getMostSpecificCause().getMessage(), ex);
		}
	}

	/**
	 * The items in the order their foreign keys need: departments and themes, matters and
	 * versions, bundles.
	 */
	private List<Item> read() {
		var items = new ArrayList<Item>();
		items.addAll(withCodes("departments.json", Department.class, Department::code));
		items.addAll(withCodes("themes.json", Theme.class, Theme::code));
		for (String file : matterFiles()) {
			items.addAll(read(file, tree -> matter(file, tree)));
		}
		items.addAll(withCodes("bundles.json", Bundle.class, Bundle::code));
		return items;
	}

	private <T> List<Item> withCodes(String file, Class<T> type, Function<T, String> code) {
		List<T> list = read(file, tree -> JSON.readerForListOf(type).readValue(tree));
		return list.stream()
			.map(aggregate -> new Item(file, aggregate, () -> aggregates.existsById(code.apply(aggregate), type)))
			.toList();
	}

	private List<String> matterFiles() {
		try {
			return Arrays.stream(resources.getResources(location + "matters/*.json"))
				.map(resource -> "matters/" + resource.getFilename())
				.sorted(Comparator.naturalOrder())
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list the demo matters under " + location + "matters/", ex);
		}
	}

	private List<Item> matter(String file, JsonNode tree) {
		MatterFile content = JSON.treeToValue(tree, MatterFile.class);
		var matter = new Matter(content.code(), content.department(), content.kind(),
				content.audiences().contains(Audience.PERSONAL), content.audiences().contains(Audience.ENTERPRISE),
				content.themes().stream().map(Matter.MatterTheme::new).collect(Collectors.toSet()));
		var items = new ArrayList<Item>();
		items.add(new Item(file, matter, () -> aggregates.existsById(matter.code(), Matter.class)));
		ObjectNode current = JSON.createObjectNode();
		LocalDate previousStart = null;
		for (int i = 0; i < content.versions().size(); i++) {
			merge(current, content.versions().get(i));
			current.put("matterCode", matter.code()).put("version", i + 1);
			MatterVersion version = JSON.treeToValue(current, MatterVersion.class);
			if (previousStart != null && !version.effectiveFrom().isAfter(previousStart)) {
				throw new IllegalArgumentException("version " + version.version() + " of " + matter.code()
						+ " must take effect after the version before it");
			}
			previousStart = version.effectiveFrom();
			refuseUnknownDataElements(version);
			items.add(new Item(file, version,
					() -> aggregates.exists(
							query(where("matterCode").is(version.matterCode()).and("version").is(version.version())),
							MatterVersion.class)));
		}
		if (items.size() == 1) {
			throw new IllegalArgumentException("matter " + matter.code() + " has no version");
		}
		return items;
	}

	/**
	 * Refuses a version whose form or rules name a code the data-element dictionary lacks
	 * (R9.1), in both languages of the platform, since the operator may read either.
	 */
	private void refuseUnknownDataElements(MatterVersion version) {
		var problems = dataElements.check(version);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("version " + version.version() + " of " + version.matterCode() + ": "
					+ problems.stream()
						.map(problem -> messages.getMessage(problem.code(), problem.arguments().toArray(),
								Locale.ENGLISH)
								+ " / "
								+ messages.getMessage(problem.code(), problem.arguments().toArray(),
										Locale.SIMPLIFIED_CHINESE))
						.collect(Collectors.joining("; ")));
		}
	}

	/** Applies a JSON Merge Patch (RFC 7386) to {@code target}. */
	private static void merge(ObjectNode target, ObjectNode patch) {
		patch.properties().forEach(property -> {
			String name = property.getKey();
			JsonNode value = property.getValue();
			if (value.isNull()) {
				target.remove(name);
			}
			else if (value instanceof ObjectNode changes && target.get(name) instanceof ObjectNode original) {
				merge(original, changes);
			}
			else {
				target.set(name, value.deepCopy());
			}
		});
	}

	/**
	 * Reads one file of the content; whatever is wrong with it (syntax, unknown property,
	 * broken rule) names it.
	 */
	private <T> T read(String file, Function<JsonNode, T> reader) {
		Resource resource = resources.getResource(location + file);
		try (InputStream in = resource.getInputStream()) {
			return reader.apply(JSON.readTree(in));
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Demo catalogue file " + file + " is invalid: " + ex.getMessage(), ex);
		}
	}

	/**
	 * An aggregate of the content, the file it comes from, and how to tell that it is
	 * stored already.
	 */
	record Item(String file, Object aggregate, BooleanSupplier stored) {
	}

	/** The shape of a matter file. */
	record MatterFile(String code, String department, MatterKind kind, Set<Audience> audiences, Set<String> themes,
			List<ObjectNode> versions) {
	}

}
