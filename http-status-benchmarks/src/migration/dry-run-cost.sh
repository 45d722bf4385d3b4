#!/usr/bin/env bash
# What MigrateToHttpStatusCodes costs a project on top of OpenRewrite's own work: generates a
# project of 1,000 Java files (20 of them using HttpURLConnection's status constants and literal
# codes), then times rewrite:dryRun with our recipe and with a recipe that finds nothing, in turns.
# Needs http-status-rewrite installed in the local repository (./mvnw install -DskipTests).
# Usage: http-status-benchmarks/src/migration/dry-run-cost.sh [rounds, default 3]
set -euo pipefail
cd "$(dirname "$0")/../../.."
rounds="${1:-3}"
version="$(./mvnw -q -N help:evaluate -Dexpression=project.version -DforceStdout)"
plugin="$(./mvnw -q -N help:evaluate -Dexpression=version.rewrite.plugin -DforceStdout)"
compiler="$(./mvnw -q -N help:evaluate -Dexpression=version.compiler.plugin -DforceStdout)"
root="$(pwd)"
project="http-status-benchmarks/target/dry-run-project"

rm -rf "$project"
mkdir -p "$project/src/main/java/org/example/generated"
cat > "$project/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>dry-run-project</artifactId>
  <version>1</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
  </properties>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>$compiler</version>
      </plugin>
    </plugins>
  </build>
</project>
POM
cat > "$project/rewrite.yml" <<YML
type: specs.openrewrite.org/v1beta/recipe
name: org.example.FindsNothing
displayName: A recipe that finds nothing
recipeList:
  - org.openrewrite.java.search.FindMethods:
      methodPattern: org.example.Nowhere nothing()
YML
for i in $(seq 1 1000); do
  if (( i % 50 == 0 )); then
    cat > "$project/src/main/java/org/example/generated/Client$i.java" <<JAVA
package org.example.generated;

import java.net.HttpURLConnection;

public class Client$i {
    public String decide(HttpURLConnection connection) throws java.io.IOException {
        int status = connection.getResponseCode();
        if (status == HttpURLConnection.HTTP_OK || status == 204) {
            return "fine";
        }
        switch (connection.getResponseCode()) {
            case HttpURLConnection.HTTP_NOT_FOUND:
                return "missing";
            case 503:
                return "retry";
            default:
                return "failed";
        }
    }
}
JAVA
  else
    cat > "$project/src/main/java/org/example/generated/Plain$i.java" <<JAVA
package org.example.generated;

import java.util.ArrayList;
import java.util.List;

public class Plain$i {
    private final List<String> names = new ArrayList<>();

    public int add(String name, int limit) {
        if (names.size() >= limit || name.length() == 404) {
            return -1;
        }
        names.add(name.trim());
        return names.size();
    }
}
JAVA
  fi
done
(cd "$project" && git init -q . && git add -A && git -c user.name=b -c user.email=b@example.invalid commit -qm generated)

dry_run() {
  local recipe="$1"
  local start end
  start="$(date +%s.%N)"
  "$root/mvnw" -q -f "$project/pom.xml" "org.openrewrite.maven:rewrite-maven-plugin:$plugin:dryRun" \
      -Drewrite.recipeArtifactCoordinates="io.github.httpstatus:http-status-rewrite:$version" \
      -Drewrite.configLocation="$root/$project/rewrite.yml" -Drewrite.activeRecipes="$recipe" >/dev/null
  end="$(date +%s.%N)"
  echo "$end - $start" | bc
}

dry_run org.example.FindsNothing >/dev/null # resolves the plugins once, untimed
echo "round | finds nothing (s) | MigrateToHttpStatusCodes (s) | files changed"
for round in $(seq 1 "$rounds"); do
  nothing="$(dry_run org.example.FindsNothing)"
  ours="$(dry_run io.github.httpstatus.rewrite.MigrateToHttpStatusCodes)"
  changed="$(grep -c '^diff --git' "$project/target/rewrite/rewrite.patch" || true)"
  printf '%s | %.1f | %.1f | %s\n' "$round" "$nothing" "$ours" "$changed"
done
