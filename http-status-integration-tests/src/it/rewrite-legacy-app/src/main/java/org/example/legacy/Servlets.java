package org.example.legacy;

import static jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN;
import static jakarta.servlet.http.HttpServletResponse.SC_UNAUTHORIZED;

import java.lang.reflect.Proxy;

/** Handlers that set a status on a response, and read it back; the responses are stand-ins. */
class Servlets {

    static String jakarta(int code) throws Exception {
        jakarta.servlet.http.HttpServletResponse response = response(jakarta.servlet.http.HttpServletResponse.class);
        if (code == 401) {
            response.sendError(SC_UNAUTHORIZED);
        } else if (code == 403) {
            response.sendError(SC_FORBIDDEN, "no");
        } else if (code >= 500) {
            response.setStatus(500);
        } else if (code == 422) {
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
        } else {
            response.setStatus(200);
        }
        return response.getStatus() == 500 ? "failed" : String.valueOf(response.getStatus());
    }

    static String javax(int code) throws Exception {
        javax.servlet.http.HttpServletResponse response = response(javax.servlet.http.HttpServletResponse.class);
        switch (code) {
            case javax.servlet.http.HttpServletResponse.SC_NOT_FOUND:
                response.sendError(404);
                break;
            case javax.servlet.http.HttpServletResponse.SC_GONE:
                response.setStatus(javax.servlet.http.HttpServletResponse.SC_GONE);
                break;
            default:
                response.setStatus(202);
        }
        return response.getStatus() != 202 ? "error " + response.getStatus() : "accepted";
    }

    /** A response that keeps the status set on it, as a container's would. */
    @SuppressWarnings("unchecked")
    private static <R> R response(Class<R> type) {
        int[] status = {200};
        return (R) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "setStatus":
                case "sendError":
                    status[0] = (Integer) args[0];
                    return null;
                case "getStatus":
                    return status[0];
                default:
                    throw new UnsupportedOperationException(method.getName());
            }
        });
    }
}
