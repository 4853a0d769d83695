package org.tongban.application.web;

import static java.util.Map.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tongban.storage.SampleFiles;
import org.tongban.support.Browser;

/**
 * The food business licence applied for in a browser, as the demo enterprise does it: the
 * answers a small restaurant gives and how they are filled in, for the tests that follow
 * an application through the pages.
 */
public final class FoodLicenceInBrowser {

	/**
	 * Answers valid for the form of the version in force, by field key; the rest is
	 * pre-filled (R3.2).
	 */
	public static final Map<String, String> ANSWERS = Map.ofEntries(entry("mobile", "13904110002"),
			entry("agent", "NO"), entry("premisesAddress", "D市中心区民生路58号一层"), entry("premisesArea", "120"),
			entry("diningArea", "60"), entry("online", "NO"), entry("businessForm", "CATERING_RESTAURANT"),
			entry("items", "HOT"), entry("vending", "NO"), entry("safetyManager", "李明"),
			entry("safetyManagerMobile", "13800001111"), entry("staffCount", "8"), entry("truthful", "true"));

	private FoodLicenceInBrowser() {
	}

	/**
	 * On a draft's materials page, gives a real PDF (made in {@code files}) for each
	 * required material; answers the materials given, by their element ids.
	 */
	static List<String> giveRequiredMaterials(Browser browser, Path files) throws IOException {
		List<String> required = browser.findAll(".material")
			.stream()
			.filter(material -> !material.findElements(By.cssSelector(".tag--red")).isEmpty())
			.map(material -> material.getDomAttribute("id"))
			.toList();
		for (String material : required) {
			Path file = Files.write(files.resolve(material + ".pdf"), SampleFiles.pdf(material));
			browser.find("#" + material + " input[type=file]").sendKeys(file.toAbsolutePath().toString());
			browser.clickThrough("#" + material + " form[enctype='multipart/form-data'] button[type=submit]");
		}
		return required;
	}

	/**
	 * Applies as the applicant logged in: every section of the form, a real PDF (made in
	 * {@code files}) for each required material, the check, the submission; answers the
	 * application number.
	 */
	public static String apply(Browser browser, Path files) throws IOException {
		browser.open("/matters/SCJGJ-SPJYXK");
		browser.clickThrough(".apply a.button--start");
		browser.clickThrough("form[action='/apply/SCJGJ-SPJYXK'] button[type=submit]");
		String tasks = browser.currentPath();
		List<String> sections = browser.findAll(".task-list__name")
			.stream()
			.map(link -> link.getDomAttribute("href"))
			.filter(href -> href.contains("/sections/"))
			.toList();
		for (String section : sections) {
			browser.open(section);
			fillIn(browser);
			browser.clickThrough("main form button[type=submit]");
		}
		browser.clickThrough(".task-list a[href$='/materials']");
		giveRequiredMaterials(browser, files);
		browser.open(tasks + "/check");
		browser.clickThrough("form[action$='/submit'] button[type=submit]");
		return browser.find(".confirmation__number").getText();
	}

	/**
	 * Answers every field of the page that {@link #ANSWERS} knows; leaves the pre-filled
	 * ones as they are.
	 */
	public static void fillIn(Browser browser) {
		ANSWERS.forEach((key, value) -> {
			List<WebElement> inputs = browser.findAll("[name='" + key + "']");
			if (inputs.isEmpty()) {
				return;
			}
			WebElement input = inputs.get(0);
			String type = input.getDomAttribute("type");
			if ("select".equals(input.getTagName())) {
				new Select(input).selectByValue(value);
			}
			else if ("radio".equals(type) || "checkbox".equals(type)) {
				WebElement choice = browser.find("[name='" + key + "'][value='" + value + "']");
				if (!choice.isSelected()) {
					browser.find("label[for='" + choice.getDomAttribute("id") + "']").click();
				}
			}
			else {
				input.clear();
				input.sendKeys(value);
			}
		});
	}

}
