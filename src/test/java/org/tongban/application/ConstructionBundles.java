package org.tongban.application;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.tongban.application.FoodLicenceApplications.Restaurant;

/**
 * Applications for the bundle 工程建设项目审批一件事 (YJS-GCJS: project filing and land use, then
 * planning permit, seismic review and energy review in parallel, then the construction
 * permit, then completion) by fresh enterprises, answered on the combined form as a
 * developer of an office building would. A bean of every test's application context.
 */
@Component
public final class ConstructionBundles {

	public static final String BUNDLE = "YJS-GCJS";

	/**
	 * 授权委托书及受托人身份证明, uploaded once for the project filing and the three matters of the
	 * second stage.
	 */
	public static final String AUTHORIZATION = "FGW-QYTZXMBA.M04";

	/** What the developer answers, by the field of a member's form. */
	public static final Map<String, String> ANSWERS = Map.ofEntries(
			Map.entry("projectCode", "2611-210202-04-01-123456"), Map.entry("projectName", "D市海风科技研发中心"),
			Map.entry("siteAddress", "D市高新区创新大道88号"), Map.entry("industry", "I"),
			Map.entry("scale", "研发办公楼一栋，总建筑面积约2.6万平方米，地上24层"), Map.entry("totalInvestment", "80000000"),
			Map.entry("plannedStart", "2027-03-01"), Map.entry("contactName", "李文"),
			Map.entry("contactMobile", "13912345678"), Map.entry("supplyMethod", "SALE"),
			Map.entry("landUse", "COMMERCIAL"), Map.entry("landArea", "8000"), Map.entry("contractNo", "D2026-0458"),
			Map.entry("landCertificateNo", "辽（2026）D市不动产权第0012345号"), Map.entry("totalFloorArea", "26000"),
			Map.entry("aboveGroundArea", "21000"), Map.entry("buildingHeight", "99"), Map.entry("plotRatio", "2.6"),
			Map.entry("structureType", "FRAME_CORE"), Map.entry("exceedance", "建筑高度99米，扭转不规则"),
			Map.entry("annualEnergy", "1500"), Map.entry("annualElectricity", "800"),
			Map.entry("planningPermitNo", "建字第210202202600123号"), Map.entry("simpleLowRisk", "YES"),
			Map.entry("contractPrice", "6000"), Map.entry("plannedEnd", "2029-03-01"),
			Map.entry("contractorName", "D市建工集团有限公司"), Map.entry("contractorUscc", "91210200MA0R2JG81T"),
			Map.entry("projectManager", "赵建国"), Map.entry("permitNo", "210202202612010101"),
			Map.entry("acceptanceDate", "2026-11-20"), Map.entry("buildingUse", "OFFICE"));

	private final EnterpriseStartBundles bundles;

	ConstructionBundles(EnterpriseStartBundles bundles) {
		this.bundles = bundles;
	}

	/** A new developer. */
	public Restaurant developer() {
		return bundles.enterprise();
	}

	/** A draft with every answer and required material of the seven matters. */
	public BundleApplication completeDraft(Restaurant developer) {
		return bundles.completeDraft(developer.enterprise(), BUNDLE, ANSWERS);
	}

}
