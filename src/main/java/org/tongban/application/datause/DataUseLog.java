package org.tongban.application.datause;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.tongban.application.internal.ApplicationStore;
import org.tongban.catalog.MatterCatalog;
import org.tongban.exchange.RegistryAccess;
import org.tongban.exchange.RegistryAccessLog;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.ApplicantParticulars;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Paging;
import org.tongban.shared.RefusedException;
import org.tongban.shared.Refusal;
import org.tongban.shared.ResultPage;
import org.tongban.supervision.CaseReadings;
import org.tongban.supervision.CaseReadings.CaseReading;

/**
 * Every read of an applicant's data, newest first, for the applicant only (R16.1): the
 * reads of the base registries, by the platform's modules and by other departments'
 * systems through the exchange API, of the person's record or, for an enterprise's
 * account, of the enterprise's; and staff opening their cases or being shown their
 * numbers in full, as the audit trail keeps them. Nothing names another person: the
 * applicant is always the one logged in, and the reader is named by department and role.
 * Reading one's own log is not itself a read of somebody else's data, so it is not
 * logged.
 */
@Service
public class DataUseLog {

	public static final int PAGE_SIZE = 20;

	/** Deep enough for years of reads; deeper pages are not offered. */
	public static final int MAX_PAGE = 500;

	private final Accounts accounts;

	private final RegistryAccessLog registryLog;

	private final CaseReadings caseReadings;

	private final ApplicationStore applications;

	private final MatterCatalog catalog;

	private final MessageSource messages;

	DataUseLog(Accounts accounts, RegistryAccessLog registryLog, CaseReadings caseReadings,
			ApplicationStore applications, MatterCatalog catalog, MessageSource messages) {
		this.accounts = accounts;
		this.registryLog = registryLog;
		this.caseReadings = caseReadings;
		this.applications = applications;
		this.catalog = catalog;
		this.messages = messages;
	}

	/**
	 * One page of the reads of the applicant's data, newest first, numbered from 1.
	 * @throws RefusedException for staff, who have no data-use page
	 */
	public ResultPage<DataUse> of(Actor applicant, int page) {
		if (applicant == null || applicant.isStaff()) {
			throw new RefusedException(Refusal.FORBIDDEN, "application.applicantsOnly");
		}
		Paging.of(page, PAGE_SIZE, PAGE_SIZE);
		if (page > MAX_PAGE) {
			throw new InvalidParameterException("page", "my.dataUse.page");
		}
		ApplicantParticulars particulars = accounts.particulars(applicant.id());
		BiFunction<Integer, Integer, ResultPage<RegistryAccess>> registryPage = particulars
			.kind() == AccountKind.LEGAL_PERSON
					? (number, size) -> registryLog.accessesTo(particulars.creditCode(), number, size)
					: (number, size) -> registryLog.accessesTo(particulars.residentId(), number, size);
		List<String> cases = applications.numbers(applicant.id());
		// The newest page * size of each source hold the page of their merge.
		int wanted = page * PAGE_SIZE;
		List<DataUse> merged = new ArrayList<>();
		long total = 0;
		for (int number = 1;; number++) {
			ResultPage<RegistryAccess> read = registryPage.apply(number, RegistryAccessLog.MAX_SIZE);
			total = read.totalItems();
			read.items().stream().map(this::registryRead).forEach(merged::add);
			if (!read.hasNext() || (long) number * RegistryAccessLog.MAX_SIZE >= wanted) {
				break;
			}
		}
		caseReadings.newest(cases, applicant.id(), wanted).stream().map(this::caseReading).forEach(merged::add);
		total += caseReadings.count(cases, applicant.id());
		List<DataUse> items = merged.stream()
			.sorted(Comparator.comparing(DataUse::at).reversed())
			.skip((long) (page - 1) * PAGE_SIZE)
			.limit(PAGE_SIZE)
			.toList();
		return new ResultPage<>(items, page, PAGE_SIZE, total);
	}

	private DataUse registryRead(RegistryAccess access) {
		boolean exchange = access.departmentCode() != null;
		return new DataUse(access.accessedAt(), exchange ? DataUse.Kind.EXCHANGE_REQUEST : DataUse.Kind.REGISTRY_READ,
				access.registry().name(), exchange ? List.of(department(access.departmentCode())) : List.of(),
				List.of(), access.purpose(), access.caseReference(), access.answered());
	}

	private DataUse caseReading(CaseReading reading) {
		List<DataUse.DepartmentName> departments = reading.department() == null ? List.of()
				: Arrays.stream(reading.department().split(","))
					.map(String::strip)
					.distinct()
					.map(this::department)
					.toList();
		String purpose = reading.supervision() ? "my.dataUse.purpose.supervision"
				: reading.kind() == CaseReadings.Kind.UNMASK ? "my.dataUse.purpose.unmask"
						: "my.dataUse.purpose.caseView";
		return new DataUse(reading.at(),
				reading.kind() == CaseReadings.Kind.UNMASK ? DataUse.Kind.UNMASK : DataUse.Kind.CASE_VIEW, null,
				departments, Arrays.stream(reading.role().split(",")).map(String::strip).distinct().toList(),
				text(purpose), reading.caseNumber(), !reading.refused());
	}

	private DataUse.DepartmentName department(String code) {
		try {
			return new DataUse.DepartmentName(code, catalog.department(code).name());
		}
		catch (NotFoundException unknown) {
			// A department outside the catalogue (one without matters) is named by its
			// code.
			return new DataUse.DepartmentName(code, LocalizedText.of(code, code));
		}
	}

	private LocalizedText text(String key) {
		return LocalizedText.of(messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE),
				messages.getMessage(key, null, Locale.ENGLISH));
	}

}
