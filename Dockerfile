# Tunemall container image.
#
#   docker build -t tunemall .
#   docker run -p 8080:8080 -v tunemall-data:/data tunemall          # embedded default (H2 + demo data)
#   docker compose up                                                # MySQL + Redis, see docker-compose.yml
#
# Stage 1 builds the fat jar with the project's Maven wrapper and splits it into Spring Boot layers;
# stage 2 copies the layers, least-often-changed first, onto a JRE 21 image (virtual threads switch on there).
# See docs/operations.md.

# ---------------------------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# The whole reactor is needed: app depends on every module. .dockerignore keeps target/, data/ and .git/ out.
COPY . .
RUN chmod +x mvnw \
 && ./mvnw -B -DskipTests package \
 && test -f app/target/tunemall.jar

# Split the jar into layers (dependencies, spring-boot-loader, snapshot-dependencies, application), each a
# directory that also carries the launcher classes, so the runtime needs no fat jar.
WORKDIR /layers
RUN java -Djarmode=tools -jar /build/app/target/tunemall.jar extract --layers --launcher --destination extracted

# ---------------------------------------------------------------------------------------------------------------
FROM eclipse-temurin:21-jre

# A system user without a login shell; the application files stay owned by root and read-only for it.
RUN groupadd --system tunemall \
 && useradd --system --gid tunemall --home-dir /app --no-create-home --shell /usr/sbin/nologin tunemall \
 && mkdir -p /app /data \
 && chown tunemall:tunemall /data

WORKDIR /app
# Least-often-changed first, so a code change rebuilds only the last layer(s).
COPY --from=build /layers/extracted/dependencies/ ./
COPY --from=build /layers/extracted/spring-boot-loader/ ./
COPY --from=build /layers/extracted/snapshot-dependencies/ ./
COPY --from=build /layers/extracted/application/ ./

# Embedded database (without TUNEMALL_DB_URL) and uploaded media live under /data: mount a volume there.
# The heap follows the container's memory limit; override JAVA_TOOL_OPTIONS to tune it.
ENV TUNEMALL_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"

USER tunemall
EXPOSE 8080

# No HEALTHCHECK here: the JRE image has no curl or wget. docker-compose.yml probes /actuator/health/readiness
# with bash alone; orchestrators should use /actuator/health/liveness and /actuator/health/readiness directly.
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
