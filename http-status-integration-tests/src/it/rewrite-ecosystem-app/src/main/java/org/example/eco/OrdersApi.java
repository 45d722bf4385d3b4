package org.example.eco;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** An API described for OpenAPI 3 (Swagger's and MicroProfile's annotations), and for Swagger 2. */
interface OrdersApi {

    @ApiResponse(responseCode = "200", description = "the order")
    @ApiResponse(responseCode = "404", description = "no such order")
    @ApiResponse(responseCode = "default", description = "anything else")
    String find(String id);

    @io.swagger.annotations.ApiResponses({
            @io.swagger.annotations.ApiResponse(code = 201, message = "created"),
            @io.swagger.annotations.ApiResponse(code = 409, message = "already there")})
    String create(String order);

    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "204", description = "cancelled")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "404", description = "no such order")
    void cancel(String id);
}
