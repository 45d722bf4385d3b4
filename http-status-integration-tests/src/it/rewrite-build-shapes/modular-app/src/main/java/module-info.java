module org.example.app {
    requires org.example.statuses;
}
