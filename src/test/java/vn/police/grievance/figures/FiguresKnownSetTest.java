package vn.police.grievance.figures;

import org.springframework.test.context.TestPropertySource;

/** {@link FiguresScenario} on H2, on an in-memory database of its own. */
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:figures-known;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="})
class FiguresKnownSetTest extends FiguresScenario {}
