package org.ehcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.ehcflow.EhcFlowIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API's contract as a signed-in user reads it: Swagger UI at /api/docs renders its operations in Chromium. */
@EhcFlowIntegrationTest
class ApiDocsBrowserTest {

    @LocalServerPort int port;

    HeadlessBrowser headless;
    String testName;

    @BeforeEach
    void openBrowser(TestInfo test) throws Exception {
        testName = test.getTestMethod().orElseThrow().getName();
        headless = HeadlessBrowser.open();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (headless != null) {
            headless.close(testName);
        }
    }

    @Test
    void aSignedInUserReadsEveryOperationWithWhoMayCallIt() {
        // As a person does at the browser's sign-in prompt (headless Chromium has none): the browser keeps the
        // credentials for the API's addresses and signs in the page's own requests with them
        headless.driver.get("http://designer1:designer1@localhost:" + port + "/api/docs/openapi");
        headless.driver.get("http://localhost:" + port + "/api/docs");
        headless.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".swagger-ui .info .title"),
                "EHC Flow API"));
        headless.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".swagger-ui"),
                "Register a request for an EHC needs assessment"));
        assertThat(headless.driver.findElements(By.cssSelector(".opblock")).size())
                .as("an operation block for each operation").isGreaterThan(40);
    }
}
