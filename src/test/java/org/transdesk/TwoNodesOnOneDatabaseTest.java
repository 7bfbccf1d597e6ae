package org.transdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.transdesk.llm.LanguageModels;
import org.transdesk.llm.internal.settings.ModelSettingsService;
import org.transdesk.llm.internal.settings.ProviderForm;
import org.transdesk.security.Roles;
import org.transdesk.support.AlsoOnPostgres;
import org.transdesk.support.AppNode;
import org.transdesk.support.LockWaits;

/**
 * Two application nodes on one database, as a team deploys them: both start at the same moment on an
 * empty database (each holds at its start-up work until the other is there too), and admins work on
 * one or both while the other serves. Runs on H2 and on PostgreSQL. (In one JVM the second start begins once the
 * first has set up logging: everything after that, database migration included, runs at once.)
 */
@AlsoOnPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesOnOneDatabaseTest {

    // a long lock timeout: the second node's start-up work waits for the first node's
    static final String DATABASE = "jdbc:h2:mem:two-nodes;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000";
    static final String LAB = "http://127.0.0.1:9/v1";

    AppNode node1;
    AppNode node2;
    JdbcClient jdbc;

    @BeforeAll
    void startTwoNodesAtOnce() throws Exception {
        CyclicBarrier bothReady = new CyclicBarrier(2);
        try (ExecutorService starts = Executors.newFixedThreadPool(2)) {
            // the second start waits only until the first has set up logging (one per JVM, see AppNode.start)
            CountDownLatch firstLogging = new CountDownLatch(1);
            Future<AppNode> first = starts.submit(() -> start(bothReady, firstLogging::countDown));
            Future<AppNode> second = starts.submit(() -> {
                firstLogging.await(2, TimeUnit.MINUTES);
                return start(bothReady, () -> { });
            });
            node1 = started(first, second);
            node2 = started(second, first);
        }
        jdbc = JdbcClient.create(node1.dataSource());
    }

    @AfterAll
    void stopNodes() {
        for (AppNode node : new AppNode[] {node1, node2}) {
            if (node != null) {
                node.close();
            }
        }
    }

    /** A node that fails to start breaks the barrier, so the other one stops waiting for it at once. */
    private static AppNode start(CyclicBarrier bothReady, Runnable loggingReady) {
        try {
            return AppNode.start(DATABASE, List.of(), loggingReady, new AtTheSameMoment(bothReady));
        } catch (RuntimeException | Error e) {
            bothReady.reset();
            throw e;
        }
    }

    /**
     * The node's start; when it failed only because the other node did not get ready, the other node's own
     * failure is the one reported (a CI run once showed only "the other node did not get ready").
     */
    private static AppNode started(Future<AppNode> node, Future<AppNode> other) throws Exception {
        try {
            return node.get(5, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OtherNodeNotReady && other.isDone() && other.state() == Future.State.FAILED
                    && !(other.exceptionNow() instanceof OtherNodeNotReady)) {
                throw new IllegalStateException("the other node failed to start: " + other.exceptionNow(), other.exceptionNow());
            }
            throw e;
        }
    }

    static final class OtherNodeNotReady extends IllegalStateException {
        OtherNodeNotReady(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Runs first when a node is ready, before its start-up work, and waits there for the other node. */
    record AtTheSameMoment(CyclicBarrier barrier) implements ApplicationListener<ApplicationReadyEvent>, Ordered {
        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            try {
                barrier.await(2, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new OtherNodeNotReady("the other node did not get ready (" + e + ")", e);
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    @Test
    void two_nodes_starting_at_once_on_an_empty_database_load_the_samples_and_accounts_once() {
        assertThat(jdbc.sql("select count(*) from article where slug like '2021-04-15-asean-russia%'").query(Integer.class).single())
                .as("sample articles").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from tm_unit").query(Integer.class).single()).as("sample memory units, none twice")
                .isPositive()
                .isEqualTo(jdbc.sql("select count(*) from (select distinct source_lang, target_lang, source_text, target_text from tm_unit) u")
                        .query(Integer.class).single());
        assertThat(jdbc.sql("select count(*) from glossary_term").query(Integer.class).single()).as("sample glossary terms").isPositive();
        assertThat(jdbc.sql("select username from app_user order by username").query(String.class).list())
                .containsExactly("admin", "desk.chief", "editor", "reviewer");
    }

    @Test
    void a_model_settings_change_on_node_1_is_used_by_the_next_generation_on_node_2() {
        LanguageModels models2 = node2.bean(LanguageModels.class);
        assertThat(models2.engineFor("summary").engineId()).isEqualTo("offline");

        node1.as("admin", Roles.ADMIN, () -> {
            ModelSettingsService settings = node1.bean(ModelSettingsService.class);
            settings.saveProvider(form("newsroom-lab", "lab-model-1"));
            settings.setRoute("summary", "newsroom-lab");
        });

        assertThat(models2.engineFor("summary").engineId()).isEqualTo("newsroom-lab");
        assertThat(models2.engineFor("summary").model()).isEqualTo("openai/lab-model-1");

        node1.as("admin", Roles.ADMIN, () -> node1.bean(ModelSettingsService.class).saveProvider(form("newsroom-lab", "lab-model-2")));
        assertThat(models2.engineFor("summary").model()).isEqualTo("openai/lab-model-2");

        node2.as("admin", Roles.ADMIN, () -> node2.bean(ModelSettingsService.class).setRoute("summary", "offline"));
        assertThat(node1.bean(LanguageModels.class).engineFor("summary").engineId()).isEqualTo("offline");
    }

    @Test
    void two_admins_saving_the_same_provider_and_route_on_two_nodes_at_once_both_succeed() throws Exception {
        CountDownLatch firstSaved = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        try (ExecutorService admins = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> first = admins.submit(() -> node1.as("admin", Roles.ADMIN, () -> node1.bean(TransactionTemplate.class).executeWithoutResult(s -> {
                ModelSettingsService settings = node1.bean(ModelSettingsService.class);
                settings.saveProvider(form("shared-lab", "model-from-node-1"));
                settings.setRoute("ru", "shared-lab");
                firstSaved.countDown();
                await(firstMayCommit);
            })));
            assertThat(firstSaved.await(1, TimeUnit.MINUTES)).isTrue();
            Future<?> second = admins.submit(() -> node2.as("admin", Roles.ADMIN, () -> {
                ModelSettingsService settings = node2.bean(ModelSettingsService.class);
                settings.saveProvider(form("shared-lab", "model-from-node-2"));
                settings.setRoute("ru", "shared-lab");
            }));
            LockWaits.awaitABlockedSession(node2.dataSource());
            firstMayCommit.countDown();
            first.get(1, TimeUnit.MINUTES);
            second.get(1, TimeUnit.MINUTES);
        }

        assertThat(jdbc.sql("select model from llm_provider where id = 'shared-lab'").query(String.class).list()).containsExactly("model-from-node-2");
        for (AppNode node : List.of(node1, node2)) {
            assertThat(node.bean(LanguageModels.class).engineFor("ru").model()).isEqualTo("openai/model-from-node-2");
        }
        node1.as("admin", Roles.ADMIN, () -> node1.bean(ModelSettingsService.class).setRoute("ru", "offline"));
    }

    private static ProviderForm form(String id, String model) {
        return new ProviderForm(id, "openai", LAB, "sk-test", model, 0.2, 30, 2, null, null);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
