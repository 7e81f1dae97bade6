package dev.ccp.seller.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.SpoofChecker;
import dev.ccp.seller.support.DataSets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The closed sellers' shop names written in ways the labelled applications do not use: look-alike letters of any
 * script (read backwards from Unicode's confusables data), letters drawn in ASCII and symbols for letters, any
 * punctuation or symbol between the letters, letters doubled. Each stays a variant of the closed shop's name.
 */
class ShopNameDisguisesTest {
    private static final Map<Character, List<String>> DRAWN = Map.of('a', List.of("/\\", "@"), 'h', List.of("|-|"),
            'o', List.of("()", "0"), 'm', List.of("|\\/|"), 'n', List.of("|\\|"), 'e', List.of("€", "3"),
            's', List.of("$"), 'u', List.of("|_|"), 'd', List.of("|)"), 'k', List.of("|<"));
    private static final String SEPARATORS = "·•∙‧⁃※★☆♦♥✦~^*+=:;…‐–—/\\_";

    @Test
    void closedShopNamesWrittenInOtherWaysStayVariants() throws Exception {
        Map<Character, List<String>> confusables = confusables();
        List<String> names = new ArrayList<>();
        for (JsonNode closed : new ObjectMapper().readTree(DataSets.file("closed-sellers.json").toFile())) {
            names.add(closed.at("/application/displayName").asText());
        }
        Random random = new Random(14);
        Map<String, int[]> found = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        for (String name : names) {
            for (String trick : List.of("confusables", "ascii-art", "separators", "doubled")) {
                for (int round = 0; round < 5; round++) {
                    String written = disguise(name, trick, random, confusables);
                    ShopNames.Relation relation = ShopNames.relate(IdentityNormaliser.shopName(written),
                            IdentityNormaliser.shopName(name));
                    int[] f = found.computeIfAbsent(trick, k -> new int[2]);
                    f[1]++;
                    if (relation != ShopNames.Relation.UNRELATED) {
                        f[0]++;
                    } else if (missed.size() < 8) {
                        missed.add(written + " for " + name);
                    }
                }
            }
        }
        System.out.println("\nclosed shops' names written in other ways, found as variants:");
        found.forEach((t, f) -> System.out.printf("  %-12s %d/%d%n", t, f[0], f[1]));
        missed.forEach(m -> System.out.println("  missed: " + m));
        found.forEach((t, f) -> assertThat((double) f[0] / f[1]).as(t).isGreaterThanOrEqualTo(0.95));
    }

    private static String disguise(String name, String trick, Random random, Map<Character, List<String>> confusables) {
        StringBuilder out = new StringBuilder();
        int changed = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char lower = Character.toLowerCase(c);
            boolean pick = random.nextInt(3) == 0;
            String written = String.valueOf(c);
            List<String> pool = trick.equals("confusables") ? confusables.getOrDefault(lower, List.of())
                    : trick.equals("ascii-art") ? DRAWN.getOrDefault(lower, List.of()) : List.of();
            if (pick && !pool.isEmpty()) {
                written = pool.get(random.nextInt(pool.size()));
                changed++;
            } else if (trick.equals("doubled") && pick && Character.isLetter(c)) {
                written = c + String.valueOf(lower);
                changed++;
            } else if (trick.equals("separators") && c != ' ' && i + 1 < name.length() && name.charAt(i + 1) != ' ') {
                written = c + String.valueOf(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
                changed++;
            }
            out.append(written);
        }
        return changed == 0 ? disguise(name, trick, random, confusables) : out.toString();
    }

    /** For each Latin letter, the characters whose UTS #39 skeleton is that letter. */
    private static Map<Character, List<String>> confusables() {
        SpoofChecker spoof = new SpoofChecker.Builder().build();
        Map<Character, List<String>> map = new HashMap<>();
        for (int cp = 0x80; cp < 0x1FFFF; cp++) {
            if (!Character.isLetter(cp)) {
                continue;
            }
            String s = new String(Character.toChars(cp));
            String skeleton = Normalizer.normalize(spoof.getSkeleton(s), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                    .toLowerCase(Locale.ROOT);
            if (skeleton.length() == 1 && skeleton.charAt(0) >= 'a' && skeleton.charAt(0) <= 'z') {
                map.computeIfAbsent(skeleton.charAt(0), k -> new ArrayList<>()).add(s);
            }
        }
        return map;
    }
}
