package org.tongban.application;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.tongban.application.SharedEvidence.Line;
import org.tongban.application.internal.ApplicationStore;
import org.tongban.application.internal.SharedEvidenceStore;
import org.tongban.catalog.MatterCatalog;
import org.tongban.exchange.DataElements;
import org.tongban.exchange.Registry;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;

/**
 * The base-registry records an applicant confirmed for their application (R15.10, R16.1),
 * as verified evidence of the case: what the record said when they confirmed it (personal
 * numbers masked), the registry and the department that keeps it, and when. Stored with
 * the application when confirmed and never re-read from the registry, nor taken from a
 * form: the applicant cannot change it. Staff, experts and the applicant read it where
 * they read the case's materials.
 */
@Service("verifiedRecords")
public class VerifiedRecords {

	/**
	 * A registry record confirmed for a material.
	 *
	 * @param registryName e.g. 人口基础信息库
	 * @param department the department keeping the registry
	 * @param lines what the record said when confirmed, as label message codes and values
	 */
	public record VerifiedRecord(String materialCode, LocalizedText registryName, LocalizedText department,
			List<Line> lines, Instant confirmedAt) {
	}

	private final SharedEvidenceStore store;

	private final ApplicationStore applications;

	private final DataElements dictionary;

	private final MatterCatalog catalog;

	VerifiedRecords(SharedEvidenceStore store, ApplicationStore applications, DataElements dictionary,
			MatterCatalog catalog) {
		this.store = store;
		this.applications = applications;
		this.dictionary = dictionary;
		this.catalog = catalog;
	}

	/** The records confirmed for an application. */
	public List<VerifiedRecord> of(UUID applicationId) {
		return store.confirmedRecords(applicationId).stream().map(this::verified).toList();
	}

	/**
	 * The records confirmed for a submitted case, by its number; none for an unknown one.
	 */
	public List<VerifiedRecord> ofCase(String number) {
		return applications.findByNumber(number).map(found -> of(found.id())).orElse(List.of());
	}

	private VerifiedRecord verified(SharedEvidenceStore.ConfirmedRecord record) {
		Registry registry = Registry.valueOf(record.registry());
		LocalizedText department;
		try {
			department = catalog.department(record.sourceDepartment()).name();
		}
		catch (NotFoundException unknown) {
			department = LocalizedText.of(record.sourceDepartment(), record.sourceDepartment());
		}
		return new VerifiedRecord(record.materialCode(), dictionary.registry(registry).name(), department,
				lines(record.snapshot()), record.confirmedAt());
	}

	/** The lines of a preview as stored: one "label TAB value" a line. */
	static String snapshot(List<Line> lines) {
		return lines.stream()
			.map(line -> line.label() + "\t" + line.value().replace('\t', ' ').replace('\n', ' '))
			.collect(Collectors.joining("\n"));
	}

	static List<Line> lines(String snapshot) {
		return Arrays.stream(snapshot.split("\n")).filter(line -> !line.isEmpty()).map(line -> {
			int tab = line.indexOf('\t');
			return new Line(line.substring(0, tab), line.substring(tab + 1));
		}).toList();
	}

}
