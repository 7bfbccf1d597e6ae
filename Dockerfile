# Container image for operators. Not built in this project's CI (no Docker on its machines): the
# steps are those the jar is tested with. Build the jar first, then the image:
#   ./mvnw -Pproduction package -DskipTests
#   docker build -t transdesk:0.1.0 .
#   docker run -p 8080:8080 -v transdesk-data:/var/lib/transdesk transdesk:0.1.0              # one node on H2
#   (secrets: the volume keeps data/secrets.properties; or pass -e TRANSDESK_SECRET_KEY=$(openssl rand -base64 32))
#   docker run -p 8080:8080 -e SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/transdesk \
#              -e SPRING_DATASOURCE_USERNAME=transdesk -e SPRING_DATASOURCE_PASSWORD=... transdesk:0.1.0
# See docs/deployment.md.

FROM eclipse-temurin:25-jre AS layers
WORKDIR /build
COPY target/transdesk-*.jar transdesk.jar
# Spring Boot's layered extraction: dependencies change less often than the application
RUN java -Djarmode=tools -jar transdesk.jar extract --layers --destination extracted

FROM eclipse-temurin:25-jre
RUN useradd --system --home-dir /var/lib/transdesk --create-home transdesk
WORKDIR /var/lib/transdesk
COPY --from=layers /build/extracted/dependencies/ /opt/transdesk/
COPY --from=layers /build/extracted/spring-boot-loader/ /opt/transdesk/
COPY --from=layers /build/extracted/snapshot-dependencies/ /opt/transdesk/
COPY --from=layers /build/extracted/application/ /opt/transdesk/
USER transdesk
# H2 data (single node) and exports, unless the environment points elsewhere
VOLUME /var/lib/transdesk
ENV TZ=UTC TRANSDESK_EXPORT_ROOT=/var/lib/transdesk/translations
EXPOSE 8080
# the command line works the same way: docker run --rm transdesk:0.1.0 summarize --help
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/transdesk/transdesk.jar"]
