package io.github.httpstatus.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.Test;

/** The string constants where users put them: the real OpenAPI annotations, read back at run time. */
class OpenApiAnnotationsTest {

    @ApiResponse(responseCode = HttpStatusCodeStrings.OK, description = "The pet")
    @ApiResponse(responseCode = HttpStatusCodeStrings.NOT_FOUND, description = "No pet has that id")
    @ApiResponse(responseCode = HttpStatusCodeStrings.UNPROCESSABLE_ENTITY, description = "An alias")
    void swagger() {
    }

    @APIResponse(responseCode = HttpStatusCodeStrings.CREATED, description = "The pet was added")
    @APIResponse(responseCode = HttpStatusCodeStrings.CONFLICT, description = "It was there already")
    void microProfile() {
    }

    @Test
    void swaggerApiResponse_holdsTheDecimalCodes() throws NoSuchMethodException {
        ApiResponse[] responses = getClass().getDeclaredMethod("swagger").getAnnotationsByType(ApiResponse.class);
        assertArrayEquals(new String[] {"200", "404", "422"},
                Arrays.stream(responses).map(ApiResponse::responseCode).toArray(String[]::new));
    }

    @Test
    void microProfileApiResponse_holdsTheDecimalCodes() throws NoSuchMethodException {
        APIResponse[] responses = getClass().getDeclaredMethod("microProfile").getAnnotationsByType(APIResponse.class);
        assertArrayEquals(new String[] {"201", "409"},
                Arrays.stream(responses).map(APIResponse::responseCode).toArray(String[]::new));
    }
}
