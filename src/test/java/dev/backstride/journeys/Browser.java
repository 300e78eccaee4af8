package dev.backstride.journeys;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Debian Chromium, headless, driven through chromedriver. Skips the test when Chromium is
 * not installed, unless {@code BACKSTRIDE_REQUIRE_BROWSER=1} (as in CI), where that is a failure.
 */
final class Browser implements AutoCloseable {

	static final Dimension PHONE = new Dimension(390, 844);

	static final Dimension DESKTOP = new Dimension(1280, 900);

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private final WebDriver driver;

	private final String base;

	private Browser(WebDriver driver, String base) {
		this.driver = driver;
		this.base = base;
	}

	static Browser open(int port, Dimension size) throws IOException {
		boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!present && "1".equals(System.getenv("BACKSTRIDE_REQUIRE_BROWSER"))) {
			throw new IllegalStateException("BACKSTRIDE_REQUIRE_BROWSER=1 but Chromium or chromedriver is missing");
		}
		Assumptions.assumeTrue(present, "Chromium not installed: browser journeys skipped");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.getPath());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=" + size.width + "," + size.height,
				"--user-data-dir=" + Files.createTempDirectory("chrome-"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(size);
		return new Browser(driver, "http://localhost:" + port);
	}

	WebDriver driver() {
		return this.driver;
	}

	Browser go(String path) {
		this.driver.get(this.base + path);
		return this;
	}

	WebElement find(String css) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	Browser type(String css, String text) {
		WebElement input = find(css);
		input.clear();
		input.sendKeys(text);
		return this;
	}

	/** Signs up a new runner with a unique address starting {@code prefix}, and waits for the profile page. */
	Browser signUpNewRunner(String prefix) {
		go("/signup").type("#email", prefix + "-" + java.util.UUID.randomUUID() + "@example.org")
			.type("#password", "a long password")
			.type("#confirm", "a long password")
			.click("main button[type=submit]");
		waitForPath("/profile");
		return this;
	}

	Browser click(String css) {
		WebElement element = find(css);
		((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block:'center'})",
				element);
		element.click();
		return this;
	}

	/** Clicks the label of a radio or checkbox (the input itself may be visually hidden). */
	Browser choose(String name, String value) {
		WebElement input = this.driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
		((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript("arguments[0].click()", input);
		return this;
	}

	/** Clicks the label around a radio or checkbox the way a person does: a real click on the words. */
	Browser pick(String name, String value) {
		WebElement input = this.driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
		WebElement label = input.findElement(By.xpath("./ancestor::label[1]"));
		((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block:'center'})",
				label);
		label.click();
		if (!input.isSelected()) {
			throw new IllegalStateException("clicking the label did not select " + name + "=" + value);
		}
		return this;
	}

	boolean has(String css) {
		return !this.driver.findElements(By.cssSelector(css)).isEmpty();
	}

	String path() {
		return this.driver.getCurrentUrl().substring(this.base.length());
	}

	/**
	 * The element's text. Read right after a click that loads another page, the element found may be
	 * the old page's, gone by the time its text is asked: then it is found again on the new page.
	 */
	String text(String css) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((d) -> find(css).getText());
	}

	String pageText() {
		return text("main");
	}

	void waitForPath(String prefix) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(d -> path().startsWith(prefix));
	}

	/** Waits until the address, without its query, is exactly this path. */
	void waitForPathIs(String path) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(d -> path().split("\\?")[0].equals(path));
	}

	/** Page width overflowing the viewport means a phone user has to scroll sideways. */
	long horizontalOverflow() {
		Object overflow = ((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		return ((Number) overflow).longValue();
	}

	/** How many lines the text of the first element matching {@code css} is laid out on (2 when a word breaks mid-letter). */
	long lines(String css) {
		Object lines = ((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript("""
				const range = document.createRange();
				range.selectNodeContents(document.querySelector(arguments[0]));
				return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;""", css);
		return ((Number) lines).longValue();
	}

	void screenshot(String name) throws IOException {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
		Files.write(dir.resolve(name + ".png"), png);
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
