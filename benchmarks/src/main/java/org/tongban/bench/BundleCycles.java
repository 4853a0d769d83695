package org.tongban.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The bundle mode of the load driver (issue 16): an enterprise applies for 企业开办一件事 (YJS-QYKB) through the bundle
 * API (one combined form, one set of materials, one submission), and the staff of each member's department take
 * their member case through acceptance, review and grant: business registration (SCJGJ) first, then tax (SWJ),
 * social insurance (RSJ) and seals (GAJ), whose cases the platform runs in parallel once the first is granted. A
 * cycle ends when the bundle is FINISHED.
 */
final class BundleCycles {

	static final String BUNDLE = "YJS-QYKB";

	/** The demo staff of the members' departments with their TOTP secrets (README, "Demo accounts"). */
	static final Map<String, String> STAFF = Map.ofEntries(Map.entry("swj.clerk", "AQXNHBJAP3VJT5VFGHBMCFOQRNPW4D7A"),
			Map.entry("swj.reviewer", "YZNHZI5ZVWSE3MZFBAKNBPOJCXB2U4U7"),
			Map.entry("swj.approver", "ONJ5VWEDF6263OMA7H4HUWQO7XFEAZM4"),
			Map.entry("rsj.clerk", "FT5HWWB6MJOAGRNIYWRTMI5ET4CQUPJU"),
			Map.entry("rsj.reviewer", "EZ46DCDP2ALVJDKKDHND7VSEAZELKZVR"),
			Map.entry("rsj.approver", "5XACGAJ4HNBMROUIUZQ4554FYPKBL6Z7"),
			Map.entry("gaj.clerk", "JBZORZGVMJOH6XKU65NNYYMKYN4RPU6A"),
			Map.entry("gaj.reviewer", "PQBMJW4BP2D76PPPMAFGVQVEZFOZICEX"),
			Map.entry("gaj.approver", "QG7KXHAN6WHTS5SO5FLZMWUXODBZPIBE"));

	/** What a small company answers, by the field a question of the combined form asks. */
	private static final Map<String, String> ANSWERS = Map.ofEntries(Map.entry("enterpriseName", "D市海风科技有限公司"),
			Map.entry("enterpriseType", "LLC_NATURAL"), Map.entry("registeredCapital", "500000"),
			Map.entry("businessScope", "软件开发；信息技术咨询服务"), Map.entry("preApproval", "NO"),
			Map.entry("domicile", "D市中山区人民路88号"), Map.entry("employees", "5"), Map.entry("legalRepName", "张伟"),
			Map.entry("legalRepIdNumber", "210202198503120311"), Map.entry("legalRepMobile", "13904110001"),
			Map.entry("contactName", "李文"), Map.entry("contactMobile", "13912345678"), Map.entry("agent", "NO"),
			Map.entry("taxpayerType", "SMALL"), Map.entry("accountingStandard", "SBAS"), Map.entry("financeName", "王芳"),
			Map.entry("financeIdNumber", "21020319901123046X"), Map.entry("financeMobile", "13987654321"),
			Map.entry("invoiceKind", "DIGITAL_ORDINARY"), Map.entry("monthlyInvoiceAmount", "100000"),
			Map.entry("employerType", "ENTERPRISE"), Map.entry("foundedOn", "2026-11-20"),
			Map.entry("employeeCount", "5"), Map.entry("bankName", "中国工商银行D市分行"),
			Map.entry("bankAccount", "6222020400001234567"), Map.entry("sealSet", "FIRST_SET"),
			Map.entry("sealCount", "4"), Map.entry("engraver", "DSCX"), Map.entry("receiveBy", "WINDOW"));

	/** The staff account prefix of a member's department. */
	private static final Map<String, String> PREFIX = Map.of("SCJGJ", "scjgj", "SWJ", "swj", "RSJ", "rsj", "GAJ",
			"gaj");

	private final Api api;

	private final byte[] material;

	private final Map<String, String> staffTokens;

	/** How a member of staff acts on a case, as the single-matter cycle does. */
	interface Desk {

		void awaitCase(String staff, String number);

		void act(String staff, String number, String step, String action, Map<String, Object> body);

	}

