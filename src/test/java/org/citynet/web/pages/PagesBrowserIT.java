package org.citynet.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.citynet.support.ServiceTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The pages as a person uses them, in a real browser (headless chromium, see {@link Browser}) against the
 * whole service on a random port with the real data: an entity page and its language switch, a query run
 * in the SPARQL editor, the comparison form, the map. What a page should show is read from the store, not
 * written down; every page is also checked to load nothing from another host and to log no error.
 */
class PagesBrowserIT extends ServiceTestBase {

    private static final String PREFIXES = """
            PREFIX cn: <https://w3id.org/citynet/ontology#>
            PREFIX city: <https://w3id.org/citynet/id/city/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX wgs84: <http://www.w3.org/2003/01/geo/wgs84_pos#>
            """;

    private static Browser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private String origin() {
        return "http://localhost:" + port;
    }

    private void open(String path) {
        browser.driver.get(origin() + path);
    }

    @Test
    void theLanguageSwitchShowsTheSwedishName() {
        String english = one("SELECT ?l { city:espoo skos:prefLabel ?l FILTER (lang(?l) = 'en') }");
        String swedish = one("SELECT ?l { city:espoo skos:prefLabel ?l FILTER (lang(?l) = 'sv') }");
        open("/id/city/espoo");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(english);
        browser.driver.findElement(By.cssSelector(".language-switch a[hreflang='sv']")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), swedish));
        assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("sv");
        browser.assertLocalAndClean(origin());
    }

    @Test
    void theSparqlEditorRunsAnExampleAndShowsItsRows() {
        open("/sparql/editor");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
        WebElement example = browser.driver.findElement(By.cssSelector("button.example-open[data-example='twin-cities']"));
        String text = browser.driver.findElement(By.cssSelector("#example-twin-cities .example-text"))
                .getDomProperty("textContent");
        example.click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#yasgui .tabPanel.active .CodeMirror"), "TwinningAgreement"));
        browser.driver.findElement(By.cssSelector("#yasgui .tabPanel.active .yasqe_queryButton")).click();
        By rows = By.cssSelector("#yasgui .tabPanel.active .yasr table.dataTable tbody tr");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(rows, 0));
        int expected = rows(text);
        assertThat(expected).as("rows of the example asked of the store").isPositive();
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(rows, expected));
        browser.assertLocalAndClean(origin());
    }

    @Test
    void theComparisonPageShowsWhatTwoCitiesShare() {
        List<String> shared = column("SELECT DISTINCT ?org { ?m1 org:member city:espoo ; org:organization ?org ."
                + " ?m2 org:member city:helsinki ; org:organization ?org . }", "org");
        assertThat(shared).as("organisations Espoo and Helsinki share, in the store").isNotEmpty();
        open("/compare");
        browser.driver.findElement(By.cssSelector("label[for='city-espoo']")).click();
        browser.driver.findElement(By.cssSelector("label[for='city-helsinki']")).click();
        browser.driver.findElement(By.cssSelector("form.compare-form button[type='submit']")).click();
        By sharedLinks = By.cssSelector("ul.organizations.shared > li > a");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(sharedLinks));
        assertThat(browser.driver.getCurrentUrl()).contains("cities=espoo").contains("cities=helsinki");
        List<String> paths = browser.driver.findElements(sharedLinks).stream()
                .map(a -> a.getDomAttribute("href").replaceFirst("\\?.*", "")).toList();
        assertThat(paths).containsExactlyInAnyOrderElementsOf(
                shared.stream().map(iri -> iri.replace("https://w3id.org/citynet", "")).toList());
        String union = one("SELECT (COUNT(DISTINCT ?org) AS ?n) { VALUES ?c { city:espoo city:helsinki }"
                + " ?m org:member ?c ; org:organization ?org }");
        assertThat(browser.driver.findElement(By.cssSelector(".jaccard")).getText())
                .contains("(" + shared.size() + " shared of " + union + " in all)");
        browser.assertLocalAndClean(origin());
    }

    @Test
    void aComparisonOfOneCityExplainsTheProblemOnThePage() {
        open("/compare?cities=espoo");
        WebElement problem = browser.waiting().until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem[role='alert']")));
        assertThat(problem.getText()).contains("espoo").contains("two");
        assertThat(browser.driver.findElement(By.cssSelector("input[value='espoo']")).isSelected()).isTrue();
        browser.driver.manage().logs().get(LogType.BROWSER); // the 400 of the page itself is logged: drained
    }

    @Test
    void theMapShowsEveryLocatedCityTheLinksAndTheCredit() throws Exception {
        int located = Integer.parseInt(one("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a cn:City ; wgs84:lat ?lat ;"
                + " wgs84:long ?long }"));
        String credit = one("SELECT ?s { GRAPH ?g { ?g dct:rights ?s . FILTER EXISTS { ?x wgs84:lat ?lat } } }");
        open("/map");
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("map"), "data-countries-ready", "true"));
        // Natural Earth's countries, drawn as SVG paths under the markers and lines.
        List<WebElement> countries = browser.driver.findElements(By.cssSelector("#map path.map-country"));
        assertThat(countries).hasSizeGreaterThan(200);
        assertThat(countries.get(0).getDomAttribute("d")).startsWith("M");
        List<WebElement> markers = browser.driver.findElements(By.cssSelector("#map .leaflet-marker-icon"));
        assertThat(markers).hasSize(located);
        assertThat(browser.driver.findElements(By.cssSelector("#map .map-cluster"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#map path.map-link"))).isNotEmpty();
        assertThat(browser.driver.findElement(By.id("map-status")).getText()).contains(Integer.toString(located));
        WebElement creditLine = browser.driver.findElement(By.cssSelector(".map-credit"));
        assertThat(creditLine.isDisplayed()).isTrue();
        assertThat(creditLine.getText()).contains(credit);
        assertThat(browser.driver.findElement(By.cssSelector("#map .leaflet-control-attribution")).getText())
                .contains("Natural Earth");
        screenshot("map.png");
        WebElement espoo = browser.driver.findElement(By.cssSelector("#map .leaflet-marker-icon[data-city='espoo']"));
        assertThat(espoo.getDomAttribute("alt")).isNotBlank();
        // Markers overlap at this zoom; the keyboard reaches each one (Tab, then Enter opens it).
        espoo.sendKeys(Keys.ENTER);
        WebElement link = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#map .leaflet-popup-content a")));
        assertThat(link.getDomAttribute("href")).startsWith("/id/city/espoo");
        browser.assertLocalAndClean(origin());
    }

    /** The whole window as the browser draws it, in target/screenshots, for a person to look at. */
    private static void screenshot(String name) throws IOException {
        Path target = Path.of("target/screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, browser.driver.getScreenshotAs(OutputType.BYTES));
    }

    private int rows(String query) {
        try (RDFConnection connection = store.connect()) {
            int[] n = new int[1];
            connection.querySelect(query, row -> n[0]++);
            return n[0];
        }
    }

    private String one(String query) {
        List<String> values = column(query, null);
        assertThat(values).as(query).hasSize(1);
        return values.get(0);
    }

    private List<String> column(String query, String variable) {
        List<String> values = new ArrayList<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect(PREFIXES + query, row -> values.add(text(row, variable)));
        }
        return values;
    }

    private static String text(QuerySolution row, String variable) {
        var node = row.get(variable != null ? variable : row.varNames().next());
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.asResource().getURI();
    }
}
