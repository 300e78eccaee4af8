package dev.backstride.journeys;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.backstride.ApiClient;
import dev.backstride.ApiClient.Reply;
import dev.backstride.BackstrideTest;
import dev.backstride.screening.RedFlagItem;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page's trends (pain, risk screen and function index over time, each with one plain sentence)
 * and the menu: on a phone four daily entries and "More", reachable by keyboard, nothing wider than the
 * screen; on a laptop all nine in one row.
 */
@BackstrideTest
class HomeAndMenuJourneyTests {

	private static final String PASSWORD = "a long password";

	private static final Dimension NARROW = new Dimension(360, 800);

	private static final Dimension LAPTOP = new Dimension(1366, 900);

	@LocalServerPort
	int port;

	/** A runner through the first run: safety questions, one answer to each questionnaire, today's check-in. */
	private ApiClient aRunner(String email) {
		ApiClient api = new ApiClient(this.port);
		Reply signUp = api.post("/api/v1/signup", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(signUp.status()).isEqualTo(201);
		api.withToken(signUp.json().get("token").asString());
		ok(api.put("/api/v1/profile", "{\"age\":41,\"sex\":\"MALE\",\"weeklyDistanceKm\":25}"));
		ok(api.post("/api/v1/screenings/red-flags", Arrays.stream(RedFlagItem.values())
			.map((item) -> "\"" + item.id() + "\":false")
			.collect(Collectors.joining(",", "{\"answers\":{", "}}"))));
		ok(api.post("/api/v1/screenings/clearance", "{\"advised\":true}"));
		// high risk (6 of 9, distress 4), then function 44.4%
		ok(api.post("/api/v1/questionnaires/risk/responses", "{\"items\":[1,0,1,0,1,1,0,1],\"bothersomeness\":3}"));
		ok(api.post("/api/v1/questionnaires/function/responses", "{\"sections\":[3,2,2,2,3,2,2,null,2,2]}"));
		ok(api.post("/api/v1/checkins", "{\"painNow\":1,\"worstPain24h\":2}"));
		return api;
	}

	/** Six days of check-ins with the worst pain falling from 6 to 2, and a second, better answer to each. */
	private ApiClient aRunnerWithWeeks(String email) {
		ApiClient api = aRunner(email);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		int[] worst = { 6, 6, 5, 4, 3 };
		for (int i = 0; i < worst.length; i++) {
			ok(api.post("/api/v1/checkins", "{\"painNow\":1,\"worstPain24h\":" + worst[i] + ",\"date\":\""
					+ today.minusDays(5 - i) + "\"}"));
		}
		// low risk (2 of 9), function 20%
		ok(api.post("/api/v1/questionnaires/risk/responses", "{\"items\":[1,0,1,0,0,0,0,0],\"bothersomeness\":1}"));
		ok(api.post("/api/v1/questionnaires/function/responses", "{\"sections\":[1,1,1,1,1,1,1,null,1,1]}"));
		return api;
	}

	@Test
	void homeDrawsPainRiskAndFunctionOverTimeEachWithOnePlainSentence() throws Exception {
		String email = "trends-" + UUID.randomUUID() + "@example.org";
		aRunnerWithWeeks(email);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		try (Browser browser = Browser.open(this.port, NARROW)) {
			logIn(browser, email);
			waitForCharts(browser, 3);
			assertThat(browser.text("#trend-pain .reading")).isEqualTo("Your worst pain in a day went from 6/10 on "
					+ words(today.minusDays(5)) + " to 2/10 on " + words(today) + ": a real improvement.");
			assertThat(browser.text("#trend-risk .reading")).isEqualTo("Your risk screen went from high risk on "
					+ words(today) + " to low risk on " + words(today) + ": a real improvement.");
			assertThat(browser.text("#trend-function .reading")).startsWith("Your function index went from 44.4% on")
				.contains("to 20.0% on", "a real improvement");
			assertThat(browser.driver().findElements(By.cssSelector("#trends a.why")))
				.extracting((a) -> a.getAttribute("href").replaceFirst(".*/rules/", ""))
				.containsExactly("M-NRS", "M-RISK", "M-FUNC");
			assertThat(EveryPageTests.widthProblems(browser, "/")).isEmpty();
			assertThat(EveryPageTests.axeProblems(browser, "/")).isEmpty();
			browser.screenshot("home-trends-360");
			browser.driver().manage().window().setSize(LAPTOP);
			browser.go("/");
			waitForCharts(browser, 3);
			List<WebElement> cards = browser.driver().findElements(By.cssSelector("#trends .trend"));
			assertThat(cards).as("three cards side by side on a laptop")
				.extracting((card) -> card.getRect().getY())
				.containsOnly(cards.get(0).getRect().getY());
			browser.screenshot("home-trends-1366");
		}
	}

	@Test
	void withTooLittleDataTheHomePageSaysWhatIsMissingAndDrawsNothingAndShowsOnlyTheRunnersOwn() throws Exception {
		String other = "other-" + UUID.randomUUID() + "@example.org";
		aRunnerWithWeeks(other);
		String email = "new-" + UUID.randomUUID() + "@example.org";
		aRunner(email);
		try (Browser browser = Browser.open(this.port, Browser.PHONE)) {
			logIn(browser, email);
			assertThat(browser.text("#trend-pain .reading"))
				.isEqualTo("Only 1 day of check-ins so far: too few to show a trend. Keep checking in.");
			assertThat(browser.text("#trend-risk .reading")).isEqualTo(
					"One risk screen so far (high risk): answer again in four weeks to see whether it changes.");
			assertThat(browser.text("#trend-function .reading"))
				.isEqualTo("One score so far (44.4%): answer again in four weeks to see whether it changes.");
			assertThat(browser.driver().findElements(By.cssSelector("#trends canvas"))).isEmpty();
			assertThat(browser.pageText()).doesNotContain("low risk on", "20.0%");
		}
	}

	@Test
	void onAPhoneTheMenuShowsTheDailyEntriesAndMoreWhichTheKeyboardOpens() throws Exception {
		String email = "menu-" + UUID.randomUUID() + "@example.org";
		aRunner(email);
		try (Browser browser = Browser.open(this.port, NARROW)) {
			logIn(browser, email);
			assertThat(visibleMenuLinks(browser)).containsExactly("Today", "Check in", "Exercises", "Runs");
			WebElement more = browser.find("header.top details.more > summary");
			assertThat(more.getText()).isEqualTo("More");
			assertThat(more.getRect().getY()).as("More shares the row of the daily entries")
				.isEqualTo(browser.find("header.top .menu-phone a").getRect().getY());
			assertThat(browser.driver().findElement(By.cssSelector("header.top .menu-wide")).isDisplayed()).isFalse();
			assertThat(browser.find(".menu-phone a[aria-current=page]").getText()).isEqualTo("Today");

			// from the top of the page: skip link, brand, log out, four entries, then More
			Actions keys = new Actions(browser.driver());
			for (int i = 0; i < 8; i++) {
				keys.sendKeys(Keys.TAB).perform();
			}
			assertThat(focused(browser).getTagName()).isEqualTo("summary");
			keys.sendKeys(Keys.ENTER).perform();
			assertThat(browser.find("header.top details.more").getAttribute("open")).isNotNull();
			for (String entry : List.of("Safety", "Scores", "Pelvis", "Insights")) {
				keys.sendKeys(Keys.TAB).perform();
				WebElement link = focused(browser);
				assertThat(link.getText()).isEqualTo(entry);
				assertThat(link.isDisplayed()).isTrue();
				assertThat(link.getRect().getX() + link.getRect().getWidth()).isLessThanOrEqualTo(viewport(browser));
			}
			keys.sendKeys(Keys.TAB).perform();
			assertThat(focused(browser).getText()).isEqualTo("Profile");
			assertThat(wideElements(browser)).as("elements wider than the screen with More open").isEmpty();
			assertThat(EveryPageTests.axeProblems(browser, "/ with More open")).isEmpty();
			browser.screenshot("menu-more-open-360");

			// back to Insights, and Enter follows it; the page it opens is marked under More
			keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
			assertThat(focused(browser).getText()).isEqualTo("Insights");
			keys.sendKeys(Keys.ENTER).perform();
			browser.waitForPathIs("/insights");
			assertThat(browser.find("header.top details.more").getAttribute("class")).contains("current");
			assertThat(browser.driver().findElements(By.cssSelector(".menu-phone a[aria-current=page]")))
				.extracting((a) -> a.getAttribute("textContent"))
				.containsExactly("Insights");
			assertThat(browser.find("header.top details.more").getAttribute("open")).as("closed on the new page").isNull();
		}
	}

	@Test
	void onALaptopAllNineEntriesShareOneRowWithTheCurrentPageMarked() throws Exception {
		String email = "wide-" + UUID.randomUUID() + "@example.org";
		aRunner(email);
		try (Browser browser = Browser.open(this.port, LAPTOP)) {
			logIn(browser, email);
			browser.go("/motion");
			List<WebElement> links = browser.driver().findElements(By.cssSelector("header.top .menu-wide a"));
			assertThat(links).extracting(WebElement::getText)
				.containsExactly("Today", "Check in", "Exercises", "Runs", "Safety", "Scores", "Pelvis", "Insights",
						"Profile");
			assertThat(links).extracting((a) -> a.getRect().getY()).containsOnly(links.get(0).getRect().getY());
			assertThat(browser.driver().findElement(By.cssSelector("header.top .menu-phone")).isDisplayed()).isFalse();
			assertThat(browser.find(".menu-wide a[aria-current=page]").getText()).isEqualTo("Pelvis");
			assertThat(browser.find("header.top .logout").getRect().getY())
				.isLessThan(links.get(0).getRect().getY() + links.get(0).getRect().getHeight());
		}
	}

	private static List<String> visibleMenuLinks(Browser browser) {
		return browser.driver()
			.findElements(By.cssSelector("header.top nav a"))
			.stream()
			.filter(WebElement::isDisplayed)
			.map(WebElement::getText)
			.toList();
	}

	private static int viewport(Browser browser) {
		return ((Number) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.clientWidth")).intValue();
	}

	private static WebElement focused(Browser browser) {
		return browser.driver().switchTo().activeElement();
	}

	/** Every element whose right edge passes the viewport, by tag and class. */
	@SuppressWarnings("unchecked")
	private static List<String> wideElements(Browser browser) {
		return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
				return Array.from(document.querySelectorAll('body *'))
				  .filter((e) => e.getClientRects().length > 0
				    && e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
				  .map((e) => e.tagName + '.' + e.className);""");
	}

	private static void waitForCharts(Browser browser, int count) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until((d) -> Boolean.TRUE
			.equals(((JavascriptExecutor) d).executeScript("const c = document.querySelectorAll('#trends canvas');"
					+ "return c.length === arguments[0] && Array.from(c).every((x) => window.Chart && Chart.getChart(x))",
					count)));
	}

	private static String words(LocalDate day) {
		return day.getDayOfMonth() + " "
				+ day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
	}

	private static void logIn(Browser browser, String email) {
		browser.go("/login").type("input[name=username]", email).type("input[name=password]", PASSWORD)
			.click("main button[type=submit]");
		browser.find("#call");
	}

	private static void ok(Reply reply) {
		assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
	}

}
