package org.example.eco;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** The team's tests against Spring's test clients and mocked servers; compiled here, as OrdersTest is. */
class MockedServersTest {

    private MockMvc mvc;
    private WebTestClient client;

    @Test
    void unknownOrder_isNotFound_onMockMvc() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/orders/unknown")).andExpect(MockMvcResultMatchers.status().is(404));
    }

    @Test
    void unknownOrder_isNotFound_onWebTestClient() {
        client.get().uri("/orders/unknown").exchange().expectStatus().isEqualTo(404);
    }

    @Test
    void stubbedFailures() {
        WireMock.stubFor(WireMock.get("/orders/1").willReturn(WireMock.aResponse().withStatus(503)));
        WireMock.stubFor(WireMock.get("/orders/2").willReturn(WireMock.status(404)));
        MockResponse tooMany = new MockResponse().setResponseCode(429);
        mockwebserver3.MockResponse missing = new mockwebserver3.MockResponse.Builder().code(404).build();
        assertEquals(2, tooMany.getHeaders().size() + missing.getHeaders().size());
    }
}
