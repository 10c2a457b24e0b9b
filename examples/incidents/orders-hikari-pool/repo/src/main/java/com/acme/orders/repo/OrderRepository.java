package com.acme.orders.repo;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class OrderRepository {
    private final JdbcTemplate jdbc;

    public OrderRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Order> findByCustomer(long customerId) {
        return jdbc.query(
            "SELECT id, status, total FROM orders WHERE customer_id = ? ORDER BY created_at DESC",
            (rs, i) -> new Order(rs.getLong("id"), rs.getString("status"), rs.getBigDecimal("total")),
            customerId);
    }
}
