package io.tunemall.admin.shipping;

import io.tunemall.order.api.LineState;
import io.tunemall.order.api.OrderDetail;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The orders to ship as CSV (UTF-8 with a BOM, so Excel opens the Hangul right): where each parcel goes and what it
 * holds, one row per order. Lines cancelled before shipping are left out. The first three columns, with a carrier and
 * a tracking number added, make the bulk upload's file.
 */
final class OrdersToShipCsv {

    private static final String BOM = "\uFEFF";

    private OrdersToShipCsv() {
    }

    static byte[] write(List<OrderDetail> orders) {
        StringWriter text = new StringWriter();
        text.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
            csv.printRecord("order_number", "state", "recipient", "recipient_phone", "postal_code", "address",
                    "detail_address", "delivery_message", "lines");
            for (OrderDetail order : orders) {
                String lines = order.lines().stream().filter(line -> line.state() == LineState.ORDERED)
                        .map(line -> line.lineNumber() + ": " + line.productName()
                                + (line.optionText() == null || line.optionText().isBlank() ? "" : " (" + line.optionText() + ")")
                                + " x " + line.quantity())
                        .collect(Collectors.joining("; "));
                csv.printRecord(order.orderNumber(), order.state(), text(order.address().recipientName()),
                        order.address().recipientPhone(), order.address().postalCode(),
                        text(order.address().roadAddress()), text(order.address().detailAddress()),
                        text(order.deliveryMessage()), text(lines));
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What a shopper typed, made inert for spreadsheets: a cell starting with = + - @ would run as a formula when
     * staff open the file (CSV injection), so it gets a leading apostrophe.
     */
    static String text(String typed) {
        if (typed == null) {
            return "";
        }
        return !typed.isEmpty() && "=+-@\t\r".indexOf(typed.charAt(0)) >= 0 ? "'" + typed : typed;
    }
}
