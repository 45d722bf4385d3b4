/** What a status means to the users of this library. */
module org.example.statuses {
    exports org.example.statuses;
}
