package org.tongban.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * A headless Chromium pointed at the platform under test. Opens paths relative to the
 * platform, resizes to a phone or a desktop, and finds elements; {@link #driver()} gives
 * the full Selenium API.
 */
public final class Browser implements AutoCloseable {

	/** A common phone viewport (CSS pixels). */
	public static final Dimension PHONE = new Dimension(390, 844);

	public static final Dimension DESKTOP = new Dimension(1366, 900);

	/** axe-core, as Deque ships it for Selenium. */
	private static final String AXE = axe();

	private final ChromeDriver driver;

	private final String baseUrl;

	private final Path profile;

	private Browser(ChromeDriver driver, String baseUrl, Path profile) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.profile = profile;
	}

	static Browser start(Path chromium, Path chromedriver, String baseUrl) {
		try {
			Path profile = Files.createTempDirectory("tongban-chromium");
			var options = new ChromeOptions();
			options.setBinary(chromium.toFile());
			// The machine has no internet: background networking only produces refused
			// connections.
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--user-data-dir=" + profile, "--lang=zh-CN");
			var service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
				.usingAnyFreePort()
				.build();
			var driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
			driver.manage().window().setSize(DESKTOP);
			return new Browser(driver, baseUrl, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String axe() {
		try (InputStream script = Browser.class.getResourceAsStream("/axe.min.js")) {
			if (script == null) {
				throw new IllegalStateException("axe.min.js is missing: the axe-core test dependency brings it");
			}
			return new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Browser open(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	public Browser resize(Dimension size) {
		driver.manage().window().setSize(size);
		return this;
	}

	/**
	 * Clicks a link or a submit button and waits until the page it leads to has loaded:
	 * on a busy machine the next page (a redirect after a form, say) may arrive well
	 * after the click returns.
	 */
	public Browser clickThrough(String cssSelector) {
		return through(() -> find(cssSelector).click());
	}

	/**
	 * Presses Enter in a field, which submits its form, and waits as
	 * {@link #clickThrough} does.
	 */
	public Browser enterThrough(String cssSelector) {
		return through(() -> find(cssSelector).sendKeys(Keys.ENTER));
	}

	/**
	 * Goes back in the history, as the browser's Back button does, and waits as
	 * {@link #clickThrough} does.
	 */
	public Browser backThrough() {
		return through(() -> driver.navigate().back());
	}

	private Browser through(Runnable action) {
		WebElement current = driver.findElement(By.tagName("html"));
		action.run();
		var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		// The page left is gone once its root is stale; while Chrome swaps documents it
		// may also answer that the node
		// "does not belong to the document", which means the same.
		wait.until(left -> {
			try {
				current.isEnabled();
				return false;
			}
			catch (WebDriverException ex) {
				return true;
			}
		});
		wait.until(
				loaded -> "complete".equals(((JavascriptExecutor) loaded).executeScript("return document.readyState")));
		return this;
	}

	public WebElement find(String cssSelector) {
		return driver.findElement(By.cssSelector(cssSelector));
	}

	public List<WebElement> findAll(String cssSelector) {
		return driver.findElements(By.cssSelector(cssSelector));
	}

	public String title() {
		return driver.getTitle();
	}

	public String currentPath() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	/**
	 * What axe-core finds against WCAG 2.1 A and AA on the page as it stands (R13.1), one
	 * line a broken rule with the elements that break it; empty when the page passes.
	 */
	@SuppressWarnings("unchecked")
	public List<String> accessibilityViolations() {
		driver.executeScript(AXE);
		return (List<String>) driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
					.then(result => done(result.violations.map(rule => rule.id + ': '
						+ rule.nodes.map(node => node.target.join(' ')).join(', '))))
					.catch(error => done(['axe-core failed: ' + error]));""");
	}

	/**
	 * Whether the page is wider than the window, i.e. the reader would have to scroll
	 * sideways.
	 */
	public boolean scrollsSideways() {
		Object overflow = driver
			.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
		return Boolean.TRUE.equals(overflow);
	}

	/**
	 * A file the page links to, fetched as the browser would download it, with its
	 * cookies (its log-in): headless Chromium keeps downloads out of reach.
	 */
	public byte[] download(String path) {
		String cookies = driver.manage()
			.getCookies()
			.stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		try {
			HttpResponse<byte[]> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Cookie", cookies).build(),
						HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new AssertionError(path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", ex);
		}
	}

	public ChromeDriver driver() {
		return driver;
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

}
