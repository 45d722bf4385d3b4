package org.example.eco;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** How the team tests its API against a running server; compiled here, run against one elsewhere. */
class OrdersTest {

    @Test
    void unknownOrder_isNotFound() {
        given().when().get("/orders/unknown").then().statusCode(404);
        given().when().get("/orders/unknown").then().statusCode(equalTo(404));
    }

    @Test
    void knownOrder_isOk() throws Exception {
        try (Response response = new OkHttpClient().newCall(new Request.Builder().url("http://localhost/orders/1").build()).execute()) {
            assertEquals(200, response.code());
            assertThat(response.code()).isEqualTo(200);
            org.hamcrest.MatcherAssert.assertThat(response.code(), is(200));
            assertEquals(3, response.headers().size());
        }
    }
}
