package io.tunemall.shipping.carrier;

import io.tunemall.platform.time.ShopClock;
import io.tunemall.shipping.api.Carrier;
import io.tunemall.shipping.api.CarrierRejected;
import io.tunemall.shipping.api.Carriers;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The carriers in {@code shipping_carrier} (V110): the built-in five and the owner's. */
@Service
class CarrierBook implements Carriers {

    private static final RowMapper<Carrier> CARRIER = (row, i) -> new Carrier(row.getString("code"),
            row.getString("name"), row.getString("tracking_url"), row.getBoolean("built_in"));

    private final JdbcTemplate jdbc;
    private final ShopClock clock;

    CarrierBook(JdbcTemplate jdbc, ShopClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Carrier> all() {
        return jdbc.query("SELECT code, name, tracking_url, built_in FROM shipping_carrier ORDER BY sort_order, name",
                CARRIER);
    }

    @Override
    public Optional<Carrier> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String wanted = squeeze(codeOrName);
        return all().stream()
                .filter(carrier -> squeeze(carrier.code()).equals(wanted) || squeeze(carrier.name()).equals(wanted))
                .findFirst();
    }

    @Override
    @Transactional
    public Carrier addCustom(String name, String trackingUrlTemplate, String staffName) {
        String cleanName = name == null ? "" : name.strip();
        String template = trackingUrlTemplate == null ? "" : trackingUrlTemplate.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new CarrierRejected("name", "A carrier needs a name of at most 100 characters");
        }
        if (find(cleanName).isPresent()) {
            throw new CarrierRejected("name", "There is already a carrier named " + cleanName);
        }
        if (!usableTemplate(template)) {
            throw new CarrierRejected("trackingUrlTemplate",
                    "The tracking address must be an http(s) address of at most 500 characters holding {tracking}");
        }
        // Codes of custom carriers are made up here: the name may change meaning, the code in old CSVs must not.
        String code = "C-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Integer last = jdbc.queryForObject("SELECT MAX(sort_order) FROM shipping_carrier", Integer.class);
        jdbc.update("INSERT INTO shipping_carrier (code, name, tracking_url, built_in, sort_order, created_by, created_at)"
                + " VALUES (?, ?, ?, FALSE, ?, ?, ?)", code, cleanName, template, (last == null ? 0 : last) + 10,
                staffName, Timestamp.from(clock.now()));
        return new Carrier(code, cleanName, template, false);
    }

    @Override
    @Transactional
    public void removeCustom(String code) {
        if (jdbc.update("DELETE FROM shipping_carrier WHERE code = ? AND built_in = FALSE", code) == 0) {
            throw new CarrierRejected("code", "No custom carrier " + code + " (built-in carriers stay)");
        }
    }

    static boolean usableTemplate(String template) {
        if (template.length() > 500 || !template.contains(Carrier.TRACKING)) {
            return false;
        }
        try {
            URI uri = new URI(template.replace(Carrier.TRACKING, "1"));
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
