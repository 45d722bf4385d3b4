package org.example.eco;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/** Writes what each part of the application decides for a range of codes, and its API's codes, to the file named. */
public class Main {

    static final int[] CODES = {200, 201, 204, 301, 302, 404, 408, 413, 420, 429, 500, 503, 504};

    public static void main(String[] args) throws Exception {
        try (PrintStream report = new PrintStream(args[0], StandardCharsets.UTF_8)) {
            for (int code : CODES) {
                report.println(code
                        + " | jetty: " + ServerCodes.jetty(code)
                        + " | undertow: " + ServerCodes.undertow(code)
                        + " | google: " + ClientCodes.google(code)
                        + " | commons: " + ClientCodes.commons(code)
                        + " | aws: " + ClientCodes.aws(code)
                        + " | okhttp: " + Reads.okhttp(code)
                        + " | spring: " + Reads.spring(code)
                        + " | apache: " + Reads.apache(code)
                        + " | google read: " + Reads.google(code)
                        + " | feign: " + Reads.feign(code)
                        + " | own: " + Reads.own(code)
                        + " | " + Reads.notAStatus(code));
            }
            Method[] methods = OrdersApi.class.getDeclaredMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName));
            for (Method method : methods) {
                for (ApiResponse response : method.getAnnotationsByType(ApiResponse.class)) {
                    report.println(method.getName() + " " + response.responseCode() + " " + response.description());
                }
                for (org.eclipse.microprofile.openapi.annotations.responses.APIResponse response
                        : method.getAnnotationsByType(org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
                    report.println(method.getName() + " " + response.responseCode() + " " + response.description());
                }
                io.swagger.annotations.ApiResponses swagger2 = method.getAnnotation(io.swagger.annotations.ApiResponses.class);
                for (io.swagger.annotations.ApiResponse response
                        : swagger2 == null ? new io.swagger.annotations.ApiResponse[0] : swagger2.value()) {
                    report.println(method.getName() + " " + response.code() + " " + response.message());
                }
            }
        }
    }
}
