package dev.ccp.litigation.reports.api;

import dev.ccp.litigation.reports.domain.BrandProtectionReport;

/** The CSV form (RFC 4180): a header, then one {@code figure,dimension,value} line per figure. */
final class ReportCsv {
    static final String MEDIA_TYPE = "text/csv";

    private ReportCsv() {
    }

    static String of(BrandProtectionReport report) {
        StringBuilder csv = new StringBuilder("figure,dimension,value\r\n");
        for (BrandProtectionReport.Row row : report.rows()) {
            csv.append(field(row.figure())).append(',').append(field(row.dimension())).append(',')
                    .append(field(row.value())).append("\r\n");
        }
        return csv.toString();
    }

    private static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
