package org.tongban.approval.processes;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expressions a process model may hold (R12.8, ASVS 1.3.2). An expression in a model
 * is code the engine runs, and JUEL calls any method of any object it reaches; so each
 * expression of an uploaded model is read here with a grammar of its own that allows what
 * the platform's models need and nothing else: the variables the platform sets on a case,
 * string, number and boolean literals and {@code null}, comparisons
 * ({@code == != < > <= >=} and {@code eq ne lt
 * gt le ge}), {@code and}, {@code or}, {@code not}, {@code !}, {@code empty} and
 * parentheses; and, as the whole of a {@code delegateExpression}, one of the delegates
 * the engine provides for models. No other name, no property or method, index, function,
 * arithmetic or expression inside a string: what is not allowed is refused, whatever it
 * is.
 */
final class ModelExpressions {

	/**
	 * The variables the platform sets on a case's process: at its start ({@code caseId},
	 * {@code number}, {@code departmentCode}, {@code matterCode},
	 * {@code acceptanceDeadline}: approval.internal.CaseEvents) and when staff end a step
	 * ({@code route}: approval.internal.Route); on a bundle's process ({@code bundleId},
	 * {@code number}, and {@code denied} once a member was not granted:
	 * approval.bundles.BundleStages).
	 */
	static final SortedSet<String> VARIABLES = new TreeSet<>(Set.of("caseId", "number", "departmentCode", "matterCode",
			"acceptanceDeadline", "route", "bundleId", "denied"));

	private static final Set<String> OR = Set.of("or", "||");

	private static final Set<String> AND = Set.of("and", "&&");

	private static final Set<String> EQUALITY = Set.of("==", "!=", "eq", "ne");

	private static final Set<String> RELATION = Set.of("<", ">", "<=", ">=", "lt", "gt", "le", "ge");

	private static final Set<String> UNARY = Set.of("not", "!", "empty");

	private static final Set<String> CONSTANTS = Set.of("true", "false", "null");

	/**
	 * What comes right after a value when the expression reaches into it: a property, an
	 * index, a call.
	 */
	private static final Set<String> ACCESS = Set.of(".", "[", "(");

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Pattern NUMBER = Pattern.compile("[0-9]++(?:\\.[0-9]++)?");

	/**
	 * One token: a name, a quoted string (JUEL's escapes), a number, an operator; else
	 * the one character found.
	 */
	private static final Pattern TOKEN = Pattern
		.compile("\\s*+(?:(" + NAME + ")" + "|('(?:[^'\\\\]|\\\\.)*+'|\"(?:[^\"\\\\]|\\\\.)*+\")|(" + NUMBER + ")"
				+ "|(==|!=|<=|>=|&&|\\|\\||[<>!()}])|(.))", Pattern.DOTALL);

	private static final Pattern START = Pattern.compile("[$#]\\{");

	private static final Pattern DELEGATE = Pattern.compile("\\s*[$#]\\{\\s*(" + NAME + ")\\s*}\\s*");

	/** Deeper than any condition a person writes, and far from the end of the stack. */
	private static final int MAX_DEPTH = 32;

	/** Enough of a long expression for the administrator to find it. */
	private static final int SHOWN = 120;

	private final SortedSet<String> delegates;

	/**
	 * @param delegates the names the engine resolves to the platform's delegates: all
	 * that a {@code delegateExpression} may name
	 */
	ModelExpressions(Set<String> delegates) {
		this.delegates = new TreeSet<>(delegates);
	}

	/**
	 * Checks the expressions in a text of the model: an attribute's value or an element's
	 * text, where JUEL evaluates each {@code ${...}} or {@code #{...}} and keeps the rest
	 * as it is.
	 * @param elementId the id of the model's element the text belongs to, to name in the
	 * problem
	 * @return the problem of the first expression that is not allowed; null if they all
	 * are
	 */
	ProcessModelProblem problem(String elementId, String text) {
		Matcher start = START.matcher(text);
		int from = 0;
		while (start.find(from)) {
			var expression = new Expression(text, start.start());
			try {
				expression.read();
			}
			catch (NotAllowed refused) {
				// The whole text, as the administrator wrote it, or from the expression
				// on when it is long.
				String shown = text.strip().length() <= SHOWN ? text.strip() : shown(text.substring(start.start()));
				return new ProcessModelProblem(refused.code, elementId, shown, refused.detail,
						String.join(", ", VARIABLES));
			}
			from = expression.position;
		}
		return null;
	}

