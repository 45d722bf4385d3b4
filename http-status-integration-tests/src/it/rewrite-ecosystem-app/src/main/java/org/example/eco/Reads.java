package org.example.eco;

import com.acme.client.ApiReply;
import com.acme.server.Replies;
import com.google.api.client.http.HttpHeaders;
import com.google.api.client.http.HttpResponseException;
import feign.FeignException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.springframework.http.ResponseEntity;

/** Literal codes beside the status each library reads or sets, and beside the team's own API. */
class Reads {

    static String okhttp(int code) {
        Response response = new Response.Builder()
                .request(new Request.Builder().url("http://localhost/").build())
                .protocol(Protocol.HTTP_1_1)
                .code(code)
                .message("")
                .build();
        if (response.code() == 404) {
            return "missing";
        }
        return response.code() != 200 ? "not ok" : "ok";
    }

    static String spring(int code) {
        ResponseEntity<Void> entity = ResponseEntity.status(code).build();
        int status = entity.getStatusCode().value();
        switch (status) {
            case 201:
                return "created";
            case 204:
                return "empty";
            default:
                return "other";
        }
    }

    static String apache(int code) {
        org.apache.http.client.HttpResponseException failure = new org.apache.http.client.HttpResponseException(code, "failed");
        return failure.getStatusCode() == 503 ? "try later" : "failed";
    }

    static String google(int code) {
        HttpResponseException failure = new HttpResponseException.Builder(code, "failed", new HttpHeaders()).build();
        return failure.getStatusCode() == 429 ? "slow down" : "failed";
    }

    static String feign(int code) {
        feign.Response response = feign.Response.builder()
                .status(code)
                .reason("")
                .request(feign.Request.create(feign.Request.HttpMethod.GET, "http://localhost/orders/1", Map.of(), null,
                        StandardCharsets.UTF_8, null))
                .headers(Map.of())
                .build();
        if (response.status() == 404) {
            return "missing";
        }
        FeignException failure = FeignException.errorStatus("OrdersClient#find", response);
        return failure.status() == 503 ? "try later" : "failed";
    }

    static String own(int code) {
        ApiReply reply = new ApiReply(code, "");
        Replies replies = new Replies();
        if (reply.statusCode() == 404) {
            replies.reply(404, "no such order");
        } else {
            replies.reply(499, "gave up");
        }
        return replies.sent();
    }

    static String notAStatus(int code) {
        int timeout = 404;
        return code == timeout ? "same number" : "another number";
    }
}
