package org.tongban.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.catalog.internal.BundleRepository;
import org.tongban.catalog.internal.DepartmentRepository;
import org.tongban.catalog.internal.MatterRepository;
import org.tongban.catalog.internal.MatterSearch;
import org.tongban.catalog.internal.MatterVersionRepository;
import org.tongban.catalog.internal.ThemeRepository;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.ResultPage;

/**
 * The catalogue as the rest of the platform reads it: search, service guides of the
 * version in force (or of any published version), departments, themes and bundles.
 * "Today" is the city's date from the platform clock.
 */
@Service
@Transactional(readOnly = true)
public class MatterCatalog {

	private final MatterRepository matters;

	private final MatterVersionRepository versions;

	private final DepartmentRepository departments;

	private final ThemeRepository themes;

	private final BundleRepository bundles;

	private final MatterSearch search;

	private final Clock clock;

	/**
	 * Published versions are never changed (R2.3), and every case step reads its
	 * version's guide, so each node reads a version from the database once. Bounded: a
	 * city publishes thousands of matters, not millions.
	 */
	private final Cache<VersionKey, MatterVersion> published = Caffeine.newBuilder().maximumSize(5_000).build();

	MatterCatalog(MatterRepository matters, MatterVersionRepository versions, DepartmentRepository departments,
			ThemeRepository themes, BundleRepository bundles, MatterSearch search, Clock clock) {
		this.matters = matters;
		this.versions = versions;
		this.departments = departments;
		this.themes = themes;
		this.bundles = bundles;
		this.search = search;
		this.clock = clock;
	}

	public ResultPage<MatterSummary> search(MatterQuery query) {
		if (query.department() != null && !departments.existsById(query.department())) {
			throw new InvalidParameterException("department", "catalog.query.unknownDepartment", query.department());
		}
		if (query.theme() != null && !themes.existsById(query.theme())) {
			throw new InvalidParameterException("theme", "catalog.query.unknownTheme", query.theme());
		}
		return search.search(query, today());
	}

	/** The guide of the version in force today. */
	public MatterGuide guide(String code) {
		Matter matter = matter(code);
		MatterVersion version = versionInForce(code, today()).orElseThrow(() -> new MatterNotFoundException(code));
		return guide(matter, version);
	}

	/**
	 * The guide of a given version, superseded or scheduled ones included (R2.3, R16.5).
	 */
	public MatterGuide guide(String code, int version) {
		Matter matter = matter(code);
		MatterVersion found = published(code, version).orElseThrow(() -> new MatterNotFoundException(code, version));
		return guide(matter, found);
	}

	/** The version in force on a given day, e.g. the day an application was started. */
	public Optional<MatterVersion> versionInForce(String code, LocalDate day) {
		return versions.findVersionInForce(code, day).flatMap(version -> published(code, version));
	}

	private Optional<MatterVersion> published(String code, int version) {
		return Optional.ofNullable(published.get(new VersionKey(code, version),
				key -> versions.findByMatterCodeAndVersion(code, version).orElse(null)));
	}

	public List<Department> departments() {
		return departments.findAllByOrderBySortOrderAscCodeAsc();
	}

	/** Whether the catalogue has the department. */
	public boolean hasDepartment(String code) {
		return departments.existsById(code);
	}

	/** Whether the catalogue has the matter, in force or not (any more, or yet). */
	public boolean hasMatter(String code) {
		return matters.existsById(code);
	}

	public Department department(String code) {
		return departments.findById(code).orElseThrow(() -> new NotFoundException("catalog.department.notFound", code));
	}

	public List<Theme> themes() {
		return themes.findAllByOrderBySortOrderAscCodeAsc();
	}

	public List<Bundle> bundles() {
		return bundles.findAllByOrderByCodeAsc();
	}

	public Bundle bundle(String code) {
		return bundles.findById(code).orElseThrow(() -> new NotFoundException("catalog.bundle.notFound", code));
	}

	private Matter matter(String code) {
		return (code == null ? Optional.<Matter>empty() : matters.findById(code))
			.orElseThrow(() -> new MatterNotFoundException(code));
	}

	private MatterGuide guide(Matter matter, MatterVersion version) {
		Department department = department(matter.departmentCode());
		List<Theme> matterThemes = themes
			.findAllById(matter.themes().stream().map(Matter.MatterTheme::themeCode).toList());
		return new MatterGuide(matter, version, department,
				matterThemes.stream().sorted(java.util.Comparator.comparingInt(Theme::sortOrder)).toList(),
				history(matter.code()));
	}

	private List<VersionInfo> history(String code) {
		LocalDate today = today();
		List<MatterVersion> all = versions.findVersionNumbers(code)
			.stream()
			.flatMap(version -> published(code, version).stream())
			.toList();
		int inForce = all.stream()
			.filter(v -> !v.effectiveFrom().isAfter(today))
			.mapToInt(MatterVersion::version)
			.max()
			.orElse(0);
		return all.stream()
			.map(v -> new VersionInfo(v.version(), v.effectiveFrom(),
					v.version() == inForce ? VersionInfo.Status.IN_FORCE
							: v.version() < inForce ? VersionInfo.Status.SUPERSEDED : VersionInfo.Status.SCHEDULED))
			.toList();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private record VersionKey(String matterCode, int version) {
	}

}
