package io.tunemall.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.order.order.OrderNumbers;
import io.tunemall.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class OrderNumbersTest {

    @Autowired
    OrderNumbers numbers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void order_numbers_taken_in_parallel_are_unique_and_follow_each_other() throws Exception {
        Set<String> taken = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            runs.add(pool.submit((Callable<Void>) () -> {
                start.await();
                assertThat(taken.add(numbers.next())).isTrue();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(taken).hasSize(200).allMatch(number -> number.matches("\\d{8}-\\d{6}"));
        List<Integer> sequence = taken.stream().map(number -> Integer.parseInt(number.substring(9))).sorted().toList();
        assertThat(sequence.get(sequence.size() - 1) - sequence.get(0)).as("no gaps between them").isEqualTo(199);
    }

    @Test
    void the_first_order_of_a_day_starts_the_days_sequence_even_when_nodes_start_it_at_once() throws Exception {
        // A day nobody ordered on yet: today's row goes away, as the first checkout after midnight finds it.
        String today = numbers.next().substring(0, 8);
        int reached = jdbc.queryForObject("SELECT last_number FROM order_number_sequence WHERE order_day = ?",
                Integer.class, today);
        jdbc.update("DELETE FROM order_number_sequence WHERE order_day = ?", today);
        Set<String> taken = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            runs.add(pool.submit((Callable<Void>) () -> {
                start.await();
                taken.add(numbers.next());
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();
        // Today's orders placed by other tests keep their numbers: carry on from where the day had got.
        jdbc.update("UPDATE order_number_sequence SET last_number = ? WHERE order_day = ?", reached + 8, today);

        assertThat(taken).hasSize(8).contains(today + "-000001", today + "-000008");
    }
}
