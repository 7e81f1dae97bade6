package dev.ccp.litigation.legal.application;

import java.util.List;

/** A civil suit as received: where, under which docket number, when, for which claims and with which brands. */
public record FileSuit(String court, String jurisdiction, String docketNumber, String filedOn, List<String> claims,
        List<String> coPlaintiffBrandIds, String reason) {
}
