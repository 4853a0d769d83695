package org.tongban.approval.bundles;

import java.time.Clock;
import java.util.UUID;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.tongban.application.BundleApplication;
import org.tongban.application.BundleFiles;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;

/**
 * A member's stage starts (R5.2): the start listener of each member's receive task in a
 * bundle model ({@code flowable:delegateExpression="${bundleMember}"}, see
 * {@link org.tongban.approval package-info}) opens the member whose matter's code is the
 * task's id, so that its case starts at its department on its matter's own process. The
 * task then waits until that case ends ({@link BundleStages}).
 */
@Component(BundleMember.BEAN)
public class BundleMember implements ExecutionListener {

	/** The name models give the delegate, and the engine resolves. */
	public static final String BEAN = "bundleMember";

	/** The process variable naming the bundle (its application's id). */
	static final String BUNDLE_ID = "bundleId";

	private final BundleFiles bundles;

	private final Audit audit;

	private final Clock clock;

	BundleMember(BundleFiles bundles, Audit audit, Clock clock) {
		this.bundles = bundles;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateExecution execution) {
		BundleApplication bundle = bundles.get(UUID.fromString(String.valueOf(execution.getVariable(BUNDLE_ID))));
		String matterCode = execution.getCurrentActivityId();
		BundleApplication.Member member = bundle.members()
			.stream()
			.filter(candidate -> candidate.matterCode().equals(matterCode))
			.findFirst()
			// The upload check holds a model to the bundle's items; a catalogue changed
			// under a running bundle is not something to go on with.
			.orElseThrow(() -> new IllegalStateException(
					"Bundle " + bundle.number() + " has no member of the model's task " + matterCode));
		bundles.open(member.applicationId(), clock.instant());
		audit.succeeded(AuditActor.PLATFORM, "bundle.open", BundleStages.BUNDLE, bundle.number(),
				member.number() + " " + matterCode + " stage " + member.stage());
	}

}
