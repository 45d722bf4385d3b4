package org.example.consumer;

import io.github.httpstatus.HttpStatus;
import io.github.httpstatus.client.HttpStatusCodes;

public class Main {
    public static void main(String[] args) {
        switch (HttpStatus.interpret(499).value()) {
            case HttpStatusCodes.BAD_REQUEST:
                if (HttpStatusCodes.responses().size() != HttpStatus.values().length) {
                    throw new AssertionError("responses() and HttpStatus disagree");
                }
                System.out.println("consumer: 499 is treated as " + HttpStatus.interpret(499).phrase()
                        + "; responses() has a phrase for each of the " + HttpStatus.values().length + " codes");
                break;
            default:
                throw new AssertionError("499 is not treated as 400");
        }
    }
}
