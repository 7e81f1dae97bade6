package dev.ccp.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LookAlikesTest {

    @Test
    void lookAlikeLettersOfOtherScriptsReadAsLatin() {
        assertThat(LookAlikes.skeleton("Неrmès")).isEqualTo(LookAlikes.skeleton("Hermes")); // Cyrillic Н, е
        assertThat(LookAlikes.skeleton("Ηermεs")).isEqualTo(LookAlikes.skeleton("Hermes")); // Greek Η, ε
        assertThat(LookAlikes.skeleton("ɡuccɩ")).isEqualTo(LookAlikes.skeleton("Gucci"));  // IPA ɡ, ɩ
        assertThat(LookAlikes.skeleton("Ｚｏｒｖｅｘ")).isEqualTo("zorvex");                 // full width
        assertThat(LookAlikes.skeleton("𝐙𝐨𝐫𝐯𝐞𝐱")).isEqualTo("zorvex");                       // mathematical bold
    }

    @Test
    void lettersDrawnWithAsciiCharactersReadAsTheLetter() {
        assertThat(LookAlikes.skeleton("|-|ermes")).isEqualTo(LookAlikes.skeleton("Hermes"));
        assertThat(LookAlikes.skeleton("/\\pple")).isEqualTo(LookAlikes.skeleton("Apple"));
        assertThat(LookAlikes.skeleton("\\/\\/olford")).isEqualTo(LookAlikes.skeleton("Wolford"));
        assertThat(LookAlikes.skeleton("|_|ggs")).isEqualTo(LookAlikes.skeleton("Uggs"));
        assertThat(LookAlikes.skeleton("R()lex")).isEqualTo(LookAlikes.skeleton("Rolex"));
        assertThat(LookAlikes.skeleton("Arrnani")).isEqualTo(LookAlikes.skeleton("Armani"));
    }

    @Test
    void symbolsStandingForLettersAndAnySeparatorVanishIntoTheWord() {
        assertThat(LookAlikes.skeleton("Z€rv€x")).isEqualTo("zervex");
        assertThat(LookAlikes.skeleton("Z0rv3x")).isEqualTo("zorvex");
        assertThat(LookAlikes.skeleton("Z♥O★R~V•E¦X")).isEqualTo("zorvex");
        assertThat(LookAlikes.skeleton("Zorrveexx")).isEqualTo("zorvex");
        assertThat(LookAlikes.skeleton("Z—o–r‐v⁃e―x")).as("dashes whose prototypes are CJK or kana").isEqualTo("zorvex");
    }

    @Test
    void ordinaryWordsStayThemselves() {
        assertThat(LookAlikes.skeleton("black leather bag")).isEqualTo("blackleatherbag");
        assertThat(LookAlikes.read("Café (new)")).isEqualTo("cafe (new)");
    }
}
