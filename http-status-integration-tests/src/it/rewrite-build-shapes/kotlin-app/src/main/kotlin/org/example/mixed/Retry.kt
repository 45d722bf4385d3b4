package org.example.mixed

import java.net.HttpURLConnection

fun retryable(connection: HttpURLConnection): Boolean =
    connection.responseCode == HttpURLConnection.HTTP_UNAVAILABLE || connection.responseCode == 429
