package dev.ccp.takedown.support;

import dev.ccp.devstack.test.PaymentSimulatorProcess;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/** Orders as the marketplace has them: imported into the ledger, and each charged at the provider under its id. */
public final class Charges {
    private Charges() {
    }

    public static void importAndCharge(PaymentSimulatorProcess provider, List<Map<String, Object>> orders) {
        Orders.importing(orders).then().statusCode(200);
        for (Map<String, Object> order : orders) {
            @SuppressWarnings("unchecked")
            Map<String, Object> amount = (Map<String, Object>) order.get("amount");
            String currency = (String) amount.get("currency");
            long minor = new BigDecimal((String) amount.get("amount"))
                    .movePointRight(Currency.getInstance(currency).getDefaultFractionDigits()).longValueExact();
            provider.seedCharge((String) order.get("key"), minor, currency);
        }
    }

    public static List<Map<String, Object>> paidOrders(String listing, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> Orders.order(Orders.unique("o" + i), listing, "PAID", (10 + i) + ".00", "EUR")).toList();
    }
}
