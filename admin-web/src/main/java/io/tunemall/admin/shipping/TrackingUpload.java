package io.tunemall.admin.shipping;

import io.tunemall.order.api.Actor;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.ShipmentLine;
import io.tunemall.order.api.ShipmentRequest;
import io.tunemall.order.api.Shipments;
import io.tunemall.platform.error.ShopException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The bulk tracking-number upload: one CSV row per parcel, {@code order number, carrier, tracking number[, line
 * numbers]} (line numbers separated by spaces, {@code ;} or {@code |}; none: everything the order has left to ship).
 * Each row is shipped in its own transaction, so a bad row changes nothing and the good rows are applied; the report
 * says for every row what happened.
 */
@Component
class TrackingUpload {

    static final int MAX_ROWS = 2_000;

    /** One row's result; {@code rowNumber} counts the file's lines from 1, as a spreadsheet shows them. */
    public record RowResult(long rowNumber, String orderNumber, boolean applied, String message) {
    }

    public record Report(List<RowResult> rows) {

        public long applied() {
            return rows.stream().filter(RowResult::applied).count();
        }

        public long refused() {
            return rows.size() - applied();
        }
    }

    private final Shipments shipments;
    private final OrderAdministration orders;

    TrackingUpload(Shipments shipments, OrderAdministration orders) {
        this.shipments = shipments;
        this.orders = orders;
    }

    Report apply(String csv, String staffName) {
        List<RowResult> results = new ArrayList<>();
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (Reader reader = new StringReader(text)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
                if (row.getRecordNumber() == 1 && header(row)) {
                    continue;
                }
                if (results.size() >= MAX_ROWS) {
                    results.add(new RowResult(row.getRecordNumber(), cell(row, 0), false,
                            "Only " + MAX_ROWS + " rows per file; this row and those after it were not read"));
                    break;
                }
                results.add(applyRow(row, staffName));
            }
        } catch (IOException | RuntimeException unreadable) {
            results.add(new RowResult(results.size() + 1, "", false, "The file is not a readable CSV: "
                    + unreadable.getMessage()));
        }
        return new Report(results);
    }

    private RowResult applyRow(CSVRecord row, String staffName) {
        String orderNumber = cell(row, 0);
        String carrier = cell(row, 1);
        String tracking = cell(row, 2);
        if (orderNumber.isEmpty() || carrier.isEmpty() || tracking.isEmpty()) {
            return new RowResult(row.getRecordNumber(), orderNumber, false,
                    "Needs order number, carrier and tracking number");
        }
        List<ShipmentLine> lines;
        try {
            lines = lines(orderNumber, cell(row, 3));
        } catch (NumberFormatException notALineNumber) {
            return new RowResult(row.getRecordNumber(), orderNumber, false,
                    "Line numbers must be whole numbers separated by spaces: '" + cell(row, 3) + "'");
        }
        try {
            var shipped = shipments.ship(orderNumber, new ShipmentRequest(carrier, tracking, lines),
                    Actor.staff(staffName));
            return new RowResult(row.getRecordNumber(), orderNumber, true, "Shipment " + shipped.shipmentNumber()
                    + ": " + shipped.carrierName() + " " + shipped.trackingNumber());
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return new RowResult(row.getRecordNumber(), orderNumber, false, "The order changed meanwhile; upload the row again");
        } catch (ShopException refused) {
            return new RowResult(row.getRecordNumber(), orderNumber, false, refused.getMessage());
        }
    }

    /** The named lines with all their units; the order's quantities decide, what has shipped is checked on shipping. */
    private List<ShipmentLine> lines(String orderNumber, String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        List<Integer> numbers = new ArrayList<>();
        for (String part : cell.split("[\\s;|]+")) {
            if (!part.isEmpty()) {
                numbers.add(Integer.parseInt(part));
            }
        }
        OrderDetail order = orders.detail(orderNumber).orElse(null);
        if (order == null) {
            return numbers.stream().map(number -> new ShipmentLine(number, 1)).toList();
        }
        List<ShipmentLine> lines = new ArrayList<>();
        for (int number : numbers) {
            int quantity = order.lines().stream().filter(line -> line.lineNumber() == number).mapToInt(line -> line.quantity())
                    .findFirst().orElse(1);
            int shipped = shipments.of(orderNumber).stream().flatMap(parcel -> parcel.lines().stream())
                    .filter(line -> line.lineNumber() == number).mapToInt(ShipmentLine::quantity).sum();
            lines.add(new ShipmentLine(number, Math.max(1, quantity - shipped)));
        }
        return lines;
    }

    private static boolean header(CSVRecord row) {
        String first = cell(row, 0).toLowerCase(java.util.Locale.ROOT);
        return first.contains("order") || first.contains("주문");
    }

    private static String cell(CSVRecord row, int index) {
        return index < row.size() ? row.get(index).strip() : "";
    }
}
