package org.tongban.identity.demo;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.factors.TotpSecret;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * The demo accounts of D city (demo profile only), all with the password
 * {@value #PASSWORD}, listed in the README: staff of every role in several departments,
 * whose authenticators have the TOTP secrets of the README (R1.3), and natural persons
 * and an enterprise of the demo base registries, whose numbers are valid (check
 * characters included) and imaginary, in Dalian's division codes that stand for D city.
 * <p>
 * An account that exists is left alone, so a restart changes nothing and two nodes
 * starting at once do not fail on each other's accounts. Staff need the catalogue's
 * departments, which the demo catalogue stores while the beans are created; these
 * accounts follow when the context starts, before the web server opens its port.
 */
@Component
@Profile("demo")
class DemoAccounts implements SmartLifecycle {

	static final String PASSWORD = "Tongban#2026";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	static final List<DemoStaff> STAFF = List.of(
			new DemoStaff("scjgj.clerk", "张敏", "SCJGJ", "13804110001", Role.WINDOW_CLERK,
					"W6CEOX2HI5BAAV57EZOJJHFLTTNF2N2A"),
			new DemoStaff("scjgj.reviewer", "李强", "SCJGJ", "13804110002", Role.REVIEWER,
					"KFJJ2QNS5NNJ7DDNJN5ZUSIO34YJEOH6"),
			// A second reviewer: the re-review is another person's than the initial
			// review (R12.7).
			new DemoStaff("scjgj.reviewer2", "郑浩", "SCJGJ", "13804110005", Role.REVIEWER,
					"HWHV7UDL3RVJ6UBDNI4P5M3424QZX22K"),
			new DemoStaff("scjgj.approver", "王芳", "SCJGJ", "13804110003", Role.APPROVER,
					"VTU656JVIDM6Q52G7TILK4JHYF2S5T3K"),
			new DemoStaff("scjgj.admin", "赵磊", "SCJGJ", "13804110004", Role.DEPARTMENT_ADMIN,
					"WY2NCBL72GQUJZBG733JWCLMNYDWQPJ5"),
			new DemoStaff("zjj.clerk", "刘洋", "ZJJ", "13804110011", Role.WINDOW_CLERK,
					"55AJHEY3FGVXM4ZD5IQV6AEC24OQLAPN"),
			new DemoStaff("zjj.reviewer", "陈刚", "ZJJ", "13804110012", Role.REVIEWER,
					"T7LEAKZHQZ2U3RXSGFGAUOKTQDVRGG5D"),
			new DemoStaff("zjj.reviewer2", "冯雪", "ZJJ", "13804110015", Role.REVIEWER,
					"32GZLNHJLTQKS3E2GILR7KRNKNOLCM55"),
			new DemoStaff("zjj.approver", "杨静", "ZJJ", "13804110013", Role.APPROVER,
					"GDGEZGG2WAFQINVOBN5GXCBV6UBXFQU7"),
			new DemoStaff("zjj.admin", "黄伟", "ZJJ", "13804110014", Role.DEPARTMENT_ADMIN,
					"ISW4HRXQXQREC6DGGUFYGTGPGX7M5RZC"),
			// The departments of the bundles' members (issue 16, R5.2): each works on its
			// own member cases;
			// SCJGJ and ZJJ above lead the two bundles.
			new DemoStaff("swj.clerk", "孙悦", "SWJ", "13804120001", Role.WINDOW_CLERK,
					"AQXNHBJAP3VJT5VFGHBMCFOQRNPW4D7A"),
			new DemoStaff("swj.reviewer", "钱进", "SWJ", "13804120002", Role.REVIEWER,
					"YZNHZI5ZVWSE3MZFBAKNBPOJCXB2U4U7"),
			new DemoStaff("swj.approver", "林涛", "SWJ", "13804120003", Role.APPROVER,
					"ONJ5VWEDF6263OMA7H4HUWQO7XFEAZM4"),
			new DemoStaff("swj.admin", "许静", "SWJ", "13804120004", Role.DEPARTMENT_ADMIN,
					"4SENDNHSZU3752Y7LVCSM4VIJCKWDPQR"),
			new DemoStaff("rsj.clerk", "何琳", "RSJ", "13804121001", Role.WINDOW_CLERK,
					"FT5HWWB6MJOAGRNIYWRTMI5ET4CQUPJU"),
			new DemoStaff("rsj.reviewer", "罗军", "RSJ", "13804121002", Role.REVIEWER,
					"EZ46DCDP2ALVJDKKDHND7VSEAZELKZVR"),
			new DemoStaff("rsj.approver", "梁爽", "RSJ", "13804121003", Role.APPROVER,
					"5XACGAJ4HNBMROUIUZQ4554FYPKBL6Z7"),
			new DemoStaff("rsj.admin", "宋波", "RSJ", "13804121004", Role.DEPARTMENT_ADMIN,
					"RBOJ5SPZSJ5VM7FSBA3YLAOWAZXJIBVN"),
			new DemoStaff("gaj.clerk", "唐宁", "GAJ", "13804122001", Role.WINDOW_CLERK,
					"JBZORZGVMJOH6XKU65NNYYMKYN4RPU6A"),
			new DemoStaff("gaj.reviewer", "韩松", "GAJ", "13804122002", Role.REVIEWER,
					"PQBMJW4BP2D76PPPMAFGVQVEZFOZICEX"),
			new DemoStaff("gaj.approver", "曹敏", "GAJ", "13804122003", Role.APPROVER,
					"QG7KXHAN6WHTS5SO5FLZMWUXODBZPIBE"),
			new DemoStaff("gaj.admin", "邓辉", "GAJ", "13804122004", Role.DEPARTMENT_ADMIN,
					"PZJGZOERJBJ4CC2JXLB2CVHK7UHZ26XN"),
			new DemoStaff("fgw.clerk", "彭程", "FGW", "13804123001", Role.WINDOW_CLERK,
					"UQFXXLZDD4VTHSDRHOOUTX4JI3CAXSDJ"),
			new DemoStaff("fgw.reviewer", "曾丽", "FGW", "13804123002", Role.REVIEWER,
					"LHJJPT3V64NK3WHFBGEX6ELLYOHC4ZA4"),
			new DemoStaff("fgw.approver", "萧远", "FGW", "13804123003", Role.APPROVER,
					"DKEFGUMNUQIJFC4KH6EHRESN6YZYP52W"),
			new DemoStaff("fgw.admin", "田野", "FGW", "13804123004", Role.DEPARTMENT_ADMIN,
					"LLUBB222AQ2INAFDM2CIZ4KHZFRCP2H6"),
			new DemoStaff("zrzyghj.clerk", "董洁", "ZRZYGHJ", "13804124001", Role.WINDOW_CLERK,
					"EFHAJZZVZ4TK3IRPFU5Z3MRTFILF7LVT"),
			new DemoStaff("zrzyghj.reviewer", "袁博", "ZRZYGHJ", "13804124002", Role.REVIEWER,
					"2SN76OQGFCN2APZIXYMNS4UA3N677OEP"),
			new DemoStaff("zrzyghj.approver", "潘越", "ZRZYGHJ", "13804124003", Role.APPROVER,
					"PWSIV5F6STQBM6RP6UUXAMBTI7YF5RRX"),
			new DemoStaff("zrzyghj.admin", "蒋涛", "ZRZYGHJ", "13804124004", Role.DEPARTMENT_ADMIN,
					"5HZIPN5HMYFDVAAWDE5YBGCM5RWVE3WU"),
			new DemoStaff("window.clerk", "周丽", "ZWFWJ", "13804110021", Role.WINDOW_CLERK,
					"S2KBP2OAIEBB5YSJYPPZKOFDKMO5PA3C"),
			new DemoStaff("expert", "吴振华", "ZJJ", "13804110031", Role.EXPERT, "XQBALRJHVJGWSN3MY4VUAGIYMWHJOHQR"),
			// A second expert, of another field (R5.3: the expert pool is scoped by
			// field).
			new DemoStaff("expert2", "钱思远", "SCJGJ", "13804110032", Role.EXPERT, "ZCGSE6AWZSRX62ICIOPDFSVWFBQJE763"),
			new DemoStaff("supervisor", "徐明", "ZWFWJ", "13804110041", Role.SUPERVISOR,
					"2SDZNSC75XJBDD62ROK4G3HPYLR2ZNAB"),
			new DemoStaff("sysadmin", "孙涛", "ZWFWJ", "13804110051", Role.SYSTEM_ADMIN,
					"2BI54KGDPRTMB4IWDZ47432HVITDPGJ2"),
			new DemoStaff("secadmin", "韩冰", "ZWFWJ", "13804110071", Role.SECURITY_ADMIN,
					"VEVEOYY55BJ544YKQN6RDXPYFKX3YPYC"),
			new DemoStaff("auditor", "马红", "ZWFWJ", "13804110061", Role.AUDITOR, "UN5V5AQ2EJGOCMU5RTWS4DBVOGIO7YGL"));

	/**
	 * People and an enterprise of the demo base registries (exchange), so that real-name
	 * checks find them.
	 */
	private static final List<DemoPerson> PERSONS = List.of(new DemoPerson("张伟", "210202198503120311", "13904110001"),
			new DemoPerson("李娜", "21020319901123046X", "13904110002"),
			// The holder of the demo RSA certificate (identity/demo-ca), so that it logs
			// in too.
			new DemoPerson("周敏", "210211198212050284", "13904110003"));

	private static final DemoEnterprise ENTERPRISE = new DemoEnterprise("D市味之源餐饮管理有限公司", "91210202MA0Q5K7D3U", "张伟",
			"13904110001");

	private final Accounts accounts;

	private final AccountDirectory directory;

	private final StaffSecondFactor secondFactor;

	private volatile boolean running;

	DemoAccounts(Accounts accounts, AccountDirectory directory, StaffSecondFactor secondFactor) {
		this.accounts = accounts.seeding();
		this.directory = directory;
		this.secondFactor = secondFactor;
	}

	@Override
	public void start() {
		int opened = 0;
		for (DemoPerson person : PERSONS) {
			opened += open(person.mobile(),
					() -> accounts
						.registerNaturalPerson(person.name(), ResidentIdNumber.parse(person.residentId()),
								MobileNumber.parse(person.mobile()), PASSWORD)
						.id());
		}
		opened += open(ENTERPRISE.creditCode(),
				() -> accounts
					.registerLegalPerson(ENTERPRISE.name(), UnifiedSocialCreditCode.parse(ENTERPRISE.creditCode()),
							ENTERPRISE.legalRepresentative(),
							directory.findByLogInName(ENTERPRISE.agentMobile()).orElseThrow(), PASSWORD)
					.id());
		for (DemoStaff staff : STAFF) {
			opened += open(staff.accountName(), () -> accounts
				.createStaff(staff.accountName(), staff.name(), staff.department(), MobileNumber.parse(staff.mobile()),
						PASSWORD, List.of(DepartmentRole.of(staff.role(), staff.department())))
				.id());
			secondFactor.enrolUnlessEnrolled(directory.findByLogInName(staff.accountName()).orElseThrow(),
					TotpSecret.fromBase32(staff.totpSecret()));
		}
		log.info("Demo accounts of D city: {} opened, {} already present", opened,
				PERSONS.size() + 1 + STAFF.size() - opened);
		running = true;
	}

	/**
	 * Opens an account unless one exists under its log-in name; answers how many were
	 * opened.
	 */
	private int open(String logInName, Supplier<UUID> opening) {
		if (directory.findByLogInName(logInName).isPresent()) {
			return 0;
		}
		try {
			opening.get();
			return 1;
		}
		catch (DataAccessException ex) {
			if (ex.contains(DuplicateKeyException.class)) {
				// Another node opened it a moment ago.
				return 0;
			}
			throw ex;
		}
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Before the web server, which starts in a late phase. */
	@Override
	public int getPhase() {
		return 0;
	}

	/**
	 * @param totpSecret the Base32 secret of the staff member's authenticator, published
	 * in the README
	 */
	record DemoStaff(String accountName, String name, String department, String mobile, Role role, String totpSecret) {
	}

	record DemoPerson(String name, String residentId, String mobile) {
	}

	record DemoEnterprise(String name, String creditCode, String legalRepresentative, String agentMobile) {
	}

}
