package org.tongban.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * Fresh accounts for a test, with valid numbers nobody else uses, so that tests neither
 * depend on the demo accounts nor lock them; and a client address of their own, so that
 * the per-address throttle of one test never refuses another's log-ins.
 */
public final class TestAccounts {

	public static final String PASSWORD = "Blue-Harbour-2026";

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	/**
	 * Numbers are drawn in sequence from a random start, not at random: thousands of
	 * accounts drawn at random from 18 million resident ID numbers collide in one run
	 * often enough to fail a test now and then.
	 */
	private static final AtomicInteger NUMBERS = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000_000));

	/**
	 * Every character a check character of a resident ID number or a credit code can be.
	 */
	private static final String CHECK_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private final Accounts accounts;

	public TestAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	public Person person() {
		String name = "测试" + suffix();
		ResidentIdNumber residentId = residentId();
		MobileNumber mobile = mobile();
		Actor actor = accounts.registerNaturalPerson(name, residentId, mobile, PASSWORD);
		return new Person(actor, residentId, mobile);
	}

	/**
	 * A person of the demo population registry with a verified account of their own,
	 * opened unless another test opened it already: a legal representative of the demo
	 * legal-person registry (R1.6).
	 */
	public Person registryPerson(String name, String residentId, AccountDirectory directory) {
		UUID id = directory.findByLogInName(residentId)
			.orElseGet(
					() -> accounts.registerNaturalPerson(name, ResidentIdNumber.parse(residentId), mobile(), PASSWORD)
						.id());
		ApplicantParticulars particulars = accounts.particulars(id);
		return new Person(accounts.actor(id).orElseThrow(), particulars.residentId(), particulars.mobile());
	}

	public Actor enterprise(Person agent, UnifiedSocialCreditCode creditCode) {
		return accounts.registerLegalPerson("测试企业" + suffix() + "有限公司", creditCode, agent.actor().name(),
				agent.actor().id(), PASSWORD);
	}

	public Actor staff(String accountName, DepartmentRole... roles) {
		return accounts.createStaff(accountName, "职员" + suffix(), roles[0].department(), mobile(), PASSWORD,
				List.of(roles));
	}

	/** A staff account name nobody has. */
	public static String accountName() {
		return "t" + suffix();
	}

	/** A client address no other test uses. */
	public static String clientAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "10.77." + (n / 250) + "." + (n % 250 + 1);
	}

	/** Born 1950 or later in 441900, one of a thousand on their birthday. */
	public static ResidentIdNumber residentId() {
		int n = NUMBERS.incrementAndGet();
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n / 1000);
		String body = "441900" + birth.toString().replace("-", "") + String.format("%03d", n % 1000);
		return ResidentIdNumber.parse(withValidEnding(body, 1, ResidentIdNumber::isValid));
	}

	public static MobileNumber mobile() {
		return MobileNumber.parse("139" + String.format("%08d", NUMBERS.incrementAndGet()));
	}

	/**
	 * 91441900, an organization code of digits, and the two check characters that make it
	 * valid.
	 */
	public static UnifiedSocialCreditCode creditCode() {
		String body = "91441900" + String.format("%08d", NUMBERS.incrementAndGet());
		return UnifiedSocialCreditCode.parse(withValidEnding(body, 2, UnifiedSocialCreditCode::isValid));
	}

	/**
	 * The number with the check characters its own type accepts, found by trying them
	 * rather than computed again.
	 */
	private static String withValidEnding(String body, int checkCharacters, Predicate<String> valid) {
		if (checkCharacters == 0) {
			return valid.test(body) ? body : null;
		}
		for (char c : CHECK_CHARACTERS.toCharArray()) {
			String found = withValidEnding(body + c, checkCharacters - 1, valid);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static String suffix() {
		return Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36);
	}

	public record Person(Actor actor, ResidentIdNumber residentId, MobileNumber mobile) {
	}

}
