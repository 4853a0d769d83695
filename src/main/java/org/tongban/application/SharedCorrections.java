package org.tongban.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tongban.application.internal.ApplicationStore;
import org.tongban.application.internal.BundleStore;
import org.tongban.catalog.MatterVersion.Material;

/**
 * A correction of a bundle's member that touches a shared field or material (R16.4): the
 * corrected value or files are written into every other member of the bundle that uses
 * them and is not decided yet, and the approval side hears of the opened ones, so that
 * their departments look again at what changed. Nothing else of those members changes.
 * Runs in the transaction of the resubmission.
 */
@Component
class SharedCorrections {

	private final BundleStore bundles;

	private final ApplicationStore store;

	private final OwnApplications own;

	private final CombinedForms combined;

	private final ApplicationEventPublisher events;

	SharedCorrections(BundleStore bundles, ApplicationStore store, OwnApplications own, CombinedForms combined,
			ApplicationEventPublisher events) {
		this.bundles = bundles;
		this.store = store;
		this.own = own;
		this.combined = combined;
		this.events = events;
	}

	/**
	 * @param corrected the member as resubmitted
	 * @param changed the items of its notice the applicant changed
	 */
	void spread(Application corrected, List<CorrectionItem> changed, Instant at) {
		Optional<BundleApplication> bundle = bundles.bundleOf(corrected.id()).flatMap(bundles::find);
		if (bundle.isEmpty() || changed.isEmpty()) {
			return;
		}
		List<Application> members = bundle.get()
			.members()
			.stream()
			.map(member -> store.find(member.applicationId()).orElseThrow())
			.toList();
		CombinedForm form = combined.form(members);
		List<CombinedMaterial> materials = combined.materials(members);
		Map<UUID, Application> undecided = new LinkedHashMap<>();
		members.stream()
			.filter(member -> !member.id().equals(corrected.id()) && !member.status().isFinal() && !member.isDraft())
			.forEach(member -> undecided.put(member.id(), member));
		Map<UUID, Map<String, List<String>>> answers = new LinkedHashMap<>();
		Map<UUID, Map<String, List<AttachedMaterial>>> files = new LinkedHashMap<>();
		Set<CorrectionItem> shared = new LinkedHashSet<>();
		for (CorrectionItem item : changed) {
			switch (item.kind()) {
				case FIELD -> form.askedBy(corrected.id(), item.code())
					.stream()
					.flatMap(question -> question.askers().stream())
					.filter(asker -> undecided.containsKey(asker.applicationId()))
					.forEach(asker -> {
						shared.add(item);
						answers.computeIfAbsent(asker.applicationId(), member -> new HashMap<>())
							.put(asker.fieldKey(), corrected.answers().values(item.code()));
					});
				case MATERIAL -> materials.stream()
					.filter(material -> material.needs()
						.stream()
						.anyMatch(need -> need.applicationId().equals(corrected.id())
								&& need.materialCode().equals(item.code())))
					.flatMap(material -> material.needs().stream())
					.filter(need -> undecided.containsKey(need.applicationId()))
					.forEach(need -> {
						shared.add(item);
						files.computeIfAbsent(need.applicationId(), member -> new HashMap<>())
							.put(need.materialCode(), corrected.materials(item.code()));
					});
			}
		}
		Set<UUID> written = new LinkedHashSet<>(answers.keySet());
		written.addAll(files.keySet());
		List<UUID> affected = new ArrayList<>();
		for (UUID memberId : written) {
			Application member = undecided.get(memberId);
			write(member, answers.getOrDefault(memberId, Map.of()), files.getOrDefault(memberId, Map.of()), at);
			if (member.status() != ApplicationStatus.WAITING) {
				affected.add(memberId);
			}
		}
		if (!affected.isEmpty()) {
			events.publishEvent(new SharedItemsCorrected(bundle.get().id(), corrected.id(), corrected.number(),
					List.copyOf(shared), affected, at));
		}
	}

	/**
	 * Writes the corrected answers and files into another member, in place of its own.
	 */
	private void write(Application member, Map<String, List<String>> answers, Map<String, List<AttachedMaterial>> files,
			Instant at) {
		List<Material> versionMaterials = own.guideOf(member).version().materials();
		files.forEach((materialCode, corrected) -> {
			member.materials(materialCode).forEach(old -> store.removeMaterial(member.id(), old.attachmentId()));
			Material material = versionMaterials.stream()
				.filter(candidate -> candidate.code().equals(materialCode))
				.findFirst()
				.orElseThrow();
			corrected.forEach(file -> store.addMaterial(member.id(),
					new AttachedMaterial(file.attachmentId(), material.code(), material.name(), material.licenceType(),
							file.displayName(), file.type(), file.size(), file.reusedFrom(), at)));
		});
		Map<String, AnswerSource> sources = new HashMap<>(member.sources());
		sources.keySet().removeAll(answers.keySet());
		own.writeChange(member.withAnswers(member.answers().with(answers), sources, at));
	}

}