	/**
	 * Checks the value of a {@code delegateExpression}: the engine calls the object it
	 * resolves to, so it is one of the platform's delegates by name and nothing else.
	 * @return the problem; null if the value names a delegate
	 */
	ProcessModelProblem delegateProblem(String elementId, String value) {
		Matcher delegate = DELEGATE.matcher(value);
		if (delegate.matches() && delegates.contains(delegate.group(1))) {
			return null;
		}
		return new ProcessModelProblem("approval.process.expression.delegate", elementId, shown(value),
				String.join(", ", delegates));
	}

	static boolean holdsExpression(String text) {
		return START.matcher(text).find();
	}

	private static String shown(String expression) {
		return expression.length() > SHOWN ? expression.substring(0, SHOWN) + "…" : expression;
	}

	/**
	 * A reason an expression is refused: a message code and the part of the expression it
	 * is about.
	 */
	private static final class NotAllowed extends RuntimeException {

		private final String code;

		private final String detail;

		NotAllowed(String code, String detail) {
			super(code, null, false, false);
			this.code = code;
			this.detail = detail;
		}

	}

	/**
	 * One expression, read by recursive descent from its opening {@code ${} to the {@code
	 * }} that closes it.
	 */
	private static final class Expression {

		private final String source;

		private final Matcher tokens;

		/** Where the next token starts. */
		private int position;

		/** The token read ahead, or null. */
		private String next;

		/** Where the token read ahead ends. */
		private int afterNext;

		/** How many parentheses and unary operators are open. */
		private int depth;

		Expression(String source, int start) {
			this.source = source;
			this.tokens = TOKEN.matcher(source);
			this.position = start + 2;
		}

		void read() {
			expression();
			String end = take();
			if (!"}".equals(end)) {
				throw unexpected(end);
			}
		}

		private void expression() {
			binary(OR, () -> binary(AND, () -> binary(EQUALITY, () -> binary(RELATION, this::unary))));
		}

		private void binary(Set<String> operators, Runnable operand) {
			operand.run();
			while (nextIsOneOf(operators)) {
				take();
				operand.run();
			}
		}

		private void unary() {
			if (nextIsOneOf(UNARY)) {
				nested(this::unary);
				return;
			}
			if ("(".equals(peek())) {
				nested(this::expression);
				String close = take();
				if (!")".equals(close)) {
					throw unexpected(close);
				}
			}
			else if (isString(peek())) {
				String token = take();
				if (holdsExpression(token)) {
					throw new NotAllowed("approval.process.expression.nested", token);
				}
			}
			else {
				value(take());
			}
			if (nextIsOneOf(ACCESS)) {
				throw new NotAllowed("approval.process.expression.access", peek());
			}
		}

		/** Takes the operator or parenthesis ahead and reads what it applies to. */
		private void nested(Runnable operand) {
			String operator = take();
			if (++depth > MAX_DEPTH) {
				throw unexpected(operator);
			}
			operand.run();
			depth--;
		}

		/** A constant, a number or a variable; any other name or token is refused. */
		private static void value(String token) {
			if (token != null
					&& (CONSTANTS.contains(token) || VARIABLES.contains(token) || NUMBER.matcher(token).matches())) {
				return;
			}
			throw token != null && NAME.matcher(token).matches() && !isOperatorWord(token)
					? new NotAllowed("approval.process.expression.name", token) : unexpected(token);
		}

		private boolean nextIsOneOf(Set<String> tokens) {
			String token = peek();
			return token != null && tokens.contains(token);
		}

		/**
		 * A quoted string: a lone quote is what is left of a string that is not closed.
		 */
		private static boolean isString(String token) {
			return token != null && token.length() > 1 && (token.startsWith("'") || token.startsWith("\""));
		}

		private static boolean isOperatorWord(String token) {
			return OR.contains(token) || AND.contains(token) || EQUALITY.contains(token) || RELATION.contains(token)
					|| UNARY.contains(token);
		}

		private static NotAllowed unexpected(String token) {
			return token == null ? new NotAllowed("approval.process.expression.unclosed", "}")
					: new NotAllowed("approval.process.expression.syntax", token);
		}

		/** The next token without taking it; null at the end of the text. */
		private String peek() {
			if (next == null && tokens.region(position, source.length()).lookingAt()) {
				next = firstGroup(tokens);
				afterNext = tokens.end();
			}
			return next;
		}

		private String take() {
			String token = peek();
			if (token != null) {
				position = afterNext;
				next = null;
			}
			return token;
		}

		private static String firstGroup(Matcher match) {
			for (int group = 1; group <= match.groupCount(); group++) {
				if (match.group(group) != null) {
					return match.group(group);
				}
			}
			throw new IllegalStateException("A token matches one of the groups");
		}

	}

}
