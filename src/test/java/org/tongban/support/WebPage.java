package org.tongban.support;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A page as the platform answered it: its status, its markup, and the text a reader sees
 * (markup removed, entities of the templates decoded, white space collapsed), so that a
 * test can say what a page shows without depending on how the templates indent it.
 */
public record WebPage(int status, String html) {

	private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

	/** Inline elements run on with the text around them; the others separate it. */
	private static final Pattern INLINE = Pattern.compile("</?(a|span|strong|em|cite|abbr|b|i|code)\\b[^>]*>");

	public static WebPage of(MvcTestResult result) {
		try {
			return new WebPage(result.getResponse().getStatus(),
					result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String text() {
		String body = html.substring(Math.max(0, html.indexOf("<body")));
		String inlineRemoved = INLINE.matcher(body).replaceAll("");
		return decode(inlineRemoved.replaceAll("(?s)<[^>]*>", " ")).replaceAll("\\s+", " ").strip();
	}

	public String title() {
		Matcher title = TITLE.matcher(html);
		return title.find() ? decode(title.group(1)).strip() : "";
	}

	/** How many times a piece of markup occurs, e.g. how many results a list shows. */
	public int count(String markup) {
		return html.split(Pattern.quote(markup), -1).length - 1;
	}

	private static String decode(String text) {
		return text.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&");
	}

}
