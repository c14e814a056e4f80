package io.tunemall.examples.fitfinder;

import io.tunemall.sdk.web.Reply;
import io.tunemall.sdk.web.RouteRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code POST /api/v1/t/examples.fit-finder/inventory}: the ERP reports stock as CSV lines {@code SKU,QUANTITY} (a header
 * line is allowed), with the key set in admin in the {@code X-ERP-Key} header. The route is public to the platform; this
 * endpoint checks the key itself, in constant time.
 */
class ErpEndpoint {

    static final int MAX_LINES = 10_000;

    private final ErpStock stock;
    private final Supplier<FitFinderSettings> settings;

    ErpEndpoint(ErpStock stock, Supplier<FitFinderSettings> settings) {
        this.stock = stock;
        this.settings = settings;
    }

    Reply receive(RouteRequest request) {
        String key = settings.get().erpKey();
        if (key == null || key.isEmpty()) {
            return Reply.problem(503, "Not configured", "The ERP key is not set in the fit finder's settings");
        }
        byte[] sent = request.header("X-ERP-Key").orElse("").getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(sent, key.getBytes(StandardCharsets.UTF_8))) {
            return Reply.problem(401, "Unauthorized", "X-ERP-Key is missing or wrong");
        }
        List<ErpStock.Line> lines = new ArrayList<>();
        String[] rows = request.body().split("\\R");
        for (int number = 1; number <= rows.length; number++) {
            String row = rows[number - 1].strip();
            if (row.isEmpty() || (number == 1 && row.toLowerCase().startsWith("sku"))) {
                continue;
            }
            String[] cells = row.split(",");
            try {
                int quantity = Integer.parseInt(cells[1].strip());
                if (cells.length != 2 || cells[0].isBlank() || cells[0].strip().length() > 64 || quantity < 0) {
                    throw new IllegalArgumentException();
                }
                lines.add(new ErpStock.Line(cells[0].strip(), quantity));
            } catch (RuntimeException unreadable) {
                return Reply.problem(400, "Bad report", "Line " + number + " is not SKU,QUANTITY: " + row);
            }
        }
        if (lines.size() > MAX_LINES) {
            return Reply.problem(413, "Report too large", "Send at most " + MAX_LINES + " lines at a time");
        }
        stock.receive(lines);
        return Reply.json(Map.of("received", lines.size()));
    }
}