	private final Desk desk;

	BundleCycles(Api api, byte[] material, Map<String, String> staffTokens, Desk desk) {
		this.api = api;
		this.material = material;
		this.staffTokens = staffTokens;
		this.desk = desk;
	}

	/** One bundle from its draft to FINISHED; answers its number. */
	String cycle(String applicant) {
		String id = Api
			.json(api.send("bundle start",
					api.post("/api/v1/bundle-applications", applicant, Map.of("bundleCode", BUNDLE)), 201))
			.get("id")
			.asText();
		JsonNode draft = Api.json(api.send("bundle answers",
				api.patch("/api/v1/bundle-applications/" + id + "/answers", applicant, Map.of("answers",
						answers(Api.json(api.send("bundle form", api.get("/api/v1/bundle-applications/" + id,
								applicant), 200))))),
				200));
		for (JsonNode material : draft.path("materials")) {
			if (material.path("required").asBoolean()) {
				String key = material.path("key").asText();
				api.send("bundle upload", api.upload("/api/v1/bundle-applications/" + id + "/materials/" + key,
						applicant, Map.of(), key + ".pdf", this.material), 201);
			}
		}
		var submit = api.post("/api/v1/bundle-applications/" + id + "/submission", applicant, Map.of())
			.header("Idempotency-Key", UUID.randomUUID().toString());
		String number = Api.json(api.send("bundle submit", submit, 201)).get("number").asText();
		for (List<JsonNode> stage : stages(bundle(applicant, number))) {
			for (JsonNode member : stage) {
				decide(member.path("departmentCode").asText(), member.path("number").asText());
			}
		}
		awaitFinished(applicant, number);
		return number;
	}

	/** Accept, review and grant a member case by its department's staff. */
	private void decide(String department, String number) {
		String staff = PREFIX.get(department);
		desk.awaitCase(staff + ".clerk", number);
		desk.act(staff + ".clerk", number, "ACCEPTANCE", "accept", Map.of("opinion", "材料齐全，予以受理"));
		desk.act(staff + ".reviewer", number, "REVIEW", "review", Map.of("outcome", "APPROVE", "opinion", "审查同意"));
		desk.act(staff + ".approver", number, "DECISION", "decide",
				Map.of("decision", "GRANT", "reasons", "符合条件", "legalBasis", "《优化营商环境条例》"));
	}

	private JsonNode bundle(String applicant, String number) {
		return Api.json(api.send("bundle page",
				api.get("/api/v1/bundle-applications/by-number/" + number, applicant), 200));
	}

	/** The members stage by stage. */
	private static List<List<JsonNode>> stages(JsonNode bundle) {
		Map<Integer, List<JsonNode>> stages = new TreeMap<>();
		bundle.path("members")
			.forEach(member -> stages.computeIfAbsent(member.path("stage").asInt(), stage -> new ArrayList<>())
				.add(member));
		return new ArrayList<>(stages.values());
	}

	/** The bundle ends once the platform has heard the last member's grant, after its commit. */
	private void awaitFinished(String applicant, String number) {
		Instant giveUp = Instant.now().plusSeconds(60);
		while (Instant.now().isBefore(giveUp)) {
			if ("FINISHED".equals(bundle(applicant, number).path("status").asText())) {
				return;
			}
			pause();
		}
		throw new Api.Failed("bundle finished", 0, number + " did not finish within 60 s");
	}

	private static Map<String, Object> answers(JsonNode bundle) {
		Map<String, Object> answers = new LinkedHashMap<>();
		List<JsonNode> questions = new ArrayList<>();
		bundle.path("form").path("shared").forEach(questions::add);
		bundle.path("form").path("sections").forEach(section -> section.path("questions").forEach(questions::add));
		for (JsonNode question : questions) {
			String key = question.path("key").asText();
			String field = key.substring(key.lastIndexOf('.') + 1);
			if (ANSWERS.containsKey(field)) {
				answers.put(key, ANSWERS.get(field));
			}
		}
		return answers;
	}

	static void pause() {
		try {
			Thread.sleep(10);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Api.Failed("wait", -1, "interrupted");
		}
	}

}
