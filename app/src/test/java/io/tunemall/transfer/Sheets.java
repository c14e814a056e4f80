package io.tunemall.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Import files built in tests: a header and rows, written as CSV in any encoding or as XLSX. */
final class Sheets {

    static final String HEADER = "product_key,name,category,brand,status,price,list_price,sale_price,sale_starts_at,"
            + "sale_ends_at,summary,tags,images,option:색상,option:사이즈,sku,price_difference,stock,barcode,"
            + "option_images";

    private final List<String> lines = new ArrayList<>();

    Sheets(String header) {
        lines.add(header);
    }

    static Sheets standard() {
        return new Sheets(HEADER);
    }

    Sheets row(String line) {
        lines.add(line);
        return this;
    }

    /** A product's colour x size rows: SKUs {@code <key>-<colour index>-<size>}. */
    Sheets product(String key, String name, String category, long price, long listPrice, List<String> colours,
            List<String> sizes, int stock) {
        for (int c = 0; c < colours.size(); c++) {
            for (String size : sizes) {
                row(key + "," + name + "," + category + ",,ON_SALE," + price + "," + listPrice + ",,,,요약 " + name
                        + ",봄|신상,," + colours.get(c) + "," + size + "," + sku(key, c, size) + ",0," + stock + ",,");
            }
        }
        return this;
    }

    static String sku(String key, int colour, String size) {
        return key.toUpperCase() + "-" + colour + "-" + size;
    }

    int rows() {
        return lines.size() - 1;
    }

    byte[] csv() {
        return csv(StandardCharsets.UTF_8);
    }

    byte[] csv(Charset charset) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }

    /** The same rows as an XLSX workbook; numbers in number columns are written as numbers, as Excel would. */
    byte[] xlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("상품");
        for (int r = 0; r < lines.size(); r++) {
            String[] cells = lines.get(r).split(",", -1);
            for (int c = 0; c < cells.length; c++) {
                if (r > 0 && cells[c].matches("\\d+") && !lines.get(0).split(",")[c].equals("sku")) {
                    sheet.value(r, c, Long.parseLong(cells[c]));
                } else if (!cells[c].isEmpty()) {
                    sheet.value(r, c, cells[c]);
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
